import { describe, expect, it } from 'vitest';
import { findEmailAddresses } from './find-email-addresses.js';

describe('findEmailAddresses', () => {
  it('finds addresses with Korean particles glued after them', () => {
    const text = '담당자 hong.gildong@korea.kr로 회신';
    expect(findEmailAddresses(text)).toEqual([
      { type: 'email', start: 4, end: 25, value: 'hong.gildong@korea.kr', confidence: 0.95 },
    ]);
  });

  it('handles plus tags, subdomains and a sentence-ending dot', () => {
    expect(findEmailAddresses('메일: kim+ai@mail.mois.go.kr.').map(({ value }) => value)).toEqual([
      'kim+ai@mail.mois.go.kr',
    ]);
  });

  it('ignores handles, local hosts and one-letter top-level labels', () => {
    expect(findEmailAddresses('@username user@localhost a@b.c 디지털정책과-1234')).toEqual([]);
  });

  it('reports original spans for full-width characters', () => {
    const text = '메일 ｈｏｎｇ＠ｋｏｒｅａ．ｋｒ 입니다';
    expect(findEmailAddresses(text)[0]).toMatchObject({
      start: 3,
      end: 16,
      value: 'ｈｏｎｇ＠ｋｏｒｅａ．ｋｒ',
    });
  });

  it('stays fast on a long run without an @', () => {
    const text = 'a.'.repeat(200_000);
    expect(findEmailAddresses(text)).toEqual([]);
  });
});
