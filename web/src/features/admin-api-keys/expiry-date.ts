import { localDateString } from '../../components/local-date-string';

export type ExpiryDateResult = { ok: true; value: string | null } | { ok: false };

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** ISO 8601 with the local offset, e.g. 2025-12-31T23:59:59+09:00 (what the key contract expects). */
export function localIsoWithOffset(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const absolute = Math.abs(offsetMinutes);
  const two = (value: number) => String(value).padStart(2, '0');
  const offset = `${sign}${two(Math.floor(absolute / 60))}:${two(absolute % 60)}`;
  return `${localDateString(date)}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}${offset}`;
}

/**
 * The expiry chosen in the form: blank = never (null); a date = the end of that day in the user's time
 * zone (23:59:59), so a key "valid until 12월 31일" works all of that day. A date before `today` is refused.
 */
export function parseExpiryDate(text: string, today: Date): ExpiryDateResult {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { ok: true, value: null };
  }
  const match = datePattern.exec(trimmed);
  if (match === null) {
    return { ok: false };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const endOfDay = new Date(year, month - 1, day, 23, 59, 59);
  // new Date() rolls 2025-02-30 over into March: such dates are not real.
  if (endOfDay.getFullYear() !== year || endOfDay.getMonth() !== month - 1 || endOfDay.getDate() !== day) {
    return { ok: false };
  }
  if (trimmed < localDateString(today)) {
    return { ok: false };
  }
  return { ok: true, value: localIsoWithOffset(endOfDay) };
}
