import { describe, expect, it } from 'vitest';
import { bannedWordLinesText, parseBannedWordLines } from './banned-word-lines';

describe('parseBannedWordLines', () => {
  it('takes one word a line, trimmed, without blank lines', () => {
    expect(parseBannedWordLines('  비속어 \n\n\t욕설\r\n   \r\n대외비').words).toEqual([
      '비속어',
      '욕설',
      '대외비',
    ]);
  });

  it('keeps spaces inside a word and each word once', () => {
    expect(parseBannedWordLines('개인 정보\n욕설\n욕설 \n개인 정보').words).toEqual(['개인 정보', '욕설']);
  });

  it('gives no words for an empty or blank text', () => {
    expect(parseBannedWordLines('')).toEqual({ words: [], tooLong: [] });
    expect(parseBannedWordLines(' \n \n')).toEqual({ words: [], tooLong: [] });
  });

  it('reports words over 100 characters', () => {
    const long = '가'.repeat(101);
    const limit = '나'.repeat(100);
    expect(parseBannedWordLines(`${long}\n${limit}`)).toEqual({ words: [long, limit], tooLong: [long] });
  });
});

describe('bannedWordLinesText', () => {
  it('writes one word a line and reads back the same words', () => {
    const words = ['비속어', '개인 정보', 'ㅅㅂ'];
    expect(bannedWordLinesText(words)).toBe('비속어\n개인 정보\nㅅㅂ');
    expect(parseBannedWordLines(bannedWordLinesText(words)).words).toEqual(words);
  });
});
