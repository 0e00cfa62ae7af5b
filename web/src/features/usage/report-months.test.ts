import { describe, expect, it } from 'vitest';
import { defaultReportMonth, reportMonths } from './report-months';

describe('reportMonths', () => {
  const now = new Date('2026-11-15T03:00:00Z');

  it('runs from the first month to this month, newest first', () => {
    expect(reportMonths('2026-09-01', '2027-02-28', now)).toEqual(['2026-11', '2026-10', '2026-09']);
  });

  it('stops at the last covered month', () => {
    expect(reportMonths('2026-06-01', '2026-08-31', now)).toEqual(['2026-08', '2026-07', '2026-06']);
  });
});

describe('defaultReportMonth', () => {
  const months = ['2026-11', '2026-10', '2026-09'];

  it('offers last month until it is reported, then this month', () => {
    expect(defaultReportMonth(months, new Set())).toBe('2026-10');
    expect(defaultReportMonth(months, new Set(['2026-10']))).toBe('2026-11');
    expect(defaultReportMonth(months, new Set(['2026-10', '2026-11']))).toBe('2026-11');
    expect(defaultReportMonth(['2026-11'], new Set())).toBe('2026-11');
    expect(defaultReportMonth([], new Set())).toBeUndefined();
  });
});
