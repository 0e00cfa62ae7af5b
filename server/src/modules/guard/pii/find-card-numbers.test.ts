import { describe, expect, it } from 'vitest';
import { findCardNumbers, luhnPasses } from './find-card-numbers.js';

describe('findCardNumbers', () => {
  it('finds grouped card numbers with a particle glued after them', () => {
    const text = '카드번호 4111-1111-1111-1111로 결제';
    expect(findCardNumbers(text)).toEqual([
      { type: 'card_number', start: 5, end: 24, value: '4111-1111-1111-1111', confidence: 0.95 },
    ]);
  });

  it('accepts spaces, dots, Amex 4-6-5 grouping and contiguous digits', () => {
    expect(findCardNumbers('5555 5555 5555 4444')[0]?.value).toBe('5555 5555 5555 4444');
    expect(findCardNumbers('5555.5555.5555.4444')[0]?.value).toBe('5555.5555.5555.4444');
    expect(findCardNumbers('3782 822463 10005')[0]?.value).toBe('3782 822463 10005');
    expect(findCardNumbers('4111111111111111')[0]?.confidence).toBe(0.8);
  });

  it('drops numbers that fail Luhn or have the wrong length', () => {
    expect(findCardNumbers('4111-1111-1111-1112')).toEqual([]);
    expect(findCardNumbers('4111 1111 1111')).toEqual([]); // 12 digits
    expect(findCardNumbers('41111111111111111111')).toEqual([]); // 20 digits
  });

  it('requires one consistent separator and a whole number', () => {
    expect(findCardNumbers('4111-1111 1111-1111')).toEqual([]);
    expect(findCardNumbers('4111-1111-1111-1111-1111-1111')).toEqual([]);
  });

  it('ignores amounts, dates and document numbers', () => {
    const text = '1,234,567,890,123원 2025. 7. 31. 디지털정책과-1234 제3조제1항 1588-1234';
    expect(findCardNumbers(text)).toEqual([]);
  });

  it('reports original spans for full-width digits', () => {
    const text = '카드 ４１１１－１１１１－１１１１－１１１１';
    expect(findCardNumbers(text)[0]).toMatchObject({
      start: 3,
      end: 22,
      value: '４１１１－１１１１－１１１１－１１１１',
    });
  });

  it('implements Luhn', () => {
    expect(luhnPasses('79927398713')).toBe(true);
    expect(luhnPasses('79927398710')).toBe(false);
  });
});
