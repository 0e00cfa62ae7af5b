import { describe, expect, it } from 'vitest';
import { findHealthInsuranceNumbers } from './find-health-insurance-numbers.js';

describe('findHealthInsuranceNumbers', () => {
  it('finds the hyphenated and contiguous forms with context, particles glued after', () => {
    expect(findHealthInsuranceNumbers('건강보험증번호 1-2345678901입니다')).toEqual([
      { type: 'health_insurance_number', start: 8, end: 20, value: '1-2345678901', confidence: 0.9 },
    ]);
    expect(findHealthInsuranceNumbers('보험증 번호 12345678901')[0]?.value).toBe('12345678901');
  });

  it('accepts spaces, dots and full-width digits', () => {
    expect(
      findHealthInsuranceNumbers('건강보험 1 2345678901, 건보 1.2345678901, 보험증 １－２３４５６７８９０１'),
    ).toHaveLength(3);
  });

  it('reports nothing without 건강보험 or 보험증 nearby', () => {
    expect(findHealthInsuranceNumbers('접수번호 1-2345678901')).toEqual([]);
  });

  it('rejects other lengths', () => {
    expect(findHealthInsuranceNumbers('건강보험 1-234567890 123456789012')).toEqual([]);
  });
});
