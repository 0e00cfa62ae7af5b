import type { PiiFinding } from './pii-finding.js';

/**
 * Keeps a non-overlapping subset sorted by start. Greedy by priority: higher confidence, then the longer
 * span, then the earlier start; a candidate touching any already kept position is dropped.
 */
export function resolveOverlaps(candidates: readonly PiiFinding[]): PiiFinding[] {
  if (candidates.length === 0) return [];
  const byPriority = [...candidates].sort(
    (left, right) =>
      right.confidence - left.confidence ||
      right.end - right.start - (left.end - left.start) ||
      left.start - right.start,
  );
  // A position mask instead of interval search: each candidate costs its own length, so the pass stays
  // linear in the text for the short spans recognizers produce.
  // reduce, not Math.max(...spread): a huge candidate list would overflow the argument stack.
  const textLength = candidates.reduce((longest, candidate) => Math.max(longest, candidate.end), 0);
  const claimed = new Uint8Array(textLength);
  const kept: PiiFinding[] = [];
  for (const candidate of byPriority) {
    if (claimed.subarray(candidate.start, candidate.end).includes(1)) continue;
    claimed.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((left, right) => left.start - right.start);
}
