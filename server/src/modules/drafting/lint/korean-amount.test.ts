import { describe, expect, it } from 'vitest';
import { groupThousands, koreanAmount } from './korean-amount.js';

describe('koreanAmount', () => {
  it('reads every digit, 일 included, as public documents write amounts', () => {
    expect(koreanAmount('1,000,000')).toBe('일백만');
    expect(koreanAmount('113,560')).toBe('일십일만삼천오백육십');
    expect(koreanAmount('10000')).toBe('일만');
    expect(koreanAmount('100010001')).toBe('일억일만일');
    expect(koreanAmount('3,050,000,000')).toBe('삼십억오천만');
    expect(koreanAmount('1000000000000')).toBe('일조');
    expect(koreanAmount('7')).toBe('칠');
    expect(koreanAmount('0')).toBe('영');
  });

  it('refuses what is not an amount or too large to read', () => {
    expect(koreanAmount('1.5')).toBeNull();
    expect(koreanAmount('')).toBeNull();
    expect(koreanAmount('1'.padEnd(21, '0'))).toBeNull();
  });
});

describe('groupThousands', () => {
  it('puts a comma every three digits', () => {
    expect(groupThousands('1000000')).toBe('1,000,000');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('0012345')).toBe('12,345');
  });
});
