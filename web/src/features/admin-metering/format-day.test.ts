import { describe, expect, it } from 'vitest';
import { formatDay, formatSeoulDateTime } from './format-day';

describe('formatDay', () => {
  it('writes the day the Korean way without shifting it', () => {
    expect(formatDay('2026-11-30', 'ko')).toBe('2026. 11. 30.');
    expect(formatDay('2027-01-01', 'en')).toBe('Jan 1, 2027');
  });

  it('leaves text that is not a day as it is', () => {
    expect(formatDay('someday', 'ko')).toBe('someday');
  });
});

describe('formatSeoulDateTime', () => {
  it('shows the Seoul day and time', () => {
    expect(formatSeoulDateTime('2026-11-30T15:30:00Z', 'ko')).toContain('2026. 12. 1.');
    expect(formatSeoulDateTime('2026-11-30T15:30:00Z', 'en')).toContain('12:30');
  });
});
