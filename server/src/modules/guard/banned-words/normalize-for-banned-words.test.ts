import { describe, expect, it } from 'vitest';
import { normalizeForBannedWords } from './normalize-for-banned-words.js';

function normalized(text: string): string {
  return normalizeForBannedWords(text).text;
}

/** Each normalized character with the original text it maps back to. */
function mapping(text: string): string[] {
  const result = normalizeForBannedWords(text);
  return Array.from({ length: result.text.length }, (_unused, index) =>
    text.slice(result.offsets[index] ?? 0, result.endOffsets[index] ?? 0),
  );
}

describe('normalizeForBannedWords', () => {
  it('applies NFKC and lower case: full-width letters, ligatures, compatibility units', () => {
    expect(normalized('ＳＥＸ Ｓｅｘ')).toBe('sexsex');
    expect(normalized('ﬁ㎏Ⅻ')).toBe('fikgxii');
    expect(mapping('ﬁ㎏')).toEqual(['ﬁ', 'ﬁ', '㎏', '㎏']);
  });

  it('composes combining marks with their base and drops the ones left over', () => {
    expect(normalized('e\u0301')).toBe('é');
    expect(mapping('cafe\u0301')).toEqual(['c', 'a', 'f', 'e\u0301']);
    expect(normalized('시\u0337발')).toBe('시발');
    expect(normalized('İ')).toBe('i');
  });

  it('drops zero-width characters, soft hyphens and Hangul fillers without marking a separator', () => {
    const result = normalizeForBannedWords('시\u200b발\u200c놈\u200d아\u2060야\ufeff\u00adㅋ\u3164ㅋ');
    expect(result.text).toBe('시발놈아야ㅋㅋ');
    expect([...result.separatedBefore]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('drops spacing and punctuation tricks and marks where they were', () => {
    for (const text of [
      '시 발',
      '시.발',
      '시-발',
      '시_발',
      '시*발',
      '시·발',
      '시/발',
      '시ㆍ발',
      '시～발',
      '시\n발',
    ]) {
      const result = normalizeForBannedWords(text);
      expect(result.text, text).toBe('시발');
      expect([...result.separatedBefore], text).toEqual([0, 1]);
    }
    expect(normalized('s-e-x S.E.X s e x s_e_x')).toBe('sexsexsexsex');
    expect(normalized('시 . - 발')).toBe('시발');
  });

  it('keeps brackets and sentence punctuation', () => {
    expect(normalized('(시발)! 뭐?')).toBe('(시발)!뭐?');
  });

  it('turns a long run of dropped characters into a single break', () => {
    expect(normalized(`시${' '.repeat(16)}발`)).toBe('시발');
    expect(normalized(`시${' '.repeat(17)}발`)).toBe('시 발');
    expect(normalized(`시${'-'.repeat(40)}발`)).toBe('시 발');
  });

  it('keeps precomposed syllables as written, one character each', () => {
    expect(mapping('안녕 시발')).toEqual(['안', '녕', '시', '발']);
  });

  it('assembles bare jamo into syllables the way a keyboard would', () => {
    expect(normalized('ㅅㅣㅂㅏㄹ')).toBe('시발');
    expect(mapping('ㅅㅣㅂㅏㄹ')).toEqual(['ㅅㅣ', 'ㅂㅏㄹ']);
    expect(normalized('ㅂㅏㄹㅏ')).toBe('바라');
    expect(normalized('ㄱㅗㅏㄴㄹㅣ')).toBe('관리');
    expect(normalized('ㅅㅣ발')).toBe('시발');
    expect(normalized('ㄷㅏㄺ')).toBe('닭');
  });

  it('does not make cluster finals from separate consonants or finals across a separator', () => {
    expect(normalized('ㅂㅏㄹㅎㅎ')).toBe('발ㅎㅎ');
    expect(normalized('ㅎㅏ ㅅㅂ')).toBe('하ㅅㅂ');
    expect(normalized('ㅅ ㅣ')).toBe('시');
  });

  it('leaves consonants without a vowel as bare compatibility jamo (초성 spellings)', () => {
    expect(normalized('ㅅㅂ ㅋㅋ')).toBe('ㅅㅂㅋㅋ');
    expect(normalized('ㅠㅠ')).toBe('ㅠㅠ');
  });

  it('maps conjoining, half-width and NFD jamo like compatibility jamo', () => {
    expect(normalized('시발'.normalize('NFD'))).toBe('시발');
    expect(normalized('\uffb5\uffdc\uffb2\uffc2\uffa9')).toBe('시발');
    expect(normalized('\u1109\u1107')).toBe('ㅅㅂ');
  });

  it('handles Hangul syllables mixed with Latin letters and digits', () => {
    expect(normalized('Ｓ시ｂａｌ 18놈')).toBe('s시bal18놈');
  });

  it('keeps astral characters as surrogate pairs mapped to their whole span', () => {
    const result = normalizeForBannedWords('a😀b');
    expect(result.text).toBe('a😀b');
    expect([...result.offsets]).toEqual([0, 1, 1, 3]);
    expect([...result.endOffsets]).toEqual([1, 3, 3, 4]);
  });

  it('returns empty arrays for text that normalizes to nothing', () => {
    const result = normalizeForBannedWords(' \u200b. ');
    expect(result.text).toBe('');
    expect(result.offsets).toHaveLength(0);
  });
});
