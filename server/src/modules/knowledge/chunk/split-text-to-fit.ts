/** A piece of a line too long for one chunk. */
export interface TextSegment {
  text: string;
  /** What joins it to the segment before: a space, or nothing where a word had to be cut. */
  separator: '' | ' ';
  /** How good a place to break before it is: 0 between sentences, -1 inside a sentence. */
  strength: number;
}

export interface TextLimits {
  /** The first segment's limit (smaller when a title goes in front of it). */
  first: number;
  /** Every other segment's limit; a sentence up to this long stays whole. */
  rest: number;
  /** The size of the pieces a sentence longer than `rest` is cut into, at spaces. */
  words: number;
}

/** Splits a whitespace-normalised line at sentence ends, and sentences too long at spaces. */
export function splitTextToFit(text: string, limits: TextLimits): TextSegment[] {
  if (text.length <= limits.first) return [{ text, separator: ' ', strength: 0 }];
  const segments: TextSegment[] = [];
  for (const sentence of splitSentences(text)) {
    const limit = segments.length === 0 ? limits.first : limits.rest;
    if (sentence.length <= limit) {
      segments.push({ text: sentence, separator: ' ', strength: 0 });
      continue;
    }
    const firstWords = Math.min(limit, limits.words);
    const restWords = Math.min(limits.rest, limits.words);
    splitAtSpaces(sentence, firstWords, restWords).forEach((group, index) => {
      segments.push({ ...group, strength: index === 0 ? 0 : -1 });
    });
  }
  return segments;
}

/**
 * Sentences of a whitespace-normalised text: a break after . ! ? or 。 (and closing quotes or brackets)
 * followed by a space, or after 다. / 요. even without one. Not after a one-character word or a digit,
 * which are list markers and dates ("가. ", "2025. 7. 31.").
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (!sentenceEnds.has(text.charAt(index))) continue;
    let end = index + 1;
    while (end < text.length && closers.has(text.charAt(end))) end += 1;
    if (end >= text.length) break;
    const spaced = text.charAt(end) === ' ';
    const previous = text.charAt(index - 1);
    if (!spaced && !((previous === '다' || previous === '요') && isSyllable(text.charCodeAt(end)))) continue;
    const wordStart = text.lastIndexOf(' ', index - 1) + 1;
    if (index - wordStart < 2 || (previous >= '0' && previous <= '9')) continue;
    sentences.push(text.slice(start, end));
    start = spaced ? end + 1 : end;
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences;
}

function splitAtSpaces(
  text: string,
  firstLimit: number,
  limit: number,
): { text: string; separator: '' | ' ' }[] {
  const groups: { text: string; separator: '' | ' ' }[] = [];
  let current = '';
  let separator: '' | ' ' = ' ';
  const currentLimit = (): number => (groups.length === 0 ? firstLimit : limit);
  for (const word of text.split(' ')) {
    if (current !== '' && current.length + 1 + word.length <= currentLimit()) {
      current += ` ${word}`;
      continue;
    }
    if (current !== '') groups.push({ text: current, separator });
    separator = ' ';
    current = word;
    // A word longer than the limit (a URL, a run without spaces) is cut where it must be.
    while (current.length > currentLimit()) {
      const cut = safeCut(current, currentLimit());
      groups.push({ text: current.slice(0, cut), separator });
      current = current.slice(cut);
      separator = '';
    }
  }
  if (current !== '') groups.push({ text: current, separator });
  return groups;
}

/** A cut position at or before limit that does not split a surrogate pair. */
function safeCut(text: string, limit: number): number {
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff && limit > 1 ? limit - 1 : limit;
}

function isSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

const sentenceEnds = new Set(['.', '!', '?', '。', '．']);
const closers = new Set(['"', "'", '”', '’', ')', ']', '」', '』', '》', '〉']);
