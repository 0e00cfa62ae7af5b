import { describe, expect, it } from 'vitest';
import {
  corporateCheckDigitPasses,
  findCorporateRegistrationNumbers,
} from './find-corporate-registration-numbers.js';

// 110111-1234560 fails the check; 110111-1234569 passes (sum 41 → check 9).
describe('findCorporateRegistrationNumbers', () => {
  it('computes the check digit with weights 1,2,1,2,…', () => {
    expect(corporateCheckDigitPasses('1101111234569')).toBe(true);
    expect(corporateCheckDigitPasses('1101111234560')).toBe(false);
  });

  it('finds a passing number with 법인 nearby and a particle glued after it', () => {
    expect(findCorporateRegistrationNumbers('법인등록번호 110111-1234569입니다')).toEqual([
      {
        type: 'corporate_registration_number',
        start: 7,
        end: 21,
        value: '110111-1234569',
        confidence: 0.99,
      },
    ]);
  });

  it('gives a failed check low confidence, and drops it without context', () => {
    expect(findCorporateRegistrationNumbers('법인번호 110111-1234560')[0]?.confidence).toBe(0.5);
    expect(findCorporateRegistrationNumbers('번호 110111-1234560')).toEqual([]);
  });

  it('ranks a passing number without context by whether it could be a 주민등록번호', () => {
    expect(findCorporateRegistrationNumbers('번호 110111-1234569')[0]?.confidence).toBe(0.7);
    // 1345: month 45 is no date, so only a corporate reading is left.
    const digits = '134511123456';
    let check = 0;
    for (let index = 0; index < 12; index++) check += Number(digits[index]) * (index % 2 === 0 ? 1 : 2);
    const number = `${digits.slice(0, 6)}-${digits.slice(6)}${String((10 - (check % 10)) % 10)}`;
    expect(findCorporateRegistrationNumbers(`번호 ${number}`)[0]?.confidence).toBe(0.85);
  });

  it('accepts dots, spaces and full-width digits', () => {
    expect(
      findCorporateRegistrationNumbers('법인 110111.1234569, 법인 １１０１１１－１２３４５６９'),
    ).toHaveLength(2);
  });
});
