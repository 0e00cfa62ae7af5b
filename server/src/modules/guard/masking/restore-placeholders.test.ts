import { describe, expect, it } from 'vitest';
import { PlaceholderVault } from './placeholder-vault.js';
import { restorePlaceholders } from './restore-placeholders.js';

describe('restorePlaceholders', () => {
  const vault = new PlaceholderVault();
  vault.placeholderFor('email', 'hong@korea.kr');
  vault.placeholderFor('resident_registration_number', '900101-1234568');

  it('restores known placeholders in every accepted spelling and leaves the rest as written', () => {
    expect(
      restorePlaceholders('메일 [이메일_1], ［ 이메일_1 ］, [이메일_2], 주민 [주민등록번호_1]', vault),
    ).toBe('메일 hong@korea.kr, hong@korea.kr, [이메일_2], 주민 900101-1234568');
  });

  it('inserts values verbatim, without replacement-pattern expansion or rescanning', () => {
    const tricky = new PlaceholderVault();
    tricky.placeholderFor('person_name', "$& $' [이름_1]");
    expect(restorePlaceholders('이름: [이름_1].', tricky)).toBe("이름: $& $' [이름_1].");
  });

  it('returns text without placeholders unchanged', () => {
    expect(restorePlaceholders('[배열] 안녕하세요 😀 [', vault)).toBe('[배열] 안녕하세요 😀 [');
  });
});
