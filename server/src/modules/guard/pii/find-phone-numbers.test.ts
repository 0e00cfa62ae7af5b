import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from './find-phone-numbers.js';

const values = (text: string) => findPhoneNumbers(text).map(({ type, value }) => ({ type, value }));

describe('findPhoneNumbers', () => {
  it('finds mobile numbers with a particle glued after them', () => {
    const text = '연락처는 010-1234-5678로 주세요';
    expect(findPhoneNumbers(text)).toEqual([
      { type: 'mobile_phone', start: 5, end: 18, value: '010-1234-5678', confidence: 0.95 },
    ]);
  });

  it('accepts hyphens, spaces, dots, spaced hyphens and no separator', () => {
    for (const text of [
      '010-1234-5678',
      '010 1234 5678',
      '010.1234.5678',
      '010 - 1234 - 5678',
      '01012345678',
    ]) {
      expect(values(text), text).toEqual([{ type: 'mobile_phone', value: text }]);
    }
  });

  it('finds older mobile prefixes with 3- or 4-digit middle groups', () => {
    expect(values('011-123-4567, 016-1234-5678, 019 987 6543')).toEqual([
      { type: 'mobile_phone', value: '011-123-4567' },
      { type: 'mobile_phone', value: '016-1234-5678' },
      { type: 'mobile_phone', value: '019 987 6543' },
    ]);
  });

  it('gives a 010 number with a 3-digit middle group lower confidence', () => {
    expect(findPhoneNumbers('010-123-4567')[0]?.confidence).toBe(0.7);
  });

  it('finds landline, 070 and 050X numbers', () => {
    expect(values('전화 02-2100-3000, 031.123.4567, 064 710 1234, 070-1234-5678, 0505-123-4567에게')).toEqual(
      [
        { type: 'landline_phone', value: '02-2100-3000' },
        { type: 'landline_phone', value: '031.123.4567' },
        { type: 'landline_phone', value: '064 710 1234' },
        { type: 'landline_phone', value: '070-1234-5678' },
        { type: 'landline_phone', value: '0505-123-4567' },
      ],
    );
  });

  it('does not report 8-digit representative business numbers', () => {
    const text =
      '대표번호 1588-1234, 1577 1234, 1544.1234, 1566-1234, 16001234, 1644-1234, 1661-1234, 1670-1234, 1688-1234, 1800-1234, 1899-1234';
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('requires the same separator throughout and whole numbers only', () => {
    expect(findPhoneNumbers('010-1234.5678')).toEqual([]);
    expect(findPhoneNumbers('010-1234-56789')).toEqual([]);
    expect(findPhoneNumbers('1010-1234-5678')).toEqual([]);
    expect(findPhoneNumbers('010-1234-5678-9')).toEqual([]);
    expect(findPhoneNumbers('A01012345678')).toEqual([]);
  });

  it('ignores dates, amounts, document numbers and statute articles', () => {
    const text = '2025. 7. 31. 2025-07-31 1,234,567원 디지털정책과-1234 제3조제1항 0.5%';
    expect(findPhoneNumbers(text)).toEqual([]);
  });

  it('reports original spans for full-width digits and hyphens', () => {
    const text = '휴대폰：０１０－１２３４－５６７８입니다';
    expect(findPhoneNumbers(text)).toEqual([
      { type: 'mobile_phone', start: 4, end: 17, value: '０１０－１２３４－５６７８', confidence: 0.95 },
    ]);
  });

  it('finds landlines whose area code is closed with a parenthesis', () => {
    expect(values('☎ 02)2100-3000, (031) 123-4567')).toEqual([
      { type: 'landline_phone', value: '02)2100-3000' },
      { type: 'landline_phone', value: '031) 123-4567' },
    ]);
  });
});
