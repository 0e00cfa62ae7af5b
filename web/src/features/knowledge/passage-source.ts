/** Joins a section path the way the UI shows it: 제1장 › 제2절 › 출장 여비. */
export const sectionPathSeparator = ' › ';

export function sectionPathText(sectionPath: readonly string[]): string {
  return sectionPath
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(sectionPathSeparator);
}

export type PageRange =
  { kind: 'none' } | { kind: 'single'; page: number } | { kind: 'range'; from: number; to: number };

/** Which pages a passage spans, for "12쪽" or "12–14쪽"; formats without pages (HWP, TXT) have none. */
export function pageRange(pageStart: number | null, pageEnd: number | null): PageRange {
  const from = pageStart ?? pageEnd;
  if (from === null) {
    return { kind: 'none' };
  }
  const to = pageEnd ?? from;
  if (to <= from) {
    return { kind: 'single', page: from };
  }
  return { kind: 'range', from, to };
}

/** A retrieval score with a fixed number of decimals, or an em dash when that signal did not take part. */
export function formatScore(score: number | null, digits = 3): string {
  if (score === null || !Number.isFinite(score)) {
    return '—';
  }
  return score.toFixed(digits);
}

/** A rank as "#3", or an em dash when the passage was not among that signal's results. */
export function formatRank(rank: number | null): string {
  return rank === null ? '—' : `#${String(rank)}`;
}

/** Characters or lines past which a search result is shown folded, with a button to unfold it. */
const longPassageCharacters = 600;
const longPassageLines = 12;

/** Whether a passage is long enough to be folded in a list of results. */
export function isLongPassage(text: string): boolean {
  return text.length > longPassageCharacters || text.split('\n').length > longPassageLines;
}
