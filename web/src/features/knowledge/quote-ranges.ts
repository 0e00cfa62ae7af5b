/** Part of one text piece (a DOM text node) to wrap in <mark>: UTF-16 offsets, end exclusive. */
export interface QuoteRange {
  piece: number;
  start: number;
  end: number;
}

/**
 * Characters the comparison skips: white space (line breaks differ between an answer and the rendered
 * passage) and the Markdown decoration a model may copy from the source (**굵게**, `코드`, table pipes).
 */
const ignoredCharacter = /[\s*_`|]/u;
const ignoredCharacters = /[\s*_`|]+/gu;

/** Quote marks and ellipses a model puts around or at the ends of a quote. */
const wrappingCharacters = /^[\s"'“”‘’「」『』…]+|[\s"'“”‘’「」『』…]+$/gu;

/** Shorter quotes would mark a random syllable. */
const minimumQuoteCharacters = 2;

/**
 * Finds the first occurrence of an answer's quote in a passage whose text is split into pieces (the text
 * nodes of rendered Markdown, where one sentence may run through bold text or across table cells) and
 * returns, for each piece it touches, the range to mark. Matching ignores white space and Markdown
 * decoration, and falls back to case-insensitive; nothing is returned when the quote is not there.
 */
export function findQuoteRanges(pieces: readonly string[], quote: string): QuoteRange[] {
  const needle = quote
    .replace(wrappingCharacters, '')
    .replace(/\.\.\.$|^\.\.\./gu, '')
    .replace(ignoredCharacters, '');
  if (Array.from(needle).length < minimumQuoteCharacters) {
    return [];
  }

  // The compared characters of all pieces in a row, each remembering where it came from.
  let haystack = '';
  const origins: { piece: number; offset: number; length: number }[] = [];
  pieces.forEach((text, piece) => {
    let offset = 0;
    for (const character of text) {
      if (!ignoredCharacter.test(character)) {
        haystack += character;
        for (let unit = 0; unit < character.length; unit += 1) {
          origins.push({ piece, offset, length: character.length });
        }
      }
      offset += character.length;
    }
  });

  let found = haystack.indexOf(needle);
  if (found === -1) {
    const lowerHaystack = haystack.toLowerCase();
    const lowerNeedle = needle.toLowerCase();
    // Lower-casing may change lengths in rare scripts; the offsets are only trusted when it does not.
    if (lowerHaystack.length === haystack.length && lowerNeedle.length === needle.length) {
      found = lowerHaystack.indexOf(lowerNeedle);
    }
  }
  if (found === -1) {
    return [];
  }

  const ranges: QuoteRange[] = [];
  for (let index = found; index < found + needle.length; index += 1) {
    const origin = origins[index];
    if (origin === undefined) {
      continue;
    }
    const last = ranges.at(-1);
    if (last?.piece === origin.piece) {
      last.end = Math.max(last.end, origin.offset + origin.length);
    } else {
      ranges.push({ piece: origin.piece, start: origin.offset, end: origin.offset + origin.length });
    }
  }
  return ranges;
}
