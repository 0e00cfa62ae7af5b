const weekdayNames = ['일', '월', '화', '수', '목', '금', '토'];

export function isValidDate(year: number | undefined, month: number, day: number | undefined): boolean {
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  // Without a year, 2. 29. is possible.
  const daysInMonth = new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** 2025. 7. 31. / 7. 31. / 2025. 7. (year-month). */
export function formatPublicDate(year: number | undefined, month: number, day: number | undefined): string {
  const parts = [year, month, day].filter((part): part is number => part !== undefined);
  return parts.map((part) => `${part}.`).join(' ');
}

/** The one-letter weekday (목) of a full date. */
export function weekdayOf(year: number, month: number, day: number): string {
  return weekdayNames[new Date(Date.UTC(year, month - 1, day)).getUTCDay()] ?? '';
}

/** A dotted date as written at a given place: 2025.07.31, 2025. 7. 31, 2025. 7. 31., 2025. 7. */
export interface DottedDate {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month: number;
  readonly day: number | undefined;
  readonly written: string;
}

// Year, month, optional day, optional final dot; no digit may follow (2025. 7. 315 is not a date).
const dottedDateAtPattern = /(\d{4})\.[ \t]*(\d{1,2})\.(?:[ \t]*(\d{1,2})\.?)?(?!\d)/y;

/** The dotted date starting exactly at `start` in `text`, or null. */
export function dottedDateAt(text: string, start: number): DottedDate | null {
  dottedDateAtPattern.lastIndex = start;
  const match = dottedDateAtPattern.exec(text);
  if (!match) return null;
  const [written, year = '', month = '', day] = match;
  return {
    start,
    end: start + written.length,
    year: Number(year),
    month: Number(month),
    day: day === undefined ? undefined : Number(day),
    written,
  };
}

/** The canonical form of a dotted date, or null when it is not a real date. */
export function canonicalDottedDate(date: DottedDate): string | null {
  if (!isValidDate(date.year, date.month, date.day)) return null;
  return formatPublicDate(date.year, date.month, date.day);
}
