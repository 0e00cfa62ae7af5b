import { describe, expect, it } from 'vitest';
import { candidateTermsOf, inverseDocumentFrequency, withoutCommonTerms } from './bm25-weights.js';
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

describe('terms that may pair up into candidates', () => {
  it('leaves out words in a tenth of a large index, and nothing in a small one', () => {
    const frequencies = new Map([
      ['기기', 2_932],
      ['절차', 6_203],
      ['점검', 18_508],
      ['한다', 96_581],
    ]);
    const terms = ['기기', '절차', '점검', '한다'];
    expect(withoutCommonTerms(terms, frequencies, 100_000, 2_000)).toEqual(['기기', '절차']);
    // 300 chunks: every word is cheap to select, whatever its share.
    const small = new Map([
      ['기기', 12],
      ['한다', 290],
    ]);
    expect(withoutCommonTerms(['기기', '한다'], small, 300, 2_000)).toEqual(['기기', '한다']);
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
