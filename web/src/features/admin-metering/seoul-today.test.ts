import { describe, expect, it } from 'vitest';
import { seoulThisMonth, seoulToday } from './seoul-today';

describe('seoulToday', () => {
  it('is already tomorrow in Seoul from 15:00 UTC', () => {
    expect(seoulToday(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11-30');
    expect(seoulToday(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12-01');
  });

  it('turns the year at Seoul midnight', () => {
    expect(seoulToday(new Date('2026-12-31T15:30:00Z'))).toBe('2027-01-01');
  });
});

describe('seoulThisMonth', () => {
  it('is the Seoul month', () => {
    expect(seoulThisMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
    expect(seoulThisMonth(new Date('2026-02-01T03:00:00Z'))).toBe('2026-02');
  });
});
