import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  elapsedDays,
  lastDayOfMonth,
  presetRange,
  resolvePeriod,
  seoulDay,
  seoulMonth,
} from './usage-period';

describe('seoulMonth', () => {
  it('counts in Korean time whatever the browser zone', () => {
    // 15:30 UTC on 31 October is already 1 November in Seoul.
    expect(seoulMonth(new Date('2026-10-31T15:30:00Z'))).toBe('2026-11');
    expect(seoulMonth(new Date('2026-10-31T14:59:59Z'))).toBe('2026-10');
    expect(seoulDay(new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
  });
});

describe('addMonths', () => {
  it('crosses year boundaries both ways', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -14)).toBe('2025-01');
    expect(addMonths('2026-05', 0)).toBe('2026-05');
  });
});

describe('presetRange', () => {
  const now = new Date('2026-11-15T03:00:00Z');

  it('covers the month, last month, the quarter so far and the year so far', () => {
    expect(presetRange('this_month', now)).toEqual({ from: '2026-11', to: '2026-11' });
    expect(presetRange('last_month', now)).toEqual({ from: '2026-10', to: '2026-10' });
    expect(presetRange('this_quarter', now)).toEqual({ from: '2026-10', to: '2026-11' });
    expect(presetRange('this_year', now)).toEqual({ from: '2026-01', to: '2026-11' });
  });

  it('goes back to December for last month in January, in Seoul time', () => {
    // Still 31 December in UTC, already January in Seoul.
    const newYear = new Date('2026-12-31T16:00:00Z');
    expect(presetRange('last_month', newYear)).toEqual({ from: '2026-12', to: '2026-12' });
    expect(presetRange('this_quarter', newYear)).toEqual({ from: '2027-01', to: '2027-01' });
  });
});

describe('resolvePeriod', () => {
  const now = new Date('2026-11-15T03:00:00Z');

  it('defaults to this month', () => {
    expect(resolvePeriod({}, now)).toEqual({
      preset: 'this_month',
      range: { from: '2026-11', to: '2026-11' },
    });
  });

  it('keeps presets relative and ranges as given, in order', () => {
    expect(resolvePeriod({ period: 'this_year', from: '2020-01', to: '2020-02' }, now).range).toEqual({
      from: '2026-01',
      to: '2026-11',
    });
    expect(resolvePeriod({ from: '2026-09', to: '2026-07' }, now)).toEqual({
      preset: 'custom',
      range: { from: '2026-07', to: '2026-09' },
    });
    expect(resolvePeriod({ period: 'custom', from: '2026-03' }, now).preset).toBe('this_month');
  });
});

describe('days', () => {
  it('knows month lengths and leap years', () => {
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-12')).toBe('2026-12-31');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('lists the days so far of a range', () => {
    expect(daysBetween('2026-11-29', '2026-12-01')).toEqual(['2026-11-29', '2026-11-30', '2026-12-01']);
    expect(daysBetween('2026-11-02', '2026-11-01')).toEqual([]);
    const now = new Date('2026-11-02T16:00:00Z'); // 3 November in Seoul
    expect(elapsedDays({ from: '2026-10', to: '2026-11' }, now)).toHaveLength(31 + 3);
    expect(elapsedDays({ from: '2026-09', to: '2026-09' }, now)).toHaveLength(30);
  });
});
