import { describe, expect, it } from 'vitest';
import {
  findRegistrationNumbers,
  foreignCheckDigitPasses,
  residentCheckDigitPasses,
} from './find-registration-numbers.js';

describe('findRegistrationNumbers', () => {
  it('finds a resident number with a passing check digit, with a particle glued after it', () => {
    const text = '주민번호는 900101-1234568입니다';
    expect(findRegistrationNumbers(text)).toEqual([
      {
        type: 'resident_registration_number',
        start: 6,
        end: 20,
        value: '900101-1234568',
        confidence: 0.99,
      },
    ]);
  });

  it('keeps a date-valid number whose check digit fails, at lower confidence (post-2020 numbers)', () => {
    const [finding] = findRegistrationNumbers('900101-1234567');
    expect(finding?.type).toBe('resident_registration_number');
    expect(finding?.confidence).toBe(0.75);
  });

  it('accepts space, dot, spaced hyphen and no separator', () => {
    for (const text of ['900101 1234568', '900101.1234568', '900101 - 1234568', '9001011234568']) {
      const findings = findRegistrationNumbers(text);
      expect(findings, text).toHaveLength(1);
      expect(findings[0]?.value).toBe(text);
    }
    expect(findRegistrationNumbers('9001011234568')[0]?.confidence).toBe(0.95);
    expect(findRegistrationNumbers('9001011234567')[0]?.confidence).toBe(0.6);
  });

  it('classifies gender digits 5–8 as foreign registration numbers', () => {
    const [finding] = findRegistrationNumbers('등록번호 900101-5234569');
    expect(finding?.type).toBe('foreign_registration_number');
    expect(finding?.confidence).toBe(0.99);
    expect(findRegistrationNumbers('050505-7123456')[0]?.type).toBe('foreign_registration_number');
  });

  it('treats the 1800s century digits 9 and 0 as low-confidence resident numbers', () => {
    const [finding] = findRegistrationNumbers('900101-9234567');
    expect(finding?.type).toBe('resident_registration_number');
    expect(finding?.confidence).toBeLessThanOrEqual(0.5);
  });

  it('validates the date against the century, including leap years', () => {
    expect(findRegistrationNumbers('000229-3234567')).toHaveLength(1); // 2000-02-29 exists
    expect(findRegistrationNumbers('000229-1234567')).toHaveLength(0); // 1900 was not a leap year
    expect(findRegistrationNumbers('010229-3234567')).toHaveLength(0);
    expect(findRegistrationNumbers('991332-1234567')).toHaveLength(0);
    expect(findRegistrationNumbers('990431-1234567')).toHaveLength(0);
    expect(findRegistrationNumbers('990000-1234567')).toHaveLength(0);
  });

  it('ignores 13-digit runs that are not registration numbers', () => {
    expect(findRegistrationNumbers('주문번호 2024123198765')).toEqual([]); // month 24
    expect(findRegistrationNumbers('1234567890123')).toEqual([]);
  });

  it('does not match inside longer numbers or codes', () => {
    expect(findRegistrationNumbers('12900101-1234568')).toEqual([]);
    expect(findRegistrationNumbers('900101-12345689')).toEqual([]);
    expect(findRegistrationNumbers('A900101-1234568')).toEqual([]);
    expect(findRegistrationNumbers('3-900101-1234568')).toEqual([]);
    expect(findRegistrationNumbers('900101-1234568-2')).toEqual([]);
  });

  it('ignores ordinary administrative text', () => {
    const text = '2025. 7. 31. 디지털정책과-1234 제3조제1항에 따라 1,234,567원을 지급한다.';
    expect(findRegistrationNumbers(text)).toEqual([]);
  });

  it('reports spans in the original text when full-width digits and hyphen are used', () => {
    const text = '번호: ９００１０１－１２３４５６８ 입니다';
    const [finding] = findRegistrationNumbers(text);
    expect(finding).toMatchObject({
      start: 4,
      end: 18,
      value: '９００１０１－１２３４５６８',
      confidence: 0.99,
    });
    expect(text.slice(finding?.start, finding?.end)).toBe('９００１０１－１２３４５６８');
  });

  it('computes the check digits', () => {
    expect(residentCheckDigitPasses('9001011234568')).toBe(true);
    expect(residentCheckDigitPasses('9001011234567')).toBe(false);
    expect(foreignCheckDigitPasses('9001015234569')).toBe(true);
    // Older foreign numbers use (13 - sum % 11) % 10.
    expect(foreignCheckDigitPasses('9001015234561')).toBe(true);
    expect(foreignCheckDigitPasses('9001015234560')).toBe(false);
  });
});
