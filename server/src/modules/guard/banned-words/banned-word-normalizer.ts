import {
  isCombiningMark,
  isInvisibleCharacter,
  isSeparatorCharacter,
  isWordCharacter,
} from './character-classes.js';
import {
  compatibilityJamoOf,
  composeSyllable,
  compoundVowelIndex,
  finalIndexOf,
  firstCompatibilityConsonant,
  firstCompatibilityVowel,
  firstSyllable,
  initialIndexOf,
  lastCompatibilityConsonant,
  lastCompatibilityVowel,
  lastSyllable,
  vowelIndexOf,
} from './hangul-jamo.js';

/** Set on a normalized character when visible spacing or punctuation was removed right before it. */
export const separatedBeforeFlag = 1;
/** Set on a normalized character that is a letter or digit (Hangul syllables and jamo included). */
export const wordCharacterFlag = 2;

/** Receives normalized UTF-16 units in order, each with the original span it came from. */
export interface NormalizedUnitSink {
  pushUnit(code: number, start: number, end: number, flags: number): void;
}

/**
 * A run of more than this many removed characters (spaces, dots, zero-width…) is not a spacing trick but
 * layout (`--------`, aligned columns); it becomes a break that no word can match across. It also bounds
 * how much original text a stream checker holds back.
 */
export const longestRemovedRun = 16;

/** The character standing for such a break in the normalized text; no normalized word contains it. */
export const breakCharacter = 0x20;

const noJamo = 0;
const initialOnly = 1;
const initialAndVowel = 2;
const initialVowelAndFinal = 3;

/**
 * Incremental form of `normalizeForBannedWords` (the rules are documented in `index.ts`). Text can arrive in
 * any number of pieces: the units reaching the sink do not depend on where the pieces were cut, which is what
 * lets the stream checker agree with a whole-text search. It holds back at most one code point (which may
 * still get combining marks) and one Hangul syllable being assembled from bare jamo.
 */
export class BannedWordNormalizer {
  /** Original UTF-16 length written so far. */
  private consumed = 0;
  private pendingHighSurrogate = -1;
  // The last code point, kept until we know no combining mark follows it.
  private baseCode = -1;
  private baseStart = 0;
  private baseEnd = 0;
  private baseMarks = '';
  private separatorPending = false;
  private removedRun = 0;
  // The syllable being assembled from bare jamo: compatibility jamo codes, spans and the separator flag of
  // its first jamo (a final consonant that moves on to the next syllable takes its own span and flag along).
  private jamoState = noJamo;
  private jamoInitial = 0;
  private jamoVowelIndex = 0;
  private jamoFinal = 0;
  private jamoStart = 0;
  private jamoEnd = 0;
  private jamoFlags = 0;
  private finalStart = 0;
  private finalEnd = 0;
  private finalFlags = 0;

  constructor(private readonly sink: NormalizedUnitSink) {}

  /** Original index before which every character has been turned into units or dropped. */
  get settledPosition(): number {
    if (this.jamoState !== noJamo) return this.jamoStart;
    if (this.baseCode >= 0) return this.baseStart;
    if (this.pendingHighSurrogate >= 0) return this.consumed - 1;
    return this.consumed;
  }

