import { describe, expect, it } from 'vitest';
import { retentionDays, retentionFromForm, retentionToForm } from './retention-form';

describe('retentionToForm', () => {
  it('reads keep, none and days:N', () => {
    expect(retentionToForm('keep')).toEqual({ kind: 'keep', daysText: '30' });
    expect(retentionToForm('none')).toEqual({ kind: 'none', daysText: '30' });
    expect(retentionToForm('days:90')).toEqual({ kind: 'days', daysText: '90' });
    expect(retentionToForm('days:9999')).toEqual({ kind: 'days', daysText: '9999' });
  });

  it('shows anything unreadable as keep', () => {
    expect(retentionToForm('days:0')).toEqual({ kind: 'keep', daysText: '30' });
    expect(retentionToForm('days:10000')).toEqual({ kind: 'keep', daysText: '30' });
    expect(retentionToForm('forever')).toEqual({ kind: 'keep', daysText: '30' });
    expect(retentionToForm('')).toEqual({ kind: 'keep', daysText: '30' });
  });
});

describe('retentionFromForm', () => {
  it('writes keep and none whatever the days say', () => {
    expect(retentionFromForm({ kind: 'keep', daysText: 'abc' })).toEqual({ ok: true, value: 'keep' });
    expect(retentionFromForm({ kind: 'none', daysText: '' })).toEqual({ ok: true, value: 'none' });
  });

  it('writes days:N for 1 to 9999, trimming spaces, leading zeros and thousands separators', () => {
    expect(retentionFromForm({ kind: 'days', daysText: '1' })).toEqual({ ok: true, value: 'days:1' });
    expect(retentionFromForm({ kind: 'days', daysText: ' 365 ' })).toEqual({ ok: true, value: 'days:365' });
    expect(retentionFromForm({ kind: 'days', daysText: '007' })).toEqual({ ok: true, value: 'days:7' });
    expect(retentionFromForm({ kind: 'days', daysText: '9,999' })).toEqual({ ok: true, value: 'days:9999' });
  });

  it('refuses days out of range or not whole', () => {
    for (const daysText of ['', '0', '10000', '-1', '1.5', '30일', '1e3']) {
      expect(retentionFromForm({ kind: 'days', daysText })).toEqual({ ok: false });
    }
  });

  it('round-trips what it reads', () => {
    for (const mode of ['keep', 'none', 'days:1', 'days:30', 'days:9999']) {
      expect(retentionFromForm(retentionToForm(mode))).toEqual({ ok: true, value: mode });
    }
  });
});

describe('retentionDays', () => {
  it('gives the days of days:N only', () => {
    expect(retentionDays('days:14')).toBe(14);
    expect(retentionDays('keep')).toBeNull();
    expect(retentionDays('none')).toBeNull();
  });
});
