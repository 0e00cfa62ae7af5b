import { describe, expect, it } from 'vitest';
import {
  businessCheckDigitPasses,
  findBusinessRegistrationNumbers,
} from './find-business-registration-numbers.js';

describe('findBusinessRegistrationNumbers', () => {
  it('finds a number with a valid check digit and a particle glued after it', () => {
    const text = '사업자등록번호 123-45-67891입니다';
    expect(findBusinessRegistrationNumbers(text)).toEqual([
      { type: 'business_registration_number', start: 8, end: 20, value: '123-45-67891', confidence: 0.95 },
    ]);
  });

  it('accepts spaces and dots, and unseparated runs at low confidence', () => {
    expect(findBusinessRegistrationNumbers('123 45 67891')[0]?.value).toBe('123 45 67891');
    expect(findBusinessRegistrationNumbers('123.45.67891')[0]?.value).toBe('123.45.67891');
    expect(findBusinessRegistrationNumbers('1234567891')[0]?.confidence).toBe(0.6);
  });

  it('drops numbers whose check digit fails', () => {
    expect(findBusinessRegistrationNumbers('123-45-67890')).toEqual([]);
    expect(findBusinessRegistrationNumbers('1234567890')).toEqual([]);
  });

  it('requires one consistent separator and a whole number', () => {
    expect(findBusinessRegistrationNumbers('123-45 67891')).toEqual([]);
    expect(findBusinessRegistrationNumbers('9123-45-67891')).toEqual([]);
    expect(findBusinessRegistrationNumbers('123-45-678912')).toEqual([]);
  });

  it('ignores dates, amounts, document numbers and statute articles', () => {
    const text = '2025. 7. 31. 1,234,567원 디지털정책과-1234 제3조제1항 1588-1234';
    expect(findBusinessRegistrationNumbers(text)).toEqual([]);
  });

  it('reports original spans for full-width digits', () => {
    const text = '번호 １２３－４５－６７８９１';
    expect(findBusinessRegistrationNumbers(text)[0]).toMatchObject({
      start: 3,
      end: 15,
      value: '１２３－４５－６７８９１',
    });
  });

  it('implements the National Tax Service check digit', () => {
    expect(businessCheckDigitPasses('1234567891')).toBe(true);
    expect(businessCheckDigitPasses('2208162517')).toBe(true);
    expect(businessCheckDigitPasses('2208162518')).toBe(false);
    expect(businessCheckDigitPasses('123456789')).toBe(false);
  });
});
