import { describe, expect, it } from 'vitest';
import { findPersonalInformation } from './find-personal-information.js';

describe('findPersonalInformation', () => {
  it('finds every type in a mixed document, sorted by start and non-overlapping', () => {
    const text = [
      '민원인 홍길동(900101-1234568)은 010-1234-5678로 연락 바랍니다.',
      '사무실 02-2100-3000, 사업자 123-45-67891, 카드 4111 1111 1111 1111,',
      '메일 hong@korea.kr, 접속 IP 203.0.113.7, 외국인 900101-5234569.',
    ].join('\n');
    const findings = findPersonalInformation(text);
    expect(findings.map(({ type, value }) => [type, value])).toEqual([
      ['person_name', '홍길동'],
      ['resident_registration_number', '900101-1234568'],
      ['mobile_phone', '010-1234-5678'],
      ['landline_phone', '02-2100-3000'],
      ['business_registration_number', '123-45-67891'],
      ['card_number', '4111 1111 1111 1111'],
      ['email', 'hong@korea.kr'],
      ['ip_address', '203.0.113.7'],
      ['foreign_registration_number', '900101-5234569'],
    ]);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.value);
    for (let index = 1; index < findings.length; index++) {
      expect(findings[index]?.start).toBeGreaterThanOrEqual(findings[index - 1]?.end ?? 0);
    }
  });

  it('finds the context-dependent types in a filled-in form', () => {
    const text = [
      '성명: 김민수, 여권번호 M123A4567, 운전면허 11-23-456789-01',
      '법인등록번호 110111-1234569, 국민은행 123456-01-234567, 건강보험증번호 1-2345678901',
      '주소: 서울특별시 강서구 공항대로 247, 101동 202호, 접속 IP 2001:db8::7',
    ].join('\n');
    expect(findPersonalInformation(text).map(({ type, value }) => [type, value])).toEqual([
      ['person_name', '김민수'],
      ['passport_number', 'M123A4567'],
      ['driver_license_number', '11-23-456789-01'],
      ['corporate_registration_number', '110111-1234569'],
      ['bank_account_number', '123456-01-234567'],
      ['health_insurance_number', '1-2345678901'],
      ['address', '공항대로 247, 101동 202호'],
      ['ip_address', '2001:db8::7'],
    ]);
  });

  it('prefers the registration number over a weak card match on the same 13 digits', () => {
    // Passes both the resident check digit and Luhn.
    expect(findPersonalInformation('8501281000041').map(({ type }) => type)).toEqual([
      'resident_registration_number',
    ]);
  });

  it('reports spans into the original text when full-width digits are used', () => {
    const text = '주민번호 ９００１０１－１２３４５６７입니다';
    const [finding, ...rest] = findPersonalInformation(text);
    expect(rest).toEqual([]);
    expect(finding).toEqual({
      type: 'resident_registration_number',
      start: 5,
      end: 19,
      value: '９００１０１－１２３４５６７',
      confidence: 0.75,
    });
  });

  it('finds nothing in ordinary administrative text', () => {
    const text =
      '2025. 7. 31. 디지털정책과-1234(2025.07.31.) 제3조제1항에 따라 1,234,567원을 지급하며 문의는 1588-1234 또는 1600-1234로 하십시오. 991332-1234567 1234567890123';
    expect(findPersonalInformation(text)).toEqual([]);
  });

  it('handles empty text', () => {
    expect(findPersonalInformation('')).toEqual([]);
  });

  it('scans 1 MB of mixed Korean text', () => {
    const paragraph =
      '행정안전부 디지털정책과-1234 문서에 따라 2025. 7. 31.까지 제출하십시오. 담당 010-1234-5678, hong@korea.kr, 금액 1,234,567원, 제3조제1항, 1588-1234, v1.2.3.4. ';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const findings = findPersonalInformation(text);
    const paragraphs = Math.ceil(1_000_000 / paragraph.length);
    expect(findings).toHaveLength(paragraphs * 2);
  });
});
