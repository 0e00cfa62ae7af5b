const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** `2026. 11. 30.` in Seoul time, as public documents write dates. */
export function officialDate(date: Date): string {
  const parts = Object.fromEntries(partsFormatter.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year ?? ''}. ${Number(parts.month)}. ${Number(parts.day)}.`;
}

/** A form's `2026-10-14` (date input) as `2026. 10. 14.`; anything else unchanged. */
export function officialDateOfInput(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (match === null) return value;
  return `${match[1] ?? ''}. ${Number(match[2])}. ${Number(match[3])}.`;
}
