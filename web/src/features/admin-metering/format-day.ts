/**
 * A calendar day (`2026-11-30`) in the UI language: "2026. 11. 30." in Korean. Read as UTC and written
 * as UTC so the browser's own zone can never move it a day.
 */
export function formatDay(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    return day;
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** An instant as Seoul time, e.g. "2026. 11. 30. 오후 2:30", where the people and their budgets are. */
export function formatSeoulDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  }).format(date);
}
