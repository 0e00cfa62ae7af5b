import { addMonths, seoulMonth } from './usage-period';

/**
 * The months a subscription holder can report on, newest first: from the subscription's first month
 * to its last, but not past this month (a month is reported while or after it is used).
 */
export function reportMonths(startsOn: string, endsOn: string, now: Date): string[] {
  const current = seoulMonth(now);
  const last = endsOn.slice(0, 7) < current ? endsOn.slice(0, 7) : current;
  const months: string[] = [];
  for (let month = last; month >= startsOn.slice(0, 7); month = addMonths(month, -1)) {
    months.push(month);
  }
  return months;
}

/** The month a new report is most likely for: the oldest recent month not yet reported, else the latest. */
export function defaultReportMonth(
  months: readonly string[],
  reported: ReadonlySet<string>,
): string | undefined {
  const recent = months.slice(0, 2);
  return [...recent].reverse().find((month) => !reported.has(month)) ?? months[0];
}
