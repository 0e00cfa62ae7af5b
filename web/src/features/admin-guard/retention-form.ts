import type { RetentionMode } from '@jumugwan/contracts';

export type RetentionKind = 'keep' | 'none' | 'days';

export const retentionKinds: readonly RetentionKind[] = ['keep', 'none', 'days'];

/** What the retention controls show: the kind, and the number of days as typed (kept when switching kinds). */
export interface RetentionForm {
  kind: RetentionKind;
  daysText: string;
}

export type RetentionFormResult = { ok: true; value: RetentionMode } | { ok: false };

export const minimumRetentionDays = 1;
export const maximumRetentionDays = 9999;
const defaultDaysText = '30';

const daysPattern = /^days:([1-9]\d{0,3})$/;

export function isRetentionKind(value: string): value is RetentionKind {
  return retentionKinds.some((kind) => kind === value);
}

/**
 * Reads a stored mode (`keep`, `none`, `days:N`) into the form. Anything unreadable shows as 보존, as the
 * server treats it, so the form never suggests that something is being deleted when it is not.
 */
export function retentionToForm(mode: string): RetentionForm {
  if (mode === 'none') {
    return { kind: 'none', daysText: defaultDaysText };
  }
  const match = daysPattern.exec(mode);
  if (match?.[1] !== undefined) {
    return { kind: 'days', daysText: match[1] };
  }
  return { kind: 'keep', daysText: defaultDaysText };
}

/** The mode to send, or not ok when 'N일 후 삭제' has no whole number of days from 1 to 9999. */
export function retentionFromForm(form: RetentionForm): RetentionFormResult {
  if (form.kind !== 'days') {
    return { ok: true, value: form.kind };
  }
  const trimmed = form.daysText.trim().replaceAll(',', '');
  if (!/^\d+$/.test(trimmed)) {
    return { ok: false };
  }
  const days = Number(trimmed);
  return days >= minimumRetentionDays && days <= maximumRetentionDays
    ? { ok: true, value: `days:${String(days)}` }
    : { ok: false };
}

/** The days of a `days:N` mode, or null for `keep`, `none` and anything unreadable. */
export function retentionDays(mode: string): number | null {
  const form = retentionToForm(mode);
  return form.kind === 'days' ? Number(form.daysText) : null;
}
