export interface ShareInput {
  key: string;
  label: string;
  value: number;
}

export interface Share extends ShareInput {
  /** Whole percent; the shares of a non-empty list add up to exactly 100. */
  percent: number;
}

/**
 * Each item's share of the total, largest first, in whole percents rounded so they still add up to 100
 * (largest remainder): a table reading 28%, 27%, 19%, … never sums to 99% or 101%.
 */
export function percentageShares(items: readonly ShareInput[]): Share[] {
  const sorted = items.filter((item) => item.value > 0).sort((first, second) => second.value - first.value);
  const total = sorted.reduce((sum, item) => sum + item.value, 0);
  if (total === 0) {
    return [];
  }
  const exact = sorted.map((item) => (item.value / total) * 100);
  const shares = sorted.map((item, index) => ({ ...item, percent: Math.floor(exact[index] ?? 0) }));
  let missing = 100 - shares.reduce((sum, share) => sum + share.percent, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((first, second) => second.remainder - first.remainder || first.index - second.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) {
      break;
    }
    const share = shares[index];
    if (share !== undefined) {
      share.percent += 1;
      missing -= 1;
    }
  }
  return shares;
}

/** `아이디어 구상 28%, 자료 조사 27%, 문서 작성 19%`: the leading shares in one line. */
export function sharesSummary(shares: readonly Share[], limit = 3): string {
  return shares
    .slice(0, limit)
    .map((share) => `${share.label} ${share.percent}%`)
    .join(', ');
}
