/** A server timestamp as a short local date and time ("2026. 11. 2. 오후 2:30"); the raw text if unreadable. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
