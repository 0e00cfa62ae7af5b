import { describe, expect, it } from 'vitest';
import { formatDay, formatFullDay, formatMonth, formatShortDay } from './format-day';

describe('day formats', () => {
  it('writes Korean dates the way the dashboards say them', () => {
    expect(formatDay('2026-11-24', 'ko')).toBe('11월 24일');
    expect(formatMonth('2026-11', 'ko')).toBe('2026년 11월');
    expect(formatFullDay('2026-11-24', 'ko')).toBe('2026. 11. 24.');
    expect(formatShortDay('2026-01-05')).toBe('1/5');
  });

  it('has English forms', () => {
    expect(formatDay('2026-11-24', 'en')).toBe('November 24');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
  });
});
