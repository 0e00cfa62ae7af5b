import { describe, expect, it } from 'vitest';
import { candidateTermsOf, inverseDocumentFrequency } from './bm25-weights.js';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.js';

describe('BM25 weights', () => {
  it('weighs rare terms more and never goes negative', () => {
    expect(inverseDocumentFrequency(1, 1_000)).toBeGreaterThan(inverseDocumentFrequency(100, 1_000));
    expect(inverseDocumentFrequency(1_000, 1_000)).toBeGreaterThan(0);
    expect(inverseDocumentFrequency(0, 10)).toBeCloseTo(Math.log(1 + 10.5 / 0.5));
  });

  it('represents each word by one term and takes the rarest within the budget, at least one', () => {
    const frequencies = new Map([
      ['보조금', 40],
      ['보조', 900],
      ['조금', 50],
      ['교부', 30],
      ['신청서', 0],
      ['신청', 700],
      ['청서', 20],
    ]);
    const words = [
      { forms: ['보조금'], pieces: ['보조', '조금'] },
      { forms: ['교부'], pieces: [] },
      { forms: ['신청서'], pieces: ['신청', '청서'] },
    ];
    // 신청서 is not in the index: its rarest pair (청서) stands for it.
    expect(candidateTermsOf(frequencies, words, 100)).toEqual(['청서', '교부', '보조금']);
    expect(candidateTermsOf(frequencies, words, 60)).toEqual(['청서', '교부']);
    expect(candidateTermsOf(frequencies, [{ forms: ['보조'], pieces: [] }], 100)).toEqual(['보조']);
    expect(candidateTermsOf(frequencies, [{ forms: ['없음'], pieces: [] }], 100)).toEqual([]);
  });
});

describe('reciprocal rank fusion', () => {
  it('rewards ids ranked high in several lists', () => {
    const fused = reciprocalRankFusion([
      [1, 2, 3],
      [3, 1],
    ]);
    expect(fused.get(1)).toBeCloseTo(1 / 61 + 1 / 62);
    expect(fused.get(3)).toBeCloseTo(1 / 63 + 1 / 61);
    expect(fused.get(2)).toBeCloseTo(1 / 62);
    expect([...fused].sort((a, b) => b[1] - a[1]).map(([id]) => id)).toEqual([1, 3, 2]);
  });
});