  write(text: string): void {
    const offset = this.consumed;
    this.consumed += text.length;
    let index = 0;
    if (this.pendingHighSurrogate >= 0 && text.length > 0) {
      const high = this.pendingHighSurrogate;
      this.pendingHighSurrogate = -1;
      const low = text.charCodeAt(0);
      if (low >= 0xdc00 && low <= 0xdfff) {
        this.acceptCodePoint(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000, offset - 1, offset + 1);
        index = 1;
      } else {
        this.acceptCodePoint(high, offset - 1, offset);
      }
    }
    for (; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code >= 0xd800 && code <= 0xdbff) {
        if (index + 1 === text.length) {
          // The low half may come with the next piece.
          this.pendingHighSurrogate = code;
          break;
        }
        const low = text.charCodeAt(index + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          this.acceptCodePoint(
            ((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000,
            offset + index,
            offset + index + 2,
          );
          index++;
          continue;
        }
      }
      // Fast path: nothing pending and the next unit cannot be a combining mark, so this code point is
      // complete now (what almost all Korean text takes).
      if (this.baseCode < 0 && index + 1 < text.length) {
        const next = text.charCodeAt(index + 1);
        if (next < 0x300 || (next >= firstSyllable && next <= lastSyllable)) {
          if (code >= firstSyllable && code <= lastSyllable && this.jamoState === noJamo) {
            const flags = this.separatorPending ? separatedBeforeFlag | wordCharacterFlag : wordCharacterFlag;
            this.separatorPending = false;
            this.removedRun = 0;
            this.sink.pushUnit(code, offset + index, offset + index + 1, flags);
            continue;
          }
          this.baseCode = code;
          this.baseStart = offset + index;
          this.baseEnd = offset + index + 1;
          this.flushBase();
          continue;
        }
      }
      this.acceptCodePoint(code, offset + index, offset + index + 1);
    }
  }

  end(): void {
    if (this.pendingHighSurrogate >= 0) {
      this.acceptCodePoint(this.pendingHighSurrogate, this.consumed - 1, this.consumed);
      this.pendingHighSurrogate = -1;
    }
    if (this.baseCode >= 0) this.flushBase();
    this.flushJamo();
  }

  /** Stage 1: group a code point with the combining marks that follow it, so NFKC can compose them. */
  private acceptCodePoint(code: number, start: number, end: number): void {
    if (this.baseCode >= 0) {
      const isSyllable = code >= firstSyllable && code <= lastSyllable;
      if (!isSyllable && isCombiningMark(code)) {
        this.baseMarks += String.fromCodePoint(code);
        this.baseEnd = end;
        return;
      }
      this.flushBase();
    } else if (isCombiningMark(code)) {
      return;
    }
    this.baseCode = code;
    this.baseStart = start;
    this.baseEnd = end;
  }

  private flushBase(): void {
    const code = this.baseCode;
    this.baseCode = -1;
    let mapped: string;
    if (this.baseMarks === '') {
      // Fast paths for what Korean text is made of: nothing for NFKC or lower-casing to change.
      if (code < 0x80) {
        this.acceptNormalized(
          code >= 0x41 && code <= 0x5a ? code + 0x20 : code,
          this.baseStart,
          this.baseEnd,
        );
        return;
      }
      if ((code >= firstSyllable && code <= lastSyllable) || (code >= 0x3131 && code <= 0x3163)) {
        this.acceptNormalized(code, this.baseStart, this.baseEnd);
        return;
      }
      mapped = mapCodePoint(code);
    } else {
      mapped = foldText(String.fromCodePoint(code) + this.baseMarks);
      this.baseMarks = '';
    }
    for (let index = 0; index < mapped.length; index++) {
      const mappedCode = mapped.codePointAt(index) ?? 0;
      if (mappedCode > 0xffff) index++;
      this.acceptNormalized(mappedCode, this.baseStart, this.baseEnd);
    }
  }

  /** Stage 2: drop invisible characters and separators, assemble bare jamo, emit everything else. */
  private acceptNormalized(code: number, start: number, end: number): void {
    if (code >= firstSyllable && code <= lastSyllable) {
      this.flushJamo();
      const flags = this.separatorPending ? separatedBeforeFlag | wordCharacterFlag : wordCharacterFlag;
      this.separatorPending = false;
      this.removedRun = 0;
      this.sink.pushUnit(code, start, end, flags);
      return;
    }
    if (isInvisibleCharacter(code)) {
      this.countRemoved(start, end);
      return;
    }
    if (isSeparatorCharacter(code)) {
      this.separatorPending = true;
      this.countRemoved(start, end);
      return;
    }
    const flags = this.separatorPending ? separatedBeforeFlag : 0;
    this.separatorPending = false;
    this.removedRun = 0;
    const jamo =
      code >= 0x3131 && code <= 0x3163
        ? code
        : code >= 0x1100 && code <= 0x11ff
          ? compatibilityJamoOf(code)
          : 0;
    if (jamo !== 0) {
      this.acceptJamo(jamo, start, end, flags);
      return;
    }
    this.flushJamo();
    const word = isWordCharacter(code) ? wordCharacterFlag : 0;
    if (code > 0xffff) {
      this.sink.pushUnit(0xd800 + ((code - 0x10000) >> 10), start, end, flags | word);
      this.sink.pushUnit(0xdc00 + ((code - 0x10000) & 0x3ff), start, end, word);
    } else {
      this.sink.pushUnit(code, start, end, flags | word);
    }
  }

  private countRemoved(start: number, end: number): void {
    this.removedRun++;
    if (this.removedRun !== longestRemovedRun + 1) return;
    this.flushJamo();
    this.sink.pushUnit(breakCharacter, start, end, this.separatorPending ? separatedBeforeFlag : 0);
    this.separatorPending = false;
  }

  /**
   * Bare jamo are assembled the way a Korean keyboard does (`ㅅㅣㅂㅏㄹ` → `시발`, `ㅂㅏㄹㅏ` → `바라`), except
   * that two separate consonants never make a cluster final: `ㅂㅏㄹㅎㅎ` stays `발ㅎㅎ` (laughter after a
   * word is far more common than a jamo-spelled `밣`). Invisible characters between jamo do not interrupt
   * assembly; after a separator a vowel still joins (`ㅅ ㅣ` → `시`) but a consonant never becomes a final
   * (`ㅎㅏ ㅅㅂ` keeps its `ㅅㅂ`). A consonant left without a vowel stays a bare jamo.
   */
  private acceptJamo(jamo: number, start: number, end: number, flags: number): void {
    const isVowel = jamo >= firstCompatibilityVowel && jamo <= lastCompatibilityVowel;
    const isConsonant = jamo >= firstCompatibilityConsonant && jamo <= lastCompatibilityConsonant;
    if (isConsonant) {
      if (this.jamoState === initialAndVowel && finalIndexOf(jamo) > 0 && flags === 0) {
        this.jamoState = initialVowelAndFinal;
        this.jamoFinal = jamo;
        this.finalStart = start;
        this.finalEnd = end;
        this.finalFlags = flags;
        return;
      }
      this.flushJamo();
      this.jamoState = initialOnly;
      this.jamoInitial = jamo;
      this.jamoStart = start;
      this.jamoEnd = end;
      this.jamoFlags = flags;
      return;
    }
    if (!isVowel) {
      this.flushJamo();
      this.sink.pushUnit(jamo, start, end, flags | wordCharacterFlag);
      return;
    }
    const vowelIndex = vowelIndexOf(jamo);
    switch (this.jamoState) {
      case initialOnly:
        if (initialIndexOf(this.jamoInitial) >= 0) {
          this.jamoState = initialAndVowel;
          this.jamoVowelIndex = vowelIndex;
          this.jamoEnd = end;
          return;
        }
        break;
      case initialAndVowel: {
        const compound = compoundVowelIndex(this.jamoVowelIndex, vowelIndex);
        if (compound >= 0) {
          this.jamoVowelIndex = compound;
          this.jamoEnd = end;
          return;
        }
        break;
      }
      case initialVowelAndFinal:
        if (initialIndexOf(this.jamoFinal) >= 0) {
          // The final consonant belongs to the new vowel: 바 + ㄹㅏ.
          this.sink.pushUnit(
            composeSyllable(initialIndexOf(this.jamoInitial), this.jamoVowelIndex, 0),
            this.jamoStart,
            this.jamoEnd,
            this.jamoFlags | wordCharacterFlag,
          );
          this.jamoState = initialAndVowel;
          this.jamoInitial = this.jamoFinal;
          this.jamoVowelIndex = vowelIndex;
          this.jamoStart = this.finalStart;
          this.jamoEnd = end;
          this.jamoFlags = this.finalFlags;
          return;
        }
        break;
    }
    this.flushJamo();
    this.sink.pushUnit(jamo, start, end, flags | wordCharacterFlag);
  }

  private flushJamo(): void {
    const state = this.jamoState;
    if (state === noJamo) return;
    this.jamoState = noJamo;
    const flags = this.jamoFlags | wordCharacterFlag;
    if (state === initialOnly) {
      this.sink.pushUnit(this.jamoInitial, this.jamoStart, this.jamoEnd, flags);
      return;
    }
    const initialIndex = initialIndexOf(this.jamoInitial);
    if (state === initialAndVowel) {
      this.sink.pushUnit(
        composeSyllable(initialIndex, this.jamoVowelIndex, 0),
        this.jamoStart,
        this.jamoEnd,
        flags,
      );
      return;
    }
    this.sink.pushUnit(
      composeSyllable(initialIndex, this.jamoVowelIndex, finalIndexOf(this.jamoFinal)),
      this.jamoStart,
      this.finalEnd,
      flags,
    );
  }
}

/** NFKC, then lower case, then combining marks dropped (after NFKC has composed what it can). */
function foldText(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase();
  let result = '';
  for (const character of folded) {
    if (!isCombiningMark(character.codePointAt(0) ?? 0)) result += character;
  }
  return result;
}

// Korean text repeats the same punctuation and symbols; NFKC through a fresh string per character is slow.
const foldedCodePoints = new Map<number, string>();

function mapCodePoint(code: number): string {
  let folded = foldedCodePoints.get(code);
  if (folded === undefined) {
    folded = foldText(String.fromCodePoint(code));
    foldedCodePoints.set(code, folded);
  }
  return folded;
}
