import { describe, expect, it } from 'vitest';
import { findQuoteRanges } from './quote-ranges';

describe('findQuoteRanges', () => {
  it('finds a quote inside one piece', () => {
    const text = '출장비는 귀임 후 5일 이내에 정산합니다.';
    expect(findQuoteRanges([text], '귀임 후 5일 이내')).toEqual([
      { piece: 0, start: text.indexOf('귀임'), end: text.indexOf('에 정산') },
    ]);
  });

  it('spans several pieces, e.g. bold text in the middle of a sentence', () => {
    const pieces = ['신청은 ', '반드시 사전에', ' 해야 합니다.'];
    expect(findQuoteRanges(pieces, '신청은 반드시 사전에 해야')).toEqual([
      { piece: 0, start: 0, end: 3 },
      { piece: 1, start: 0, end: 7 },
      { piece: 2, start: 1, end: 3 },
    ]);
  });

  it('ignores differences in white space and Markdown decoration', () => {
    const pieces = ['여비는\n  정액으로', '지급한다'];
    expect(findQuoteRanges(pieces, '**여비는 정액으로 지급한다**')).toEqual([
      { piece: 0, start: 0, end: 10 },
      { piece: 1, start: 0, end: 4 },
    ]);
  });

  it('strips the quote marks and ellipses a model adds', () => {
    expect(findQuoteRanges(['가나다라마바사'], '“…다라마…”')).toEqual([{ piece: 0, start: 2, end: 5 }]);
    expect(findQuoteRanges(['가나다라마바사'], '...다라마...')).toEqual([{ piece: 0, start: 2, end: 5 }]);
  });

  it('falls back to a case-insensitive match', () => {
    expect(findQuoteRanges(['See the HWP Guide.'], 'hwp guide')).toEqual([{ piece: 0, start: 8, end: 17 }]);
  });

  it('returns nothing for a missing or too short quote', () => {
    expect(findQuoteRanges(['가나다'], '라마')).toEqual([]);
    expect(findQuoteRanges(['가나다'], '가')).toEqual([]);
    expect(findQuoteRanges(['가나다'], '  "" ')).toEqual([]);
    expect(findQuoteRanges([], '가나')).toEqual([]);
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(findQuoteRanges(['앞😀뒤 끝'], '😀뒤')).toEqual([{ piece: 0, start: 1, end: 4 }]);
  });
});
