import { describe, expect, it } from 'vitest';
import type { PiiFinding } from '../pii/index.js';
import { maskText } from './mask-text.js';
import { PlaceholderVault } from './placeholder-vault.js';

function findingAt(text: string, value: string, type: PiiFinding['type'], confidence = 0.9): PiiFinding {
  const start = text.indexOf(value);
  if (start === -1) throw new Error(`${value} not in text`);
  return { type, start, end: start + value.length, value, confidence };
}

describe('maskText', () => {
  it('replaces each finding and reports spans into the original text', () => {
    const text = '담당자 hong@korea.kr, 연락처 010-1234-5678';
    const findings = [
      findingAt(text, '010-1234-5678', 'mobile_phone'),
      findingAt(text, 'hong@korea.kr', 'email'), // out of order on purpose
    ];
    const masked = maskText(text, findings, new PlaceholderVault());
    expect(masked.text).toBe('담당자 [이메일_1], 연락처 [휴대전화번호_1]');
    expect(masked.replacements).toEqual([
      { type: 'email', placeholder: '[이메일_1]', start: 4, end: 17 },
      { type: 'mobile_phone', placeholder: '[휴대전화번호_1]', start: 23, end: 36 },
    ]);
    for (const replacement of masked.replacements) {
      expect(text.slice(replacement.start, replacement.end)).not.toContain('[');
    }
  });

  it('reuses the placeholder for a repeated value within and across texts', () => {
    const vault = new PlaceholderVault();
    const first = '메일 a@korea.kr 또는 A@KOREA.KR';
    const masked = maskText(
      first,
      [findingAt(first, 'a@korea.kr', 'email'), findingAt(first, 'A@KOREA.KR', 'email')],
      vault,
    );
    expect(masked.text).toBe('메일 [이메일_1] 또는 [이메일_1]');
    const second = '다시 a@korea.kr';
    expect(maskText(second, [findingAt(second, 'a@korea.kr', 'email')], vault).text).toBe('다시 [이메일_1]');
  });

  it('masks every finding it is given, whatever the confidence', () => {
    const text = '번호 0212345678';
    expect(
      maskText(text, [findingAt(text, '0212345678', 'landline_phone', 0.1)], new PlaceholderVault()).text,
    ).toBe('번호 [전화번호_1]');
  });

  it('leaves text without findings untouched', () => {
    expect(maskText('안녕하세요 😀', [], new PlaceholderVault())).toEqual({
      text: '안녕하세요 😀',
      replacements: [],
    });
  });

  it('does not hand out a number the same text already uses literally', () => {
    const text = '[이메일_1]은 예시이고 실제는 a@korea.kr';
    expect(maskText(text, [findingAt(text, 'a@korea.kr', 'email')], new PlaceholderVault()).text).toBe(
      '[이메일_1]은 예시이고 실제는 [이메일_2]',
    );
  });

  it('refuses overlapping or out-of-range findings rather than half-masking', () => {
    const text = '900101-1234568';
    const whole = findingAt(text, '900101-1234568', 'resident_registration_number');
    const overlapping = { ...whole, type: 'card_number' as const, start: 3 };
    expect(() => maskText(text, [whole, overlapping], new PlaceholderVault())).toThrow(RangeError);
    expect(() => maskText(text, [{ ...whole, end: 99 }], new PlaceholderVault())).toThrow(RangeError);
    expect(() => maskText(text, [{ ...whole, end: whole.start }], new PlaceholderVault())).toThrow(
      RangeError,
    );
  });

  it('does not put the value in the error message', () => {
    const text = 'a@korea.kr';
    const finding = findingAt(text, 'a@korea.kr', 'email');
    expect(() => maskText(text, [finding, finding], new PlaceholderVault())).toThrow(/^(?!.*korea)/);
  });
});
