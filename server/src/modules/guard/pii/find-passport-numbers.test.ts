import { describe, expect, it } from 'vitest';
import { findPassportNumbers } from './find-passport-numbers.js';

describe('findPassportNumbers', () => {
  it('finds the old format with a particle glued after it', () => {
    expect(findPassportNumbers('여권번호 M12345678입니다')).toEqual([
      { type: 'passport_number', start: 5, end: 14, value: 'M12345678', confidence: 0.9 },
    ]);
  });

  it('finds the format issued since 2021', () => {
    expect(findPassportNumbers('여권(M123A4567) 재발급')[0]).toMatchObject({
      value: 'M123A4567',
      confidence: 0.95,
    });
  });

  it('accepts every type letter and English context', () => {
    const text = 'Passport No. S12345678, R12345678, O12345678, D12345678, G12345678';
    expect(findPassportNumbers(text).map(({ value }) => value[0])).toEqual(['S', 'R', 'O', 'D', 'G']);
  });

  it('keeps codes without a passport word below the reporting threshold', () => {
    const [finding] = findPassportNumbers('제품 코드 M12345678, 양식 S123A4567');
    expect(finding?.confidence).toBeLessThan(0.6);
    for (const other of findPassportNumbers('제품 코드 M12345678, 양식 S123A4567')) {
      expect(other.confidence).toBeLessThan(0.6);
    }
  });

  it('rejects other letters, wrong lengths and codes inside longer tokens', () => {
    expect(findPassportNumbers('여권 A12345678 M1234567 M123456789 XM12345678 M12345678X')).toEqual([]);
  });

  it('reports original spans for full-width characters', () => {
    const text = '여권 Ｍ１２３４５６７８';
    expect(findPassportNumbers(text)[0]).toMatchObject({ start: 3, end: 12, value: 'Ｍ１２３４５６７８' });
  });
});
