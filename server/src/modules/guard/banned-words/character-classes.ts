/**
 * Character classes of the banned-word normalizer, applied to characters after NFKC (so full-width `＊`
 * arrives here as `*`, `…` as `...`, `ㆍ` as U+119E).
 */

/**
 * Invisible characters that only serve to break up a word: zero-width space/joiners, word joiner and
 * friends, byte-order mark, soft hyphen, bidirectional controls, variation selectors and the Hangul
 * fillers (U+3164 and its NFKC form U+1160 render as blank letters).
 */
export function isInvisibleCharacter(code: number): boolean {
  if (code < 0xad) return false;
  return (
    code === 0xad ||
    code === 0x34f ||
    code === 0x61c ||
    code === 0x115f ||
    code === 0x1160 ||
    code === 0x17b4 ||
    code === 0x17b5 ||
    (code >= 0x180b && code <= 0x180f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0x3164 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xfeff ||
    code === 0xffa0
  );
}

/**
 * Visible spacing and punctuation that people put between letters to dodge a filter (`시 발`, `시.발`,
 * `s-e-x`, `시~발`): whitespace and control characters, `. , - _ * / \ | ~ ' " \` + ^ : ;`, middle dots
 * (`·`, `ㆍ`, `・`, `‧`, `•`, `∙`, `⋅`), dashes and quotation marks. Brackets and `! ? # @ …` stay: they
 * mark structure, and as non-letters they already end a word.
 */
export function isSeparatorCharacter(code: number): boolean {
  if (code < 0x80) return asciiSeparators[code] === 1;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0xb7 ||
    code === 0x119e ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    (code >= 0x2010 && code <= 0x201f) ||
    (code >= 0x2022 && code <= 0x2029) ||
    code === 0x202f ||
    code === 0x2043 ||
    code === 0x205f ||
    code === 0x2212 ||
    code === 0x2219 ||
    code === 0x22c5 ||
    code === 0x3000 ||
    code === 0x301c ||
    code === 0x30fb ||
    code === 0x318d
  );
}

const asciiSeparators = new Uint8Array(0x80);
for (let code = 0; code <= 0x20; code++) asciiSeparators[code] = 1;
asciiSeparators[0x7f] = 1;
for (const character of '.,-_*/\\|~\'"`+^:;') asciiSeparators[character.charCodeAt(0)] = 1;

/** Letters (any script, Hangul included) and digits: what the exact-word marker must not touch. */
export function isWordCharacter(code: number): boolean {
  if (code < 0x80) return asciiWordCharacters[code] === 1;
  if (code >= 0xac00 && code <= 0xd7a3) return true;
  if (code > 0xffff) return wordCharacterPattern.test(String.fromCodePoint(code));
  let known = wordCharacterCache[code] ?? 0;
  if (known === 0) {
    known = wordCharacterPattern.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharacterCache[code] = known;
  }
  return known === 1;
}

const wordCharacterPattern = /^[\p{L}\p{N}]$/u;
// 0 unknown, 1 word character, 2 not: the Unicode property test is too slow to run on every character.
const wordCharacterCache = new Uint8Array(0x10000);
const asciiWordCharacters = new Uint8Array(0x80);
for (let code = 0x30; code <= 0x39; code++) asciiWordCharacters[code] = 1;
for (let code = 0x41; code <= 0x5a; code++) asciiWordCharacters[code] = 1;
for (let code = 0x61; code <= 0x7a; code++) asciiWordCharacters[code] = 1;

/** Combining marks (Mn, Me) left after NFKC composed what it could: dropped, so `시̷발` still matches. */
export function isCombiningMark(code: number): boolean {
  if (code < 0x300) return false;
  let known = markCache.get(code);
  if (known === undefined) {
    known = markPattern.test(String.fromCodePoint(code));
    markCache.set(code, known);
  }
  return known;
}

const markPattern = /^[\p{Mn}\p{Me}]$/u;
const markCache = new Map<number, boolean>();
