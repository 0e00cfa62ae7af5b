import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysBetween,
  monthsBetween,
  periodOf,
  seoulDay,
  seoulMidnight,
} from './seoul-calendar.js';

describe('seoul calendar', () => {
  it('puts instants on their Seoul day', () => {
    expect(seoulDay(new Date('2026-11-30T14:59:59Z'))).toBe('2026-11-30');
    expect(seoulDay(new Date('2026-11-30T15:00:00Z'))).toBe('2026-12-01');
    expect(seoulMidnight('2026-12-01').toISOString()).toBe('2026-11-30T15:00:00.000Z');
  });

  it('finds fiscal months, quarters and years', () => {
    expect(periodOf('month', '2026-02-14')).toEqual({
      start: '2026-02-01',
      end: '2026-02-28',
      renewsOn: '2026-03-01',
    });
    expect(periodOf('quarter', '2026-11-30')).toEqual({
      start: '2026-10-01',
      end: '2026-12-31',
      renewsOn: '2027-01-01',
    });
    expect(periodOf('quarter', '2026-01-01').start).toBe('2026-01-01');
    expect(periodOf('year', '2026-06-30')).toEqual({
      start: '2026-01-01',
      end: '2026-12-31',
      renewsOn: '2027-01-01',
    });
  });

  it('counts months and days', () => {
    expect(addMonths('2026-11-01', 3)).toBe('2027-02-01');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
    expect(daysBetween('2026-11-01', '2026-12-01')).toBe(30);
    expect(monthsBetween('2026-11', '2027-01')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01']);
  });
});
