import type { GuardNotice } from '@jumugwan/contracts';
import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { formatGuardNotice, guardNoticeLines } from './guard-notice-text';

let i18n: I18n;

beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({
    resources: { ko: { translation: ko }, en: { translation: en } },
    lng: 'ko',
    fallbackLng: 'ko',
    interpolation: { escapeValue: false },
  });
});

const masked: GuardNotice = {
  kind: 'masked',
  piiTypes: [
    { type: 'resident_registration_number', label: '주민등록번호', count: 1 },
    { type: 'mobile_phone', label: '휴대전화번호', count: 1 },
  ],
};

describe('formatGuardNotice', () => {
  it('says how much personal information was masked, and where it went', () => {
    expect(formatGuardNotice(masked, i18n.t, 'external')).toBe(
      '개인정보 2건(주민등록번호 1, 휴대전화번호 1)을 자리표시자로 가려 외부 모델에 보냈고, 답변에서 되돌렸습니다.',
    );
    expect(formatGuardNotice(masked, i18n.t, 'internal')).toContain('내부 모델에 보냈고');
    expect(formatGuardNotice(masked, i18n.t, null)).toBe(
      '개인정보 2건(주민등록번호 1, 휴대전화번호 1)을 자리표시자로 가려 모델에 보냈고, 답변에서 되돌렸습니다.',
    );
  });

  it('adds up several values of one type', () => {
    const several: GuardNotice = {
      kind: 'masked',
      piiTypes: [{ type: 'email', label: '이메일 주소', count: 3 }],
    };
    expect(formatGuardNotice(several, i18n.t, 'external')).toMatch(/^개인정보 3건\(이메일 주소 3\)을/);
  });

  it('names the 금칙어 list of a warning, in the question or the answer', () => {
    expect(formatGuardNotice({ kind: 'warned', listName: '비속어', where: 'input' }, i18n.t, null)).toBe(
      "금칙어 목록 '비속어'에 있는 표현이 질문에 있습니다(경고).",
    );
    expect(formatGuardNotice({ kind: 'warned', listName: '비속어', where: 'output' }, i18n.t, null)).toBe(
      "금칙어 목록 '비속어'에 있는 표현이 답변에 있습니다(경고).",
    );
  });

  it('says the answer was cut', () => {
    expect(formatGuardNotice({ kind: 'output-blocked', listName: '내부 용어' }, i18n.t, null)).toBe(
      '답변에 금칙어가 나와 답변을 중단했습니다.',
    );
  });

  it('speaks English too', () => {
    const english = i18n.getFixedT('en');
    expect(formatGuardNotice(masked, english, 'external')).toBe(
      'Personal information (주민등록번호 1, 휴대전화번호 1) was replaced with placeholders before it went to the external model, and restored in the answer.',
    );
    expect(formatGuardNotice({ kind: 'output-blocked', listName: 'x' }, english, null)).toBe(
      'The answer was stopped because it contained a banned word.',
    );
  });
});

describe('guardNoticeLines', () => {
  it('keeps the order, marks a cut answer as a warning and shows a repeated notice once', () => {
    const warned: GuardNotice = { kind: 'warned', listName: '비속어', where: 'output' };
    const lines = guardNoticeLines(
      [masked, warned, warned, { kind: 'output-blocked', listName: '비속어' }],
      i18n.t,
      'external',
    );
    expect(lines.map((line) => [line.kind, line.tone])).toEqual([
      ['masked', 'info'],
      ['warned', 'info'],
      ['output-blocked', 'warning'],
    ]);
    expect(new Set(lines.map((line) => line.key)).size).toBe(3);
  });

  it('has nothing to show without notices', () => {
    expect(guardNoticeLines([], i18n.t, null)).toEqual([]);
  });
});
