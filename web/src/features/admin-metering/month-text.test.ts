import { describe, expect, it } from 'vitest';
import { isMonthText, nextMonth, previousMonth } from './month-text';

describe('isMonthText', () => {
  it('accepts 2026-11 and nothing else', () => {
    expect(isMonthText('2026-11')).toBe(true);
    for (const text of ['2026-13', '2026-1', '2026-00', '', '2026-11-01']) {
      expect(isMonthText(text)).toBe(false);
    }
  });
});

describe('previousMonth and nextMonth', () => {
  it('cross the year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(nextMonth('2026-02')).toBe('2026-03');
  });
});
