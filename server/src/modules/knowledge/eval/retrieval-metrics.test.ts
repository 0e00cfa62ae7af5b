import { describe, expect, it } from 'vitest';
import { meanOf, ndcgAtK, recallAtK, reciprocalRankAtK } from './retrieval-metrics.js';

// Discounts 1 / log2(rank + 1), written out by hand:
// rank 1: 1 / log2(2) = 1
// rank 2: 1 / log2(3) = 0.63092975357145743710
// rank 3: 1 / log2(4) = 0.5
// rank 4: 1 / log2(5) = 0.43067655807339305067
const rank2 = 0.6309297535714574;
const rank4 = 0.43067655807339306;

describe('recallAtK', () => {
  it('is 1 when the single relevant result is within k, 0 when it is past k', () => {
    expect(recallAtK([false, false, true], 3)).toBe(1);
    expect(recallAtK([false, false, true], 2)).toBe(0);
  });

  it('is 0 for an empty result list and for no relevant results', () => {
    expect(recallAtK([], 5)).toBe(0);
    expect(recallAtK([false, false], 5)).toBe(0);
  });

  it('divides the relevant results found by relevantTotal', () => {
    // 1 of 2 within k=3 (ranks 2 and 4 are relevant).
    expect(recallAtK([false, true, false, true], 3, 2)).toBe(0.5);
    expect(recallAtK([false, true, false, true], 4, 2)).toBe(1);
    // 1 of 3 even though the list ends early.
    expect(recallAtK([true], 10, 3)).toBeCloseTo(1 / 3, 15);
  });

  it('credits at most relevantTotal results (two chunks holding the same gold passage)', () => {
    expect(recallAtK([true, true], 2)).toBe(1);
    expect(recallAtK([true, true, true], 3, 2)).toBe(1);
  });

  it('rejects a k or relevantTotal that is not a positive integer', () => {
    expect(() => recallAtK([true], 0)).toThrow(RangeError);
    expect(() => recallAtK([true], 1.5)).toThrow(RangeError);
    expect(() => recallAtK([true], 1, 0)).toThrow(RangeError);
  });
});

describe('reciprocalRankAtK', () => {
  it('is 1 / rank of the first relevant result', () => {
    expect(reciprocalRankAtK([true, false], 2)).toBe(1);
    expect(reciprocalRankAtK([false, true, true], 3)).toBe(0.5);
    expect(reciprocalRankAtK([false, false, false, true], 4)).toBe(0.25);
  });

  it('is 0 when the first relevant result is past k or absent', () => {
    expect(reciprocalRankAtK([false, false, true], 2)).toBe(0);
    expect(reciprocalRankAtK([], 10)).toBe(0);
  });

  it('rejects k = 0', () => {
    expect(() => reciprocalRankAtK([true], 0)).toThrow(RangeError);
  });
});

describe('ndcgAtK', () => {
  it('is 1 when the single relevant result is first', () => {
    expect(ndcgAtK([true, false, false], 3)).toBe(1);
  });

  it('is the discount of the rank for one relevant result (ideal DCG = 1)', () => {
    expect(ndcgAtK([false, true], 2)).toBeCloseTo(rank2, 15);
    expect(ndcgAtK([false, false, true], 3)).toBe(0.5);
    expect(ndcgAtK([false, false, false, true], 5)).toBeCloseTo(rank4, 15);
  });

  it('is 0 when nothing relevant is within k', () => {
    expect(ndcgAtK([false, false, true], 2)).toBe(0);
    expect(ndcgAtK([], 3)).toBe(0);
  });

  it('takes the ideal DCG from relevantTotal', () => {
    // Relevant at ranks 2 and 4, relevantTotal 2.
    // k=4: DCG = 0.63093 + 0.43068 = 1.06161; IDCG = 1 + 0.63093 = 1.63093; nDCG = 0.65092.
    expect(ndcgAtK([false, true, false, true], 4, 2)).toBeCloseTo((rank2 + rank4) / (1 + rank2), 15);
    expect(ndcgAtK([false, true, false, true], 4, 2)).toBeCloseTo(0.6509209298071326, 12);
    // k=3: rank 4 falls outside; DCG = 0.63093, IDCG = 1.63093, nDCG = 0.38685.
    expect(ndcgAtK([false, true, false, true], 3, 2)).toBeCloseTo(0.38685280723454163, 12);
  });

  it('caps the ideal ranking at k when relevantTotal exceeds it', () => {
    // k=1, relevantTotal 3: IDCG = 1 (only one slot), DCG = 1.
    expect(ndcgAtK([true], 1, 3)).toBe(1);
    // k=2, relevantTotal 3, relevant at rank 1 only: 1 / (1 + 0.63093) = 0.61315.
    expect(ndcgAtK([true, false], 2, 3)).toBeCloseTo(0.6131471927654584, 12);
  });

  it('credits at most relevantTotal relevant results, so the value never exceeds 1', () => {
    // Two relevant chunks for a one-passage question: only rank 2 counts.
    expect(ndcgAtK([false, true, true], 3)).toBeCloseTo(rank2, 15);
    expect(ndcgAtK([true, true, true], 3)).toBe(1);
  });
});

describe('meanOf', () => {
  it('averages the values', () => {
    expect(meanOf([1, 0, 0.5, 0.5])).toBe(0.5);
    expect(meanOf([0.25])).toBe(0.25);
    expect(meanOf([1, 0, 0])).toBeCloseTo(1 / 3, 15);
  });

  it('throws on an empty list', () => {
    expect(() => meanOf([])).toThrow(RangeError);
  });
});
