import { describe, expect, it } from 'vitest';
import { localDateString } from './local-date-string';

describe('localDateString', () => {
  it('pads month and day and uses the local calendar day', () => {
    expect(localDateString(new Date(2025, 0, 5))).toBe('2025-01-05');
    expect(localDateString(new Date(2025, 11, 31, 23, 59, 59))).toBe('2025-12-31');
  });
});
