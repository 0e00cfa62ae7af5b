import { describe, expect, it } from 'vitest';
import { formatAmountText, parseAmountText } from './amount-text';

const won = { minimum: 0, maximum: 1_000_000_000_000, fractionDigits: 4 };
const whole = { minimum: 1, maximum: 1_000_000, fractionDigits: 0 };

describe('parseAmountText', () => {
  it('treats blank as not set', () => {
    expect(parseAmountText('', won)).toEqual({ ok: true, value: null });
    expect(parseAmountText('  ', won)).toEqual({ ok: true, value: null });
  });

  it('reads thousands separators, spaces, 원 and full-width digits', () => {
    expect(parseAmountText('3,500', won)).toEqual({ ok: true, value: 3500 });
    expect(parseAmountText(' 1 000 000 원', won)).toEqual({ ok: true, value: 1_000_000 });
    expect(parseAmountText('３，５００', won)).toEqual({ ok: true, value: 3500 });
    expect(parseAmountText('0.0125', won)).toEqual({ ok: true, value: 0.0125 });
  });

  it('refuses signs, words, too many decimals and values out of range', () => {
    for (const text of ['-1', '+1', '1e3', 'abc', '1.2.3', '.5', '1.00001']) {
      expect(parseAmountText(text, won)).toEqual({ ok: false });
    }
    expect(parseAmountText('1.5', whole)).toEqual({ ok: false });
    expect(parseAmountText('0', whole)).toEqual({ ok: false });
    expect(parseAmountText('1,000,001', whole)).toEqual({ ok: false });
  });
});

describe('formatAmountText', () => {
  it('groups thousands with commas and keeps fractions', () => {
    expect(formatAmountText(1_000_000)).toBe('1,000,000');
    expect(formatAmountText(3500.5)).toBe('3,500.5');
    expect(formatAmountText(0)).toBe('0');
  });

  it('reads back what it writes', () => {
    expect(parseAmountText(formatAmountText(1_234_567.25), won)).toEqual({ ok: true, value: 1_234_567.25 });
  });
});
