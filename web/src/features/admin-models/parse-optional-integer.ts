export type OptionalIntegerResult = { ok: true; value: number | null } | { ok: false };

/**
 * Reads an optional whole-number field: blank means "not set" (null), otherwise an integer within
 * [minimum, maximum]. Thousands separators typed by habit (1,000) are accepted.
 */
export function parseOptionalInteger(text: string, minimum: number, maximum: number): OptionalIntegerResult {
  const trimmed = text.trim().replaceAll(',', '');
  if (trimmed === '') {
    return { ok: true, value: null };
  }
  if (!/^\d+$/.test(trimmed)) {
    return { ok: false };
  }
  const value = Number(trimmed);
  return Number.isSafeInteger(value) && value >= minimum && value <= maximum
    ? { ok: true, value }
    : { ok: false };
}
