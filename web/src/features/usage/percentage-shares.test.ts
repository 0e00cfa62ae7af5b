import { describe, expect, it } from 'vitest';
import { percentageShares, sharesSummary } from './percentage-shares';

describe('percentageShares', () => {
  it('orders by size and adds up to exactly 100', () => {
    const shares = percentageShares([
      { key: 'a', label: 'A', value: 1 },
      { key: 'b', label: 'B', value: 1 },
      { key: 'c', label: 'C', value: 1 },
    ]);
    expect(shares.map((share) => share.percent)).toEqual([34, 33, 33]);

    const uneven = percentageShares([
      { key: 'documents', label: '문서 작성', value: 19 },
      { key: 'ideas', label: '아이디어 구상', value: 28 },
      { key: 'research', label: '자료 조사', value: 27 },
      { key: 'other', label: '기타', value: 26 },
    ]);
    expect(uneven.map((share) => [share.key, share.percent])).toEqual([
      ['ideas', 28],
      ['research', 27],
      ['other', 26],
      ['documents', 19],
    ]);
  });

  it('leaves out empty items and gives nothing for an empty total', () => {
    expect(percentageShares([{ key: 'a', label: 'A', value: 0 }])).toEqual([]);
    expect(
      percentageShares([
        { key: 'a', label: 'A', value: 0 },
        { key: 'b', label: 'B', value: 5 },
      ]),
    ).toEqual([{ key: 'b', label: 'B', value: 5, percent: 100 }]);
  });
});

describe('sharesSummary', () => {
  it("reads like Seoul's report", () => {
    const shares = percentageShares([
      { key: 'ideas', label: '아이디어', value: 28 },
      { key: 'research', label: '자료 조사', value: 27 },
      { key: 'documents', label: '문서 작성', value: 19 },
      { key: 'summary', label: '요약', value: 26 },
    ]);
    expect(sharesSummary(shares.filter((share) => share.key !== 'summary'))).toBe(
      '아이디어 28%, 자료 조사 27%, 문서 작성 19%',
    );
    expect(sharesSummary([])).toBe('');
  });
});
