import { describe, expect, it } from 'vitest';
import { canonicalValueKey } from './canonical-value-key.js';

describe('canonicalValueKey', () => {
  it('reduces numbers to their digits whatever the separators or width', () => {
    const key = canonicalValueKey('mobile_phone', '010-1234-5678');
    expect(canonicalValueKey('mobile_phone', '010 1234 5678')).toBe(key);
    expect(canonicalValueKey('mobile_phone', '010.1234.5678')).toBe(key);
    expect(canonicalValueKey('mobile_phone', '０１０－１２３４－５６７８')).toBe(key);
    expect(key).toBe('01012345678');
    expect(canonicalValueKey('resident_registration_number', '900101 - 1234568')).toBe('9001011234568');
  });

  it('keeps letters in identifiers such as passport numbers, ignoring case and width', () => {
    expect(canonicalValueKey('passport_number', 'm1234 5678')).toBe('M12345678');
    expect(canonicalValueKey('passport_number', 'Ｍ12345678')).toBe('M12345678');
  });

  it('lower-cases email addresses and maps full-width characters', () => {
    expect(canonicalValueKey('email', 'Hong@Korea.KR')).toBe('hong@korea.kr');
    expect(canonicalValueKey('email', 'ｈｏｎｇ＠ｋｏｒｅａ．ｋｒ')).toBe('hong@korea.kr');
  });

  it('keeps the dots of an IP address, which change its meaning', () => {
    expect(canonicalValueKey('ip_address', '1.23.4.5')).not.toBe(canonicalValueKey('ip_address', '12.3.4.5'));
    expect(canonicalValueKey('ip_address', '２０３.０.１１３.７')).toBe('203.0.113.7');
  });

  it('collapses whitespace in names and addresses but keeps the words', () => {
    expect(canonicalValueKey('address', '  세종특별자치시\u3000도움6로   42 ')).toBe(
      '세종특별자치시 도움6로 42',
    );
    expect(canonicalValueKey('person_name', '홍 길동')).not.toBe(canonicalValueKey('person_name', '홍길동'));
    // Decomposed jamo (as macOS file names produce) compose under NFKC.
    expect(canonicalValueKey('person_name', '홍길동'.normalize('NFD'))).toBe('홍길동');
  });
});
