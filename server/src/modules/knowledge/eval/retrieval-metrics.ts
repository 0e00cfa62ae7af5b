/**
 * Rank metrics for retrieval evaluation with binary relevance.
 *
 * `relevance[i]` is true when the result at rank i+1 is relevant; ranks past the end of the array count as not
 * relevant. `relevantTotal` is how many distinct relevant results exist for the query (1 for a question with one
 * gold passage). When more results are marked relevant than `relevantTotal` (e.g. two overlapping chunks both
 * holding the gold passage), only the first `relevantTotal` of them in rank order are credited, so every metric
 * stays within [0, 1].
 */

/** Share of the relevant results found in the top k. */
export function recallAtK(relevance: boolean[], k: number, relevantTotal = 1): number {
  assertK(k);
  assertRelevantTotal(relevantTotal);
  return creditedRanks(relevance, k, relevantTotal).length / relevantTotal;
}

/** 1 / rank of the first relevant result in the top k, or 0 when there is none. */
export function reciprocalRankAtK(relevance: boolean[], k: number): number {
  assertK(k);
  const index = relevance.slice(0, k).indexOf(true);
  return index === -1 ? 0 : 1 / (index + 1);
}

/**
 * Normalized discounted cumulative gain at k with binary gains: DCG = Σ 1 / log2(rank + 1) over the credited
 * relevant ranks ≤ k, divided by the DCG of the ideal ranking (min(k, relevantTotal) relevant results first).
 */
export function ndcgAtK(relevance: boolean[], k: number, relevantTotal = 1): number {
  assertK(k);
  assertRelevantTotal(relevantTotal);
  const dcg = creditedRanks(relevance, k, relevantTotal).reduce((sum, rank) => sum + discount(rank), 0);
  let idealDcg = 0;
  for (let rank = 1; rank <= Math.min(k, relevantTotal); rank++) idealDcg += discount(rank);
  return dcg / idealDcg;
}

/** Arithmetic mean; throws on an empty list rather than inventing a value. */
export function meanOf(values: number[]): number {
  if (values.length === 0) throw new RangeError('meanOf needs at least one value');
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** 1-based ranks ≤ k of the relevant results that earn credit: the first relevantTotal of them. */
function creditedRanks(relevance: boolean[], k: number, relevantTotal: number): number[] {
  const ranks: number[] = [];
  for (let index = 0; index < Math.min(k, relevance.length) && ranks.length < relevantTotal; index++) {
    if (relevance[index] === true) ranks.push(index + 1);
  }
  return ranks;
}

function discount(rank: number): number {
  return 1 / Math.log2(rank + 1);
}

function assertK(k: number): void {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
}

function assertRelevantTotal(relevantTotal: number): void {
  if (!Number.isInteger(relevantTotal) || relevantTotal < 1) {
    throw new RangeError(`relevantTotal must be a positive integer, got ${relevantTotal}`);
  }
}
