import { describe, expect, it } from 'vitest';
import { formatRank, formatScore, isLongPassage, pageRange, sectionPathText } from './passage-source';

describe('sectionPathText', () => {
  it('joins the path with › and drops empty parts', () => {
    expect(sectionPathText(['제1장 총칙', ' ', '제3조(정의)'])).toBe('제1장 총칙 › 제3조(정의)');
    expect(sectionPathText([])).toBe('');
  });
});

describe('pageRange', () => {
  it('tells no page, one page and a range apart', () => {
    expect(pageRange(null, null)).toEqual({ kind: 'none' });
    expect(pageRange(3, 3)).toEqual({ kind: 'single', page: 3 });
    expect(pageRange(3, null)).toEqual({ kind: 'single', page: 3 });
    expect(pageRange(null, 7)).toEqual({ kind: 'single', page: 7 });
    expect(pageRange(3, 5)).toEqual({ kind: 'range', from: 3, to: 5 });
    expect(pageRange(5, 3)).toEqual({ kind: 'single', page: 5 });
  });
});

describe('formatScore and formatRank', () => {
  it('shows a dash where a signal is missing', () => {
    expect(formatScore(0.123456)).toBe('0.123');
    expect(formatScore(12.5, 1)).toBe('12.5');
    expect(formatScore(null)).toBe('—');
    expect(formatScore(Number.NEGATIVE_INFINITY)).toBe('—');
    expect(formatRank(2)).toBe('#2');
    expect(formatRank(null)).toBe('—');
  });
});

describe('isLongPassage', () => {
  it('folds passages with many characters or many lines', () => {
    expect(isLongPassage('짧은 구절')).toBe(false);
    expect(isLongPassage('가'.repeat(601))).toBe(true);
    expect(isLongPassage(Array.from({ length: 13 }, () => '| 가 | 나 |').join('\n'))).toBe(true);
    expect(isLongPassage(Array.from({ length: 12 }, () => '줄').join('\n'))).toBe(false);
  });
});
