/** Whole seconds from `startedAt` to `now` (both epoch milliseconds), never negative. */
export function elapsedSeconds(startedAt: number, now: number): number {
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}
