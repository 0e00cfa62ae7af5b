/** The periods the dashboards offer; `custom` is a month range the user picks. */
export const periodPresets = ['this_month', 'last_month', 'this_quarter', 'this_year', 'custom'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export interface MonthRange {
  /** First month, `2026-11`. */
  from: string;
  /** Last month, inclusive. */
  to: string;
}

/** Korea has kept UTC+9 all year since 1988, so a fixed offset is exact (the server counts the same way). */
const seoulOffsetMilliseconds = 9 * 3_600_000;

/** The day in Asia/Seoul as `2026-11-30`, whatever the browser's own time zone. */
export function seoulDay(instant: Date): string {
  return new Date(instant.getTime() + seoulOffsetMilliseconds).toISOString().slice(0, 10);
}

/** The month in Asia/Seoul as `2026-11`. */
export function seoulMonth(instant: Date): string {
  return seoulDay(instant).slice(0, 7);
}

/** `2026-11` plus a number of months (negative goes back), across years. */
export function addMonths(month: string, count: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + count;
  const nextYear = Math.floor(index / 12);
  return `${String(nextYear).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * The months a preset covers as of `now`. Quarter and year run to the current month, not to their end:
 * later months have no use yet, and the budget burn-down shows the forecast for the rest.
 */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, now: Date): MonthRange {
  const current = seoulMonth(now);
  switch (preset) {
    case 'this_month':
      return { from: current, to: current };
    case 'last_month': {
      const previous = addMonths(current, -1);
      return { from: previous, to: previous };
    }
    case 'this_quarter': {
      const monthIndex = Number(current.slice(5, 7)) - 1;
      return { from: addMonths(current, -(monthIndex % 3)), to: current };
    }
    case 'this_year':
      return { from: `${current.slice(0, 4)}-01`, to: current };
  }
}

export interface PeriodSearch {
  period?: PeriodPreset | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The period a (validated) query string asks for. A named preset stays relative to today, so a shared
 * "this month" link keeps meaning this month; a month range without a preset is a custom range.
 */
export function resolvePeriod(search: PeriodSearch, now: Date): { preset: PeriodPreset; range: MonthRange } {
  const preset =
    search.period ?? (search.from !== undefined && search.to !== undefined ? 'custom' : 'this_month');
  if (preset !== 'custom') {
    return { preset, range: presetRange(preset, now) };
  }
  if (search.from === undefined || search.to === undefined) {
    return { preset: 'this_month', range: presetRange('this_month', now) };
  }
  // A range typed backwards still means the months between the two.
  const [from, to] = search.from <= search.to ? [search.from, search.to] : [search.to, search.from];
  return { preset, range: { from, to } };
}

/** `2026-11-30` plus a number of days. */
export function addDays(day: string, count: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + count * 86_400_000).toISOString().slice(0, 10);
}

/** The last day of a month: `2026-02` → `2026-02-28`. */
export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** Every day from `first` to `last`, both included; empty when `last` comes first. */
export function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

/** The days of a month range that have happened (in Seoul) by `now`: the dashboard's daily axis. */
export function elapsedDays(range: MonthRange, now: Date): string[] {
  const today = seoulDay(now);
  const last = lastDayOfMonth(range.to);
  return daysBetween(`${range.from}-01`, last < today ? last : today);
}
