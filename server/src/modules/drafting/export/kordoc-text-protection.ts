/*
 * kordoc reads the Markdown it is given as a writer's draft: it renumbers items, swaps ○ for ㅇ, collapses
 * double spaces (`붙임  ...`, `  끝.`), drops a trailing comma, law codes in parentheses and words before
 * "MCP", strips a leading number from the title, and formats `*`, `_`, `~~`, `<u>` and links. Our text is
 * final, so it goes to kordoc in private-use characters and comes back after generation:
 * - a body paragraph is a token (its index), replaced by the real text in section0.xml;
 * - in a title or table cell, where kordoc measures the text to size it, only the characters it would
 *   change are replaced, one placeholder each. Private-use characters the writer used in those ranges are
 *   replaced too, so that none of them is ever taken for a token or a placeholder.
 */

const tokenStart = '\uF8F0';
const digitBase = 0xe000;
const digitCount = 2048;
const tokenPattern = /\uF8F0([\uE000-\uE7FF])([\uE000-\uE7FF])/g;
const placeholderBase = 0xe800;
const placeholderPattern = /[\uE800-\uEFFF]/g;
const reservedCharacters = /[\uE000-\uEFFF\uF8F0]/g;

/** The token standing for the index-th body paragraph. */
export function paragraphToken(index: number): string {
  if (index >= digitCount * digitCount) throw new RangeError('문서의 문단이 너무 많습니다.');
  return (
    tokenStart +
    String.fromCharCode(digitBase + Math.floor(index / digitCount)) +
    String.fromCharCode(digitBase + (index % digitCount))
  );
}

/** Every paragraph token in the text, with its index and position, in order. */
export function* paragraphTokens(
  text: string,
): Generator<{ index: number; position: number; length: number }> {
  for (const match of text.matchAll(tokenPattern)) {
    const high = (match[1] ?? '').charCodeAt(0) - digitBase;
    const low = (match[2] ?? '').charCodeAt(0) - digitBase;
    yield { index: high * digitCount + low, position: match.index, length: match[0].length };
  }
}

/** The placeholders of one export: each protected character gets one the first time it is seen. */
export class KordocTextProtection {
  private readonly originals: string[] = [];
  private readonly placeholders = new Map<string, string>();

  private readonly placeholder = (character: string): string => {
    const known = this.placeholders.get(character);
    if (known !== undefined) return known;
    if (this.originals.length >= placeholderBase - digitBase)
      throw new RangeError('보호할 문자가 너무 많습니다.');
    const created = String.fromCharCode(placeholderBase + this.originals.length);
    this.originals.push(character);
    this.placeholders.set(character, created);
    return created;
  };

  /** Text kordoc passes through unchanged once `restore` has run over its output. */
  text(text: string): string {
    return (
      text
        .replace(reservedCharacters, this.placeholder)
        .replace(/[\\`*_[\]~<|]/g, this.placeholder)
        // Every space after a space, and spaces before a comma or full stop, which kordoc removes.
        .replace(/(?<= ) | (?=[,，.])/g, this.placeholder)
        .replace(/[,，](?=\s*$)/, this.placeholder)
        // `(12345)` after a statute name and `(코드 1111)`, which kordoc takes for lookup codes.
        .replace(/\((?=\d{5,8}\)|(?:법정동|행정동|시군구|지역)?\s*코드\s*[\d-]+\))/g, this.placeholder)
        .replace(/M(?=CP)/g, this.placeholder)
    );
  }

  /** A title, which kordoc also strips of a leading `1.`, `Ⅰ.` or `□`. */
  title(title: string): string {
    const protectedTitle = this.text(title);
    const leading = /^(?:[□○ㅇㆍ-]\s|(?:\d+(?:\.\d+)*|[Ⅰ-Ⅻ]+)\s*[.)])/u.test(protectedTitle);
    return leading ? this.placeholder(protectedTitle.charAt(0)) + protectedTitle.slice(1) : protectedTitle;
  }

  /** Puts the characters back, escaped for XML when the text is XML. */
  restore(text: string, escape: (character: string) => string): string {
    return text.replace(placeholderPattern, (character) => {
      const original = this.originals[character.charCodeAt(0) - placeholderBase];
      return original === undefined ? character : escape(original);
    });
  }
}
