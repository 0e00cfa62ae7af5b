import { describe, expect, it } from 'vitest';
import { formatWon } from './format-won';

describe('formatWon', () => {
  it('writes won with thousands separators', () => {
    expect(formatWon(12_345, 'ko')).toBe('12,345원');
    expect(formatWon(0, 'ko')).toBe('0원');
    expect(formatWon(1_234_567_890, 'ko')).toBe('1,234,567,890원');
    expect(formatWon(12_345, 'en')).toBe('₩12,345');
  });

  it('rounds a stray fraction', () => {
    expect(formatWon(999.6, 'ko')).toBe('1,000원');
  });
});
