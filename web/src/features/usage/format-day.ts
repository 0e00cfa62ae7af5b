function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function locale(language: string): string {
  return language.startsWith('en') ? 'en-US' : 'ko-KR';
}

/** `2026-11-24` → `11월 24일` / `November 24`. The date is a Seoul calendar day, so no zone shifts it. */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    utcDate(day),
  );
}

/** `2026-11-24` → `11/24`, short enough for a chart axis. */
export function formatShortDay(day: string): string {
  return `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;
}

/** `2026-11` → `2026년 11월` / `November 2026`. */
export function formatMonth(month: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(utcDate(`${month}-01`));
}

/** `2026-11-24` → `2026. 11. 24.` / `Nov 24, 2026`. */
export function formatFullDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    utcDate(day),
  );
}
