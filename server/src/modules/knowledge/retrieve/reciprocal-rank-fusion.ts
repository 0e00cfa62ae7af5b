/** The usual RRF constant: ranks deep in one list still count, the top of each list counts most. */
export const fusionConstant = 60;

/** Reciprocal rank fusion of ranked id lists (best first): each list adds 1 / (k + rank) to an id. */
export function reciprocalRankFusion(lists: readonly (readonly number[])[]): Map<number, number> {
  const fused = new Map<number, number>();
  for (const list of lists) {
    list.forEach((id, index) => {
      fused.set(id, (fused.get(id) ?? 0) + 1 / (fusionConstant + index + 1));
    });
  }
  return fused;
}
