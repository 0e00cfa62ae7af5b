import { describe, expect, it } from 'vitest';
import { findBankAccountNumbers } from './find-bank-account-numbers.js';

const values = (text: string) => findBankAccountNumbers(text).map(({ value }) => value);

describe('findBankAccountNumbers', () => {
  it('finds common bank formats next to a bank name, with a particle glued after', () => {
    expect(findBankAccountNumbers('국민은행 123456-01-234567로 입금')).toEqual([
      { type: 'bank_account_number', start: 5, end: 21, value: '123456-01-234567', confidence: 0.96 },
    ]);
    expect(values('신한 110-123-456789, 농협 302-1234-5678-91, 카카오뱅크 3333-01-1234567')).toEqual([
      '110-123-456789',
      '302-1234-5678-91',
      '3333-01-1234567',
    ]);
  });

  it('reports nothing without a banking word nearby', () => {
    expect(findBankAccountNumbers('관리번호 123456-01-234567')).toEqual([]);
  });

  it('accepts bare digit runs only with 계좌/통장/입금/이체 close by', () => {
    expect(values('계좌 1002123456789')).toEqual(['1002123456789']);
    expect(values('국민 1002123456789')).toEqual([]);
  });

  it('leaves phone, registration and business number shapes to their recognizers', () => {
    expect(
      findBankAccountNumbers('입금 문의 02-2100-3000, 010-1234-5678, 900101-1234568, 123-45-67891'),
    ).toEqual([]);
  });

  it('rejects groups outside 10–14 digits', () => {
    expect(findBankAccountNumbers('계좌 12-3456-78 계좌 1234-5678-9012-3456')).toEqual([]);
  });
});
