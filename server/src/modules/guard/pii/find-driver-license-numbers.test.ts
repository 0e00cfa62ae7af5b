import { describe, expect, it } from 'vitest';
import { findDriverLicenseNumbers } from './find-driver-license-numbers.js';

const values = (text: string) => findDriverLicenseNumbers(text).map(({ value }) => value);

describe('findDriverLicenseNumbers', () => {
  it('finds the numeric form with a particle glued after it', () => {
    expect(findDriverLicenseNumbers('면허번호 11-23-456789-01입니다')).toEqual([
      { type: 'driver_license_number', start: 5, end: 20, value: '11-23-456789-01', confidence: 0.95 },
    ]);
  });

  it('accepts spaces and dots instead of hyphens, and full-width digits', () => {
    expect(values('13 05 123456 78, 28.99.000001.10, １１－２３－４５６７８９－０１')).toEqual([
      '13 05 123456 78',
      '28.99.000001.10',
      '１１－２３－４５６７８９－０１',
    ]);
  });

  it('finds the region-name form', () => {
    expect(values('운전면허 서울 12-345678-90, 경기12-345678-90, 제주 01-000001-99')).toEqual([
      '서울 12-345678-90',
      '경기12-345678-90',
      '제주 01-000001-99',
    ]);
  });

  it('rejects region codes outside 11–28 and mixed separators', () => {
    expect(values('10-23-456789-01 29-23-456789-01 11-23.456789-01 부평 12-345678-90')).toEqual([]);
  });

  it('reports bare 12-digit runs only with 면허 nearby', () => {
    expect(findDriverLicenseNumbers('주문번호 112345678901')[0]?.confidence).toBeLessThan(0.6);
    expect(findDriverLicenseNumbers('면허번호 112345678901')[0]?.confidence).toBe(0.85);
  });
});
