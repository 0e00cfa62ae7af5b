export type AmountTextResult = { ok: true; value: number | null } | { ok: false };

export interface AmountRules {
  minimum: number;
  maximum: number;
  /** Digits allowed after the decimal point; 0 for whole numbers (token budgets, 원 amounts). */
  fractionDigits: number;
}

const numberPattern = /^(\d+)(?:\.(\d+))?$/;

/**
 * Reads an amount typed in a form. Blank is "not set" (null). Thousands separators (3,500), spaces and
 * a trailing 원 are accepted because people type them by habit; full-width digits from a Korean IME too.
 */
export function parseAmountText(text: string, rules: AmountRules): AmountTextResult {
  const cleaned = text.normalize('NFKC').replace(/원$/u, '').replaceAll(/[\s,]/gu, '');
  if (cleaned === '') {
    return { ok: true, value: null };
  }
  const match = numberPattern.exec(cleaned);
  if (match === null || (match[2] ?? '').length > rules.fractionDigits) {
    return { ok: false };
  }
  const value = Number(cleaned);
  return Number.isFinite(value) && value >= rules.minimum && value <= rules.maximum
    ? { ok: true, value }
    : { ok: false };
}

/** An amount as the form shows it for editing: `1,000,000`, `3,500.5`. */
export function formatAmountText(value: number): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 4, useGrouping: true }).format(value);
}
