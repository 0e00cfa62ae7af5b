import { describe, expect, it } from 'vitest';
import { splitSentences, splitTextToFit } from './split-text-to-fit.js';

describe('splitSentences', () => {
  it('breaks after sentence ends followed by a space', () => {
    expect(splitSentences('신청서를 낸다. 심사를 거칩니까? 결과를 알려요! 끝')).toEqual([
      '신청서를 낸다.',
      '심사를 거칩니까?',
      '결과를 알려요!',
      '끝',
    ]);
  });

  it('breaks after 다. and 요. even without a space, and keeps closing quotes with their sentence', () => {
    expect(splitSentences('교부한다.이 경우 "통지한다." 그리고 (확인한다.) 끝')).toEqual([
      '교부한다.',
      '이 경우 "통지한다."',
      '그리고 (확인한다.)',
      '끝',
    ]);
  });

  it('does not break after list markers, dates, decimals or abbreviated numbers', () => {
    const text = '가. 대상은 2025. 7. 31. 기준 3.5% 이상인 기관 1. 서울';
    expect(splitSentences(text)).toEqual([text]);
  });
});

describe('splitTextToFit', () => {
  it('keeps text within the first limit whole', () => {
    expect(splitTextToFit('짧은 문장이다. 또 하나.', { first: 100, rest: 100, words: 100 })).toEqual([
      { text: '짧은 문장이다. 또 하나.', separator: ' ', strength: 0 },
    ]);
  });

  it('gives sentences, and cuts one too long at spaces into pieces of the word size', () => {
    const long = '가나다 '.repeat(10).trim();
    const segments = splitTextToFit(`첫 문장이다. ${long}`, { first: 20, rest: 20, words: 12 });
    expect(segments).toEqual([
      { text: '첫 문장이다.', separator: ' ', strength: 0 },
      { text: '가나다 가나다 가나다', separator: ' ', strength: 0 },
      { text: '가나다 가나다 가나다', separator: ' ', strength: -1 },
      { text: '가나다 가나다 가나다', separator: ' ', strength: -1 },
      { text: '가나다', separator: ' ', strength: -1 },
    ]);
  });

  it('holds the first segment to the first limit', () => {
    const segments = splitTextToFit('하나 둘 셋 넷 다섯 여섯', { first: 5, rest: 100, words: 100 });
    expect(segments[0]?.text).toBe('하나 둘');
    expect(segments.slice(1).map((segment) => segment.text)).toEqual(['셋 넷 다섯 여섯']);
  });

  it('cuts a word longer than the limit without a separator, never inside a surrogate pair', () => {
    const segments = splitTextToFit('😀'.repeat(5), { first: 3, rest: 3, words: 3 });
    expect(segments.map((segment) => segment.text)).toEqual(['😀', '😀', '😀', '😀', '😀']);
    expect(segments.slice(1).every((segment) => segment.separator === '')).toBe(true);
  });
});
