import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PlaceholderVault } from './placeholder-vault.js';

describe('PlaceholderVault', () => {
  it('numbers each type separately in order of first appearance', () => {
    const vault = new PlaceholderVault();
    expect(vault.placeholderFor('email', 'a@korea.kr')).toBe('[이메일_1]');
    expect(vault.placeholderFor('resident_registration_number', '900101-1234568')).toBe('[주민등록번호_1]');
    expect(vault.placeholderFor('email', 'b@korea.kr')).toBe('[이메일_2]');
    expect(vault.placeholderCount).toBe(3);
    expect(vault.entries()).toEqual([
      { placeholder: '[이메일_1]', type: 'email' },
      { placeholder: '[주민등록번호_1]', type: 'resident_registration_number' },
      { placeholder: '[이메일_2]', type: 'email' },
    ]);
  });

  it('gives the same placeholder to another spelling of the same value and keeps the first spelling', () => {
    const vault = new PlaceholderVault();
    expect(vault.placeholderFor('mobile_phone', '010-1234-5678')).toBe('[휴대전화번호_1]');
    expect(vault.placeholderFor('mobile_phone', '０１０ １２３４ ５６７８')).toBe('[휴대전화번호_1]');
    expect(vault.placeholderFor('email', 'Hong@Korea.kr')).toBe('[이메일_1]');
    expect(vault.placeholderFor('email', 'hong@korea.kr')).toBe('[이메일_1]');
    expect(vault.originalFor('[휴대전화번호_1]')).toBe('010-1234-5678');
    expect(vault.originalFor('[이메일_1]')).toBe('Hong@Korea.kr');
    expect(vault.placeholderCount).toBe(2);
  });

  it('keeps equal digits of different types apart', () => {
    const vault = new PlaceholderVault();
    expect(vault.placeholderFor('card_number', '9001011234568')).toBe('[카드번호_1]');
    expect(vault.placeholderFor('resident_registration_number', '900101-1234568')).toBe('[주민등록번호_1]');
  });

  it('skips numbers reserved by placeholder-shaped text, in any accepted spelling', () => {
    const vault = new PlaceholderVault();
    vault.reservePlaceholdersIn('제 메일은 [이메일_1]이고 ［ 이메일_3 ］도 있어요');
    expect(vault.placeholderFor('email', 'a@korea.kr')).toBe('[이메일_2]');
    expect(vault.placeholderFor('email', 'b@korea.kr')).toBe('[이메일_4]');
    expect(vault.placeholderFor('mobile_phone', '010-1234-5678')).toBe('[휴대전화번호_1]');
    expect(vault.originalFor('[이메일_1]')).toBeUndefined();
  });

  it('answers undefined for placeholders it did not assign', () => {
    const vault = new PlaceholderVault();
    vault.placeholderFor('email', 'a@korea.kr');
    expect(vault.originalFor('[이메일_2]')).toBeUndefined();
    expect(vault.originalFor('[ 이메일_1 ]')).toBeUndefined(); // lookups take the written form only
  });

  it('never shows values through JSON, toString, inspect, structuredClone or enumeration', () => {
    const vault = new PlaceholderVault();
    vault.placeholderFor('email', 'secret@korea.kr');
    vault.placeholderFor('resident_registration_number', '900101-1234568');
    const shown = [
      JSON.stringify(vault),
      JSON.stringify({ vault }),
      String(vault),
      inspect(vault, { showHidden: true, depth: 10 }),
      inspect({ nested: vault }, { showHidden: true, depth: 10 }),
      JSON.stringify(structuredClone(vault)),
      JSON.stringify(Object.entries(vault)),
      JSON.stringify(vault.entries()),
    ];
    for (const text of shown) {
      expect(text).not.toContain('secret');
      expect(text).not.toContain('1234568');
    }
    expect(JSON.parse(JSON.stringify(vault))).toEqual({
      placeholderCount: 2,
      entries: [
        { placeholder: '[이메일_1]', type: 'email' },
        { placeholder: '[주민등록번호_1]', type: 'resident_registration_number' },
      ],
    });
  });

  it('hands out copies of its entries', () => {
    const vault = new PlaceholderVault();
    vault.placeholderFor('email', 'a@korea.kr');
    const [entry] = vault.entries();
    if (entry) entry.placeholder = '[이메일_9]';
    expect(vault.entries()[0]?.placeholder).toBe('[이메일_1]');
  });
});
