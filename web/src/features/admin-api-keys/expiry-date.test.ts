import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localIsoWithOffset, parseExpiryDate } from './expiry-date';

const today = new Date(2025, 5, 15, 10, 30);

describe('parseExpiryDate', () => {
  it('treats blank as no expiry', () => {
    expect(parseExpiryDate('', today)).toEqual({ ok: true, value: null });
  });

  it('ends the chosen local day at 23:59:59 with the local offset', () => {
    const result = parseExpiryDate('2025-12-31', today);
    if (!result.ok || result.value === null) {
      throw new Error('expected a date');
    }
    expect(result.value).toMatch(/^2025-12-31T23:59:59[+-]\d{2}:\d{2}$/);
    expect(new Date(result.value).getTime()).toBe(new Date(2025, 11, 31, 23, 59, 59).getTime());
  });

  it('accepts today and refuses the past and impossible dates', () => {
    expect(parseExpiryDate('2025-06-15', today).ok).toBe(true);
    expect(parseExpiryDate('2025-06-14', today)).toEqual({ ok: false });
    expect(parseExpiryDate('2026-02-30', today)).toEqual({ ok: false });
    expect(parseExpiryDate('31.12.2025', today)).toEqual({ ok: false });
  });
});

describe('in Korea Standard Time', () => {
  let previousZone: string | undefined;
  beforeEach(() => {
    previousZone = process.env.TZ;
    process.env.TZ = 'Asia/Seoul';
  });
  afterEach(() => {
    if (previousZone === undefined) {
      delete process.env.TZ;
    } else {
      process.env.TZ = previousZone;
    }
  });

  it('writes +09:00', () => {
    expect(parseExpiryDate('2025-12-31', today)).toEqual({ ok: true, value: '2025-12-31T23:59:59+09:00' });
    expect(new Date('2025-12-31T23:59:59+09:00').toISOString()).toBe('2025-12-31T14:59:59.000Z');
  });
});

describe('localIsoWithOffset', () => {
  it('writes a negative offset with a minus sign', () => {
    const previousZone = process.env.TZ;
    process.env.TZ = 'America/St_Johns'; // -03:30 in winter
    try {
      expect(localIsoWithOffset(new Date(2025, 0, 2, 3, 4, 5))).toBe('2025-01-02T03:04:05-03:30');
    } finally {
      process.env.TZ = previousZone;
      if (previousZone === undefined) {
        delete process.env.TZ;
      }
    }
  });
});
