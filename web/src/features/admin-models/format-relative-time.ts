const units: { unit: Intl.RelativeTimeFormatUnit; seconds: number }[] = [
  { unit: 'day', seconds: 86_400 },
  { unit: 'hour', seconds: 3_600 },
  { unit: 'minute', seconds: 60 },
];

/**
 * `target` relative to `now` in the UI language, in the largest whole unit: "30초 후", "2분 후",
 * "in 1 hour", "3 minutes ago".
 */
export function formatRelativeTime(target: Date, now: Date, language: string): string {
  const differenceSeconds = Math.round((target.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  for (const { unit, seconds } of units) {
    if (Math.abs(differenceSeconds) >= seconds) {
      return format.format(Math.trunc(differenceSeconds / seconds), unit);
    }
  }
  return format.format(differenceSeconds, 'second');
}
