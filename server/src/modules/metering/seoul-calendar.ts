import type { BudgetPeriod } from '@jumugwan/contracts';

/** Korea has kept UTC+9 all year since 1988: a fixed offset is exact and needs no time-zone data. */
const seoulOffsetMs = 9 * 3_600_000;

const dayMs = 86_400_000;
/** The last day asked for: every call asks, and nearly all of them on the same day. */
let lastDay = { number: Number.NaN, text: '' };

/** The day in Asia/Seoul as `2026-11-30`. */
export function seoulDay(instant: Date): string {
  const number = Math.floor((instant.getTime() + seoulOffsetMs) / dayMs);
  if (number !== lastDay.number) {
    lastDay = { number, text: new Date(number * dayMs).toISOString().slice(0, 10) };
  }
  return lastDay.text;
}

/** Midnight of a Seoul day as an instant. */
export function seoulMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - seoulOffsetMs);
}

/** `2026-11` → `2026-11-01`. */
export function monthStart(month: string): string {
  return `${month}-01`;
}

function parts(day: string): { year: number; month: number; date: number } {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return { year, month, date };
}

function format(year: number, month: number, date: number): string {
  const utc = new Date(Date.UTC(year, month - 1, date));
  return utc.toISOString().slice(0, 10);
}

/** Adds whole months; a day the target month lacks becomes its last day (11-30 + 3 months = 02-28). */
export function addMonths(day: string, months: number): string {
  const { year, month, date } = parts(day);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return format(year, month + months, Math.min(date, lastDay));
}

export function addDays(day: string, days: number): string {
  const { year, month, date } = parts(day);
  return format(year, month, date + days);
}

/** Days from `from` to `to` (`to` − `from`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface PeriodBounds {
  start: string;
  /** Last day of the period. */
  end: string;
  /** First day of the next period. */
  renewsOn: string;
}

const periodCache = new Map<string, PeriodBounds>();
const latestPeriods: Record<BudgetPeriod, { day: string; bounds: PeriodBounds } | null> = {
  month: null,
  quarter: null,
  year: null,
};

/** The fiscal period (Korea's fiscal year is the calendar year) that contains `day`. */
export function periodOf(period: BudgetPeriod, day: string): PeriodBounds {
  // Nearly every call asks for today's period: answered without building a key to hash.
  const latest = latestPeriods[period];
  if (latest !== null && latest.day === day) return latest.bounds;
  const key = `${period}|${day}`;
  let bounds = periodCache.get(key);
  if (bounds === undefined) {
    // A few entries a day; cleared now and then so a long-running process does not keep years of them.
    if (periodCache.size > 1_000) periodCache.clear();
    bounds = computePeriod(period, day);
    periodCache.set(key, bounds);
  }
  latestPeriods[period] = { day, bounds };
  return bounds;
}

function computePeriod(period: BudgetPeriod, day: string): PeriodBounds {
  const { year, month } = parts(day);
  const firstMonth = period === 'month' ? month : period === 'quarter' ? month - ((month - 1) % 3) : 1;
  const length = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const start = format(year, firstMonth, 1);
  const renewsOn = addMonths(start, length);
  return { start, end: addDays(renewsOn, -1), renewsOn };
}

/** `2026-11-30` → `2026년 11월 30일`. */
export function koreanDate(day: string): string {
  const { year, month, date } = parts(day);
  return `${year}년 ${month}월 ${date}일`;
}

/** The months from `from` to `to` inclusive, as first days. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = monthStart(from); month <= monthStart(to); month = addMonths(month, 1)) months.push(month);
  return months;
}
