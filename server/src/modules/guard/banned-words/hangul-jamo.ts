/**
 * Hangul tables for the banned-word normalizer. Bare jamo are represented by compatibility jamo
 * (U+3131–U+3163), the block people type when they spell a word letter by letter (`ㅅㅣㅂㅏㄹ`, `ㅅㅂ`).
 */

export const firstSyllable = 0xac00;
export const lastSyllable = 0xd7a3;
const vowelCount = 21;
const finalCount = 28;

/** Compatibility consonants in choseong (initial) order, as indexes of the syllable formula. */
const initials = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** Compatibility consonants in jongseong (final) order; index 0 of the formula is "no final". */
const finals = 'ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';

export const firstCompatibilityConsonant = 0x3131;
export const lastCompatibilityConsonant = 0x314e;
export const firstCompatibilityVowel = 0x314f;
export const lastCompatibilityVowel = 0x3163;

// Indexed by code point - 0x3131; -1 where the consonant cannot take that role (ㄸ ㅃ ㅉ are never finals,
// clusters such as ㄳ are never initials).
const initialIndexByConsonant = new Int8Array(
  lastCompatibilityConsonant - firstCompatibilityConsonant + 1,
).fill(-1);
const finalIndexByConsonant = new Int8Array(
  lastCompatibilityConsonant - firstCompatibilityConsonant + 1,
).fill(-1);
for (let index = 0; index < initials.length; index++) {
  initialIndexByConsonant[initials.charCodeAt(index) - firstCompatibilityConsonant] = index;
}
for (let index = 0; index < finals.length; index++) {
  finalIndexByConsonant[finals.charCodeAt(index) - firstCompatibilityConsonant] = index + 1;
}

/** Initial (choseong) index of a compatibility consonant, or -1. */
export function initialIndexOf(consonant: number): number {
  return initialIndexByConsonant[consonant - firstCompatibilityConsonant] ?? -1;
}

/** Final (jongseong) index of a compatibility consonant (1..27), or -1. */
export function finalIndexOf(consonant: number): number {
  return finalIndexByConsonant[consonant - firstCompatibilityConsonant] ?? -1;
}

/** Vowel (jungseong) index of a compatibility vowel: their orders are the same. */
export function vowelIndexOf(vowel: number): number {
  return vowel - firstCompatibilityVowel;
}

export function composeSyllable(initialIndex: number, vowelIndex: number, finalIndex: number): number {
  return firstSyllable + (initialIndex * vowelCount + vowelIndex) * finalCount + finalIndex;
}

/** The compatibility consonant that starts a precomposed syllable (`발` → `ㅂ`). */
export function initialConsonantOf(syllable: number): number {
  const initialIndex = Math.floor((syllable - firstSyllable) / (vowelCount * finalCount));
  return initials.charCodeAt(initialIndex);
}

/** Vowel index of two vowels typed one after the other (`ㅗ` + `ㅏ` → `ㅘ`), or -1. */
export function compoundVowelIndex(firstVowelIndex: number, secondVowelIndex: number): number {
  return compoundVowels.get(firstVowelIndex * vowelCount + secondVowelIndex) ?? -1;
}

const compoundVowels = new Map<number, number>(
  [
    ['ㅗ', 'ㅏ', 'ㅘ'],
    ['ㅗ', 'ㅐ', 'ㅙ'],
    ['ㅗ', 'ㅣ', 'ㅚ'],
    ['ㅜ', 'ㅓ', 'ㅝ'],
    ['ㅜ', 'ㅔ', 'ㅞ'],
    ['ㅜ', 'ㅣ', 'ㅟ'],
    ['ㅡ', 'ㅣ', 'ㅢ'],
  ].map(([first = '', second = '', compound = '']) => [
    vowelIndexOf(first.charCodeAt(0)) * vowelCount + vowelIndexOf(second.charCodeAt(0)),
    vowelIndexOf(compound.charCodeAt(0)),
  ]),
);

/**
 * Maps conjoining jamo (U+1100 block, also what NFKC makes of compatibility and half-width jamo) to the
 * compatibility jamo the assembler works on; 0 for archaic jamo, which stay ordinary letters.
 */
export function compatibilityJamoOf(jamo: number): number {
  if (jamo >= 0x1100 && jamo <= 0x1112) return initials.charCodeAt(jamo - 0x1100);
  if (jamo >= 0x1161 && jamo <= 0x1175) return firstCompatibilityVowel + (jamo - 0x1161);
  if (jamo >= 0x11a8 && jamo <= 0x11c2) return finals.charCodeAt(jamo - 0x11a8);
  return 0;
}
