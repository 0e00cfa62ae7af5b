/** Korea has kept UTC+9 all year since 1988, so a fixed offset is exact without time-zone data. */
const seoulOffsetMilliseconds = 9 * 3_600_000;

/**
 * Today in Asia/Seoul as `2026-11-30`, whatever zone the browser is set to: prices take effect and
 * budgets renew on Seoul's calendar, as the server counts them.
 */
export function seoulToday(now: Date): string {
  return new Date(now.getTime() + seoulOffsetMilliseconds).toISOString().slice(0, 10);
}

/** This month in Asia/Seoul as `2026-11`. */
export function seoulThisMonth(now: Date): string {
  return seoulToday(now).slice(0, 7);
}
