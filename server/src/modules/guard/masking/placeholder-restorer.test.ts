import { describe, expect, it } from 'vitest';
import { PlaceholderRestorer } from './placeholder-restorer.js';
import { PlaceholderVault } from './placeholder-vault.js';

function vaultWith(values: [Parameters<PlaceholderVault['placeholderFor']>[0], string][]): PlaceholderVault {
  const vault = new PlaceholderVault();
  for (const [type, value] of values) vault.placeholderFor(type, value);
  return vault;
}

const vault = vaultWith([
  ['mobile_phone', '010-1234-5678'],
  ['email', 'hong@korea.kr'],
  ['resident_registration_number', '900101-1234568'],
]);

describe('PlaceholderRestorer', () => {
  it('restores a placeholder split across deltas, holding back only the possible prefix', () => {
    const restorer = new PlaceholderRestorer(vault);
    expect(restorer.push('연락처는 [휴대')).toBe('연락처는 ');
    expect(restorer.push('전화번호_')).toBe('');
    expect(restorer.push('1] 입니다')).toBe('010-1234-5678 입니다');
    expect(restorer.finish()).toBe('');
  });

  it('releases a bracket at once when no placeholder can follow', () => {
    const restorer = new PlaceholderRestorer(vault);
    expect(restorer.push('배열 [x')).toBe('배열 [x');
    expect(restorer.push('[0] [가')).toBe('[0] [가');
    expect(restorer.push('[이메일_2')).toBe('[이메일_2'); // only [이메일_1] is known
    expect(restorer.push('[이메일_1')).toBe('');
    expect(restorer.push('0')).toBe('[이메일_10');
    expect(restorer.push('[   ')).toBe('[   '); // a third space is more than a model adds
    expect(restorer.finish()).toBe('');
  });

  it('keeps holding while a longer known number is still possible', () => {
    const many = new PlaceholderVault();
    for (let index = 1; index <= 12; index++) many.placeholderFor('email', `user${index}@korea.kr`);
    const restorer = new PlaceholderRestorer(many);
    expect(restorer.push('[이메일_1')).toBe('');
    expect(restorer.push('2')).toBe('');
    expect(restorer.push(']')).toBe('user12@korea.kr');
    expect(restorer.push('[이메일_1')).toBe('');
    expect(restorer.push(']')).toBe('user1@korea.kr');
  });

  it('restores the spellings models produce: full-width brackets and spaces inside', () => {
    const restorer = new PlaceholderRestorer(vault);
    const answer = '［이메일_1］, [ 이메일_1 ], ［\u3000주민등록번호_1\u3000], [  휴대전화번호_1  ］';
    expect(restorer.push(answer) + restorer.finish()).toBe(
      'hong@korea.kr, hong@korea.kr, 900101-1234568, 010-1234-5678',
    );
  });

  it('leaves unknown and malformed placeholders as written', () => {
    const answer = '[이메일_9] [카드번호_1] [이메일_01] [   이메일_1] [이메일 _1] [이메일_1 x]';
    const restorer = new PlaceholderRestorer(vault);
    expect(restorer.push(answer) + restorer.finish()).toBe(answer);
  });

  it('flushes a prefix that never completed when the answer ends', () => {
    const restorer = new PlaceholderRestorer(vault);
    expect(restorer.push('끝 [ 이메일_')).toBe('끝 ');
    expect(restorer.finish()).toBe('[ 이메일_');
  });

  it('holds nothing back when the vault is empty', () => {
    const restorer = new PlaceholderRestorer(new PlaceholderVault());
    expect(restorer.push('[')).toBe('[');
    expect(restorer.push('[이메일_1]')).toBe('[이메일_1]');
  });

  it('never returns half of a surrogate pair', () => {
    const restorer = new PlaceholderRestorer(vault);
    const emoji = '😀';
    expect(restorer.push(`좋아요 ${emoji.charAt(0)}`)).toBe('좋아요 ');
    expect(restorer.push(emoji.charAt(1))).toBe(emoji);
    expect(restorer.push(emoji.charAt(0))).toBe('');
    expect(restorer.finish()).toBe(emoji.charAt(0)); // the answer really ended there
  });

  it('inserts values verbatim and does not rescan them', () => {
    const tricky = vaultWith([['person_name', '$& [이름_1] $1']]);
    const restorer = new PlaceholderRestorer(tricky);
    expect(restorer.push('이름: [이름_') + restorer.push('1]') + restorer.finish()).toBe(
      '이름: $& [이름_1] $1',
    );
  });

  it('uses the placeholders the vault had when it was created', () => {
    const growing = vaultWith([['email', 'a@korea.kr']]);
    const restorer = new PlaceholderRestorer(growing);
    growing.placeholderFor('email', 'b@korea.kr');
    expect(restorer.push('[이메일_2]') + restorer.finish()).toBe('[이메일_2]');
  });
});
