/** BM25's inverse document frequency (the Lucene form, never negative). */
export function inverseDocumentFrequency(chunksWithTerm: number, totalChunks: number): number {
  return Math.log(1 + (totalChunks - chunksWithTerm + 0.5) / (chunksWithTerm + 0.5));
}

/**
 * The query terms that select candidates: the rarest first, while their chunks together stay within the
 * budget (at least one term), so a common term cannot turn most of the index into candidates. Terms absent
 * from the index select nothing and are left out.
 */
export function candidateTermsOf(
  frequencies: ReadonlyMap<string, number>,
  terms: readonly string[],
  budget: number,
): string[] {
  const present = terms
    .filter((term) => (frequencies.get(term) ?? 0) > 0)
    .sort((left, right) => (frequencies.get(left) ?? 0) - (frequencies.get(right) ?? 0));
  const chosen: string[] = [];
  let total = 0;
  for (const term of present) {
    const frequency = frequencies.get(term) ?? 0;
    if (chosen.length > 0 && total + frequency > budget) break;
    chosen.push(term);
    total += frequency;
  }
  return chosen;
}
