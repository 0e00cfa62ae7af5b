import { describe, expect, it } from 'vitest';
import { fixDraftText } from './fix-draft-text.js';
import { lintDraftText } from './lint-draft-text.js';

const fix = (text: string, rules: readonly string[]) => fixDraftText(text, { rules });
const codes = (text: string, rules: readonly string[]) =>
  lintDraftText(text, { rules }).map((finding) => finding.rule);

describe('date rules', () => {
  const dateRules = [
    'DATE_NO_SPACE',
    'DATE_ZERO_PAD',
    'DATE_NO_END_DOT',
    'DATE_HYPHEN',
    'DATE_FORMAT',
    'DATE_KOREAN',
    'DATE_WEEKDAY',
    'DATE_RANGE',
    'TILDE_SPACE',
  ];

  it('write every form of a date as 2025. 7. 31.', () => {
    expect(fix('2025년 7월 31일, 2025-07-31, 2025.07.31, 2025.7.31, 2025. 7. 31 회의', dateRules)).toBe(
      '2025. 7. 31., 2025. 7. 31., 2025. 7. 31., 2025. 7. 31., 2025. 7. 31. 회의',
    );
    expect(fix('7월 31일까지, 2025.7. 중', dateRules)).toBe('7. 31.까지, 2025. 7. 중');
  });

  it('put the weekday in brackets right after the date, and correct a wrong one', () => {
    expect(fix('2025. 7. 31. (목요일), 2025.7.31(목), 2025년 8월 1일(목)', dateRules)).toBe(
      '2025. 7. 31.(목), 2025. 7. 31.(목), 2025. 8. 1.(금)',
    );
    expect(lintDraftText('2025. 8. 1.(목)', { rules: ['DATE_WEEKDAY'] })[0]?.message).toBe(
      '2025. 8. 1.은 금요일입니다.',
    );
  });

  it('write both ends of a range with dots, month and day only at the end', () => {
    expect(fix('2025. 7. 1. ~ 7.31, 2025년 7월 1일~7월 31일', dateRules)).toBe(
      '2025. 7. 1.~7. 31., 2025. 7. 1.~7. 31.',
    );
  });

  it('leave statute history notes, impossible dates and decimals alone', () => {
    expect(codes('<개정 2012.2.14>, [시행일:2017.9.8.], 2025.13.45, 1.5~2.5배', dateRules)).toEqual([]);
  });
});

describe('time rules', () => {
  const timeRules = ['TIME_AMPM', 'TIME_KOREAN', 'TIME_COLON_SP'];

  it('write times as 24-hour HH:MM', () => {
    expect(
      fix('오전 9시, 오후 2시 30분, 오전 12시, 밤 9시, 낮 12시, 2시 반, 14시부터 16시까지, 9 :30', timeRules),
    ).toBe('09:00, 14:30, 00:00, 21:00, 12:00, 02:30, 14:00부터 16:00까지, 9:30');
  });

  it('leave durations and words that start with 시 alone', () => {
    expect(codes('2시간 동안, 3시간 30분, 1시각, 시작, 17개 시도, 24시간 운영', timeRules)).toEqual([]);
    expect(codes('14시 30분동안', timeRules)).toEqual([]);
  });
});

describe('money rules', () => {
  const moneyRules = [
    'MONEY_COMMA',
    'MONEY_CHEONWON',
    'MONEY_GEUM_SP',
    'MONEY_NO_HANGUL',
    'MONEY_HANGUL_MISMATCH',
  ];

  it('group digits and read 금 amounts in Korean', () => {
    expect(fix('예산 1500000원, 1000만원, 금 2500000원, 금10,000원(일만원)', moneyRules)).toBe(
      '예산 1,500,000원, 1,000만원, 금2,500,000원(금이백오십만원), 금10,000원(금일만원)',
    );
  });

  it('leave amounts in tables without a reading, and other brackets after an amount', () => {
    expect(codes('| 금1,000,000원 | 금1,000원(부가세 포함) |', moneyRules)).toEqual([]);
    expect(codes('금1,000원(부가세 포함)', moneyRules)).toEqual([]);
  });
});

describe('statute notation rules', () => {
  const statuteRules = ['STATUTE_BRACKETS', 'ARTICLE_NOTATION'];

  it('bracket statute names and join article parts', () => {
    expect(
      fix(
        '도로교통법 시행령 제10조의 2 제1항, 3조 1항, 「지방자치법」 제 13 조 제 1 항 제 2 호 가 목',
        statuteRules,
      ),
    ).toBe('「도로교통법 시행령」 제10조의2제1항, 제3조제1항, 「지방자치법」 제13조제1항제2호가목');
    expect(fix('따라서 민법 제750조 및 같은 법 제751조', statuteRules)).toBe(
      '따라서 「민법」 제750조 및 같은 법 제751조',
    );
  });

  it('do not bracket references to a statute named before', () => {
    expect(
      codes(
        '같은 법 제5조, 동법 제6조, 이 법 제7조, 법 제8조, 같은 법 시행령 제9조, 영 제10조',
        statuteRules,
      ),
    ).toEqual([]);
  });

  it('report a name whose start is unclear without guessing the fix', () => {
    const findings = lintDraftText('공공기관의 정보공개에 관한 법률 제9조', { rules: statuteRules });
    expect(findings).toMatchObject([{ rule: 'STATUTE_BRACKETS', fix: null }]);
    expect(lintDraftText('개인정보 보호법 제2조', { rules: statuteRules })).toMatchObject([
      { rule: 'STATUTE_BRACKETS', fix: null },
    ]);
  });

  it('leave amounts in 조 and numbered things that are not articles alone', () => {
    expect(
      codes('3조 원 규모, 제1호 안건, 제2차 회의, 제3조의 규정, 제3조의 2개 항목', statuteRules),
    ).toEqual([]);
  });
});
