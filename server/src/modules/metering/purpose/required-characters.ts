/**
 * Characters at least one of which every match of a regular expression contains, or null when no such
 * set could be proved (a rule that may match without any fixed character, or syntax not handled here).
 * `classifyPurpose` skips a rule whose characters are all absent from the text: its pattern cannot match.
 *
 * Why that is exact: a match of a sequence contains a match of each of its parts, so any part's set
 * serves for the whole; a match of an alternation is a match of one branch, so it needs the union of the
 * branches' sets (and none if a branch has none); a repeat needs its body's set only when it repeats at
 * least once; a literal needs itself, a small class one of its members. Anything that may consume nothing
 * or an open-ended character (`.`, `\s`, `\w`, `[^…]`, lookarounds, anchors, `?`/`*` repeats) proves nothing.
 * Patterns are read as written, so they must not use the `i` or `u` flag (the rules do not; the text is
 * lower-cased before matching).
 */
export function requiredCharacters(source: string): string | null {
  const parser = new Parser(source);
  const required = parser.alternation();
  if (!parser.atEnd()) return null;
  return required === null ? null : [...required].join('');
}

type Required = ReadonlySet<string> | null;

/** Characters common in Korean and English prose make a poor filter: a sequence prefers its other parts. */
const commonCharacters = new Set(' \n.,이다의는을를에가로해하고은서정문수있도한기지리자사주요아etaoinshrdlc');
/** Larger character classes are not worth listing (the rules use `[0-9]` and `[a-z]` at most). */
const maximumClassSize = 32;

function cost(required: ReadonlySet<string>): number {
  let total = 0;
  for (const character of required) total += commonCharacters.has(character) ? 10 : 1;
  return total;
}

const digits: ReadonlySet<string> = new Set('0123456789');
const escapedCharacters: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

class Parser {
  private index = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.index >= this.source.length;
  }

  /** `a|b|…` up to the end or a closing parenthesis. */
  alternation(): Required {
    let union: Set<string> | null = new Set<string>();
    for (;;) {
      const branch = this.sequence();
      if (branch === null) union = null;
      else if (union !== null) for (const character of branch) union.add(character);
      if (this.peek() !== '|') return union;
      this.index++;
    }
  }

  private sequence(): Required {
    let best: Required = null;
    while (!this.atEnd() && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.quantified(this.atom());
      if (atom !== null && (best === null || cost(atom) < cost(best))) best = atom;
    }
    return best;
  }

  private quantified(atom: Required): Required {
    const next = this.peek();
    let minimum = 1;
    if (next === '?' || next === '*') {
      minimum = 0;
      this.index++;
    } else if (next === '+') {
      this.index++;
    } else if (next === '{') {
      const bounds = /^\{(\d+)(?:,\d*)?\}/.exec(this.source.slice(this.index));
      if (bounds === null) throw new SyntaxError(`unsupported brace at ${this.index} in /${this.source}/`);
      minimum = Number(bounds[1]);
      this.index += bounds[0].length;
    } else {
      return atom;
    }
    if (this.peek() === '?') this.index++; // lazy: same characters
    return minimum > 0 ? atom : null;
  }

  private atom(): Required {
    const character = this.take();
    switch (character) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
      case '^':
      case '$':
        return null;
      case ')':
      case '|':
      case '*':
      case '+':
      case '?':
      case '{':
        throw new SyntaxError(`unexpected ${character} at ${this.index} in /${this.source}/`);
      default:
        return new Set([character]);
    }
  }

  private group(): Required {
    let lookaround = false;
    if (this.peek() === '?') {
      const kind = /^\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(this.source.slice(this.index));
      if (kind === null) throw new SyntaxError(`unsupported group at ${this.index} in /${this.source}/`);
      lookaround = /^\?(?:=|!|<=|<!)$/.test(kind[0]);
      this.index += kind[0].length;
    }
    const inner = this.alternation();
    if (this.take() !== ')') throw new SyntaxError(`unclosed group in /${this.source}/`);
    return lookaround ? null : inner;
  }

  private escape(): Required {
    const character = this.take();
    if (character === 'd') return digits;
    const escaped = escapedCharacters[character];
    if (escaped !== undefined) return new Set([escaped]);
    // \s \w \b \B \D \S \W, back references, \u…, \x…: nothing proved.
    if (/[0-9A-Za-z]/.test(character)) return null;
    return new Set([character]); // an escaped punctuation mark is itself
  }

  private characterClass(): Required {
    if (this.peek() === '^') {
      this.skipClass();
      return null;
    }
    const members = new Set<string>();
    let provable = true;
    while (this.peek() !== ']') {
      if (this.atEnd()) throw new SyntaxError(`unclosed class in /${this.source}/`);
      let first = this.take();
      if (first === '\\') {
        const escaped = this.take();
        if (escaped === 'd') {
          for (const digit of digits) members.add(digit);
          continue;
        }
        const known = escapedCharacters[escaped];
        if (known === undefined && /[0-9A-Za-z]/.test(escaped)) {
          provable = false;
          continue;
        }
        first = known ?? escaped;
      }
      if (this.peek() === '-' && this.source[this.index + 1] !== ']') {
        this.index++;
        const last = this.take();
        if (last === '\\') return this.unprovableClass();
        for (let code = first.charCodeAt(0); code <= last.charCodeAt(0); code++) {
          members.add(String.fromCharCode(code));
        }
      } else {
        members.add(first);
      }
    }
    this.index++;
    return provable && members.size <= maximumClassSize ? members : null;
  }

  private unprovableClass(): null {
    this.skipClass();
    return null;
  }

  /** Skips to just after the class's closing bracket. */
  private skipClass(): void {
    while (!this.atEnd()) {
      const character = this.take();
      if (character === '\\') this.index++;
      else if (character === ']') return;
    }
  }

  private peek(): string | undefined {
    return this.source[this.index];
  }

  private take(): string {
    const character = this.source[this.index];
    if (character === undefined) throw new SyntaxError(`unexpected end of /${this.source}/`);
    this.index++;
    return character;
  }
}
