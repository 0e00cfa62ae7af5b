import type { UsageSlice } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { localizePurposes, sliceShares, topSlices } from './usage-slices';

const slice = (key: string, label: string, calls: number, costWon: number): UsageSlice => ({
  key,
  label,
  calls,
  tokens: calls * 100,
  costWon,
});

describe('localizePurposes', () => {
  it('names known categories and keeps unknown ones', () => {
    const slices = [slice('ideas', '아이디어 구상', 3, 30), slice('meetings', '회의', 1, 10)];
    expect(localizePurposes(slices, (category) => `en:${category}`).map((item) => item.label)).toEqual([
      'en:ideas',
      '회의',
    ]);
  });
});

describe('sliceShares and topSlices', () => {
  const slices = [slice('a', 'A', 1, 500), slice('b', 'B', 3, 100), slice('c', 'C', 0, 0)];

  it('shares by the chosen measure', () => {
    expect(sliceShares(slices, 'calls').map((share) => [share.key, share.percent])).toEqual([
      ['b', 75],
      ['a', 25],
    ]);
    expect(sliceShares(slices, 'costWon').map((share) => share.key)).toEqual(['a', 'b']);
  });

  it('ranks the largest first and drops empty ones', () => {
    expect(topSlices(slices, 'costWon', 1).map((item) => item.key)).toEqual(['a']);
    expect(topSlices(slices, 'calls', 10).map((item) => item.key)).toEqual(['b', 'a']);
  });
});
