import { describe, expect, it } from 'vitest';
import { findPersonalInformation, type PiiFinding, type PiiType } from '../pii/index.js';
import { maskConversation } from './mask-conversation.js';
import { restorePlaceholders } from './restore-placeholders.js';
import { SeededRandom } from './seeded-random.js';

/**
 * A finder that reports exactly the listed spellings, so these tests do not move when the real
 * recognizers (developed alongside) learn new types; one test at the end uses the real ones.
 */
function findListed(listed: Record<string, PiiType>, confidence = 0.9): (text: string) => PiiFinding[] {
  return (text) => {
    const findings: PiiFinding[] = [];
    for (const [value, type] of Object.entries(listed)) {
      for (let start = text.indexOf(value); start !== -1; start = text.indexOf(value, start + value.length)) {
        findings.push({ type, start, end: start + value.length, value, confidence });
      }
    }
    findings.sort((left, right) => left.start - right.start);
    return findings.filter(
      (finding, index) => index === 0 || finding.start >= (findings[index - 1]?.end ?? 0),
    );
  };
}

describe('maskConversation', () => {
  const conversation = [
    '민원인 홍길동(900101-1234568), 연락처 010-1234-5678, 메일 hong@korea.kr 입니다.',
    '담당 주무관 kim@mois.go.kr 에게 전달해 주세요. 민원인 번호는 ０１０ １２３４ ５６７８ 입니다.',
    'HONG@KOREA.KR 로도 회신 바랍니다. 사무실 02-2100-3000.',
  ];
  const find = findListed({
    '900101-1234568': 'resident_registration_number',
    '010-1234-5678': 'mobile_phone',
    '０１０ １２３４ ５６７８': 'mobile_phone',
    'hong@korea.kr': 'email',
    'HONG@KOREA.KR': 'email',
    'kim@mois.go.kr': 'email',
    '02-2100-3000': 'landline_phone',
  });

  it('masks every text with one vault, so a value keeps its placeholder across messages', () => {
    const masked = maskConversation(conversation, find);
    expect(masked.texts).toEqual([
      '민원인 홍길동([주민등록번호_1]), 연락처 [휴대전화번호_1], 메일 [이메일_1] 입니다.',
      '담당 주무관 [이메일_2] 에게 전달해 주세요. 민원인 번호는 [휴대전화번호_1] 입니다.',
      '[이메일_1] 로도 회신 바랍니다. 사무실 [전화번호_1].',
    ]);
    expect(masked.replacements.map((list) => list.length)).toEqual([3, 2, 2]);
    const second = conversation[1] ?? '';
    const phoneStart = second.indexOf('０１０');
    expect(masked.replacements[1]).toEqual([
      { type: 'email', placeholder: '[이메일_2]', start: 7, end: 21 },
      { type: 'mobile_phone', placeholder: '[휴대전화번호_1]', start: phoneStart, end: phoneStart + 13 },
    ]);
    expect(second.slice(7, 21)).toBe('kim@mois.go.kr');
    expect(masked.vault.placeholderCount).toBe(5);
  });

  it('is deterministic: a fresh vault over the same texts gives the same result', () => {
    const first = maskConversation(conversation, find);
    const second = maskConversation(conversation, find);
    expect(second.texts).toEqual(first.texts);
    expect(second.replacements).toEqual(first.replacements);
    expect(second.vault.entries()).toEqual(first.vault.entries());
  });

  it('restores each text to its original, with a repeated value coming back in its first spelling', () => {
    const masked = maskConversation(conversation, find);
    const restored = masked.texts.map((text) => restorePlaceholders(text, masked.vault));
    expect(restored[0]).toBe(conversation[0]);
    expect(restored[1]).toBe(conversation[1]?.replace('０１０ １２３４ ５６７８', '010-1234-5678'));
    expect(restored[2]).toBe(conversation[2]?.replace('HONG@KOREA.KR', 'hong@korea.kr'));
  });

  it('leaves findings below the confidence threshold alone', () => {
    const unsure = findListed({ '0212345678': 'landline_phone' }, 0.4);
    expect(maskConversation(['참조 0212345678'], unsure).texts).toEqual(['참조 0212345678']);
    expect(maskConversation(['참조 0212345678'], unsure, 0.4).texts).toEqual(['참조 [전화번호_1]']);
  });

  it('calls the finder once per text, in order', () => {
    const seen: string[] = [];
    maskConversation(['가', '나', '다'], (text) => {
      seen.push(text);
      return [];
    });
    expect(seen).toEqual(['가', '나', '다']);
  });

  it('skips numbers the user typed literally anywhere in the conversation, so they are never restored', () => {
    const texts = [
      '제 메일은 hong@korea.kr 입니다.',
      '아까 말씀하신 [이메일_1] 표기는 무슨 뜻인가요? ［ 이메일_2 ］도 보였어요.',
      '그리고 kim@mois.go.kr 도 있습니다.',
    ];
    const masked = maskConversation(texts, find);
    expect(masked.texts).toEqual([
      '제 메일은 [이메일_3] 입니다.',
      '아까 말씀하신 [이메일_1] 표기는 무슨 뜻인가요? ［ 이메일_2 ］도 보였어요.',
      '그리고 [이메일_4] 도 있습니다.',
    ]);
    const answer = '[이메일_1]과 ［ 이메일_2 ］는 예시 표기이고, 실제 주소는 [이메일_3], [이메일_4] 입니다.';
    expect(restorePlaceholders(answer, masked.vault)).toBe(
      '[이메일_1]과 ［ 이메일_2 ］는 예시 표기이고, 실제 주소는 hong@korea.kr, kim@mois.go.kr 입니다.',
    );
    expect(masked.texts.map((text) => restorePlaceholders(text, masked.vault))).toEqual(texts);
  });

  it('round-trips random conversations: restoring every masked text gives back the original', () => {
    // Each value is always spelled the same way, so restoration must be exact.
    const listed: Record<string, PiiType> = {
      '900101-1234568': 'resident_registration_number',
      '010-1234-5678': 'mobile_phone',
      'hong@korea.kr': 'email',
      '02-2100-3000': 'landline_phone',
      '123-45-67891': 'business_registration_number',
      '4111 1111 1111 1111': 'card_number',
      '203.0.113.7': 'ip_address',
      홍길동: 'person_name',
      '세종특별자치시 도움6로 42': 'address',
      'kim@mois.go.kr': 'email',
      '😀user@korea.kr': 'email',
    };
    const values = Object.keys(listed);
    const fillers = [
      '민원 ',
      '회신 바랍니다.',
      '😀',
      '[이메일_1]',
      '［휴대전화번호_2］',
      '[ 주민등록번호_1 ]',
      '[이름_',
      '[ ',
      ']',
      '\n',
      '번호: ',
    ];
    const random = new SeededRandom(20240611);
    const misses: string[] = [];
    for (let iteration = 0; iteration < 2000; iteration++) {
      const texts = Array.from({ length: random.integer(1, 4) }, () =>
        Array.from({ length: random.integer(0, 12) }, () =>
          random.chance(0.4) ? random.pick(values) : random.pick(fillers),
        ).join(''),
      );
      const masked = maskConversation(texts, findListed(listed));
      for (const [index, text] of masked.texts.entries()) {
        const leaked = values.some((value) => text.includes(value));
        if (leaked || restorePlaceholders(text, masked.vault) !== texts[index]) {
          misses.push(JSON.stringify({ texts, masked: masked.texts }));
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('works with the real recognizers', () => {
    const masked = maskConversation(conversation, findPersonalInformation);
    for (const value of [
      '900101-1234568',
      '010-1234-5678',
      'hong@korea.kr',
      'kim@mois.go.kr',
      'HONG@KOREA.KR',
    ]) {
      expect(masked.texts.join('\n')).not.toContain(value);
    }
    expect(masked.texts[1]).toContain('[휴대전화번호_1]'); // the full-width spelling got the same placeholder
    const restored = masked.texts.map((text) => restorePlaceholders(text, masked.vault));
    expect(restored[0]).toBe(conversation[0]);
  });
});
