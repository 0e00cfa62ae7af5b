/** BM25's inverse document frequency (the Lucene form, never negative). */
export function inverseDocumentFrequency(chunksWithTerm: number, totalChunks: number): number {
  return Math.log(1 + (totalChunks - chunksWithTerm + 0.5) / (chunksWithTerm + 0.5));
}

/**
 * The query terms that select candidates. Each word of the question is represented by one term: its whole
 * form when the index has it, else its rarest syllable pair (a compound written differently). The rarest
 * representatives are taken while their chunks together stay within the budget (at least one), so common
 * words cannot turn most of the index into candidates; every query term still counts in the score.
 */
export function candidateTermsOf(
  frequencies: ReadonlyMap<string, number>,
  words: readonly { forms: readonly string[]; pieces: readonly string[] }[],
  budget: number,
): string[] {
  const frequency = (term: string) => frequencies.get(term) ?? 0;
  const byRarity = (left: string, right: string) => frequency(left) - frequency(right);
  const representatives = words.flatMap((word) => {
    const form = word.forms.filter((term) => frequency(term) > 0).sort(byRarity)[0];
    const piece = word.pieces.filter((term) => frequency(term) > 0).sort(byRarity)[0];
    const chosen = form ?? piece;
    return chosen === undefined ? [] : [chosen];
  });
  const present = [...new Set(representatives)].sort(byRarity);
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

/** Share of all chunks from which a word is too common to pair with another into a candidate condition. */
const commonShare = 0.1;

/**
 * The terms that may pair up to select candidates: a word in a tenth of all chunks (`한다`, `기준` in a large
 * index) pairs with almost anything, so one of them in a question made most chunks candidates. Words with
 * fewer chunks than `cheapBelow` are always kept (a small index has no common words to fear). Dropped terms
 * still count in the score.
 */
export function withoutCommonTerms(
  terms: readonly string[],
  frequencies: ReadonlyMap<string, number>,
  totalChunks: number,
  cheapBelow: number,
): string[] {
  const commonFrom = Math.max(cheapBelow, totalChunks * commonShare);
  return terms.filter((term) => (frequencies.get(term) ?? 0) < commonFrom);
}
