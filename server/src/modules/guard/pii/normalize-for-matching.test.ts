import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from './normalize-for-matching.js';

describe('normalizeForMatching', () => {
  it('maps full-width characters, dashes and ideographic space one-for-one', () => {
    const text = '９００１０１－１２３４５６７　ｈｏｎｇ＠ｋｏｒｅａ．ｋｒ 010–1234—5678 02−123‐4567';
    const normalized = normalizeForMatching(text);
    expect(normalized).toBe('900101-1234567 hong@korea.kr 010-1234-5678 02-123-4567');
    expect(normalized).toHaveLength(text.length);
  });

  it('returns plain text unchanged', () => {
    const text = '주민번호 900101-1234567입니다';
    expect(normalizeForMatching(text)).toBe(text);
  });
});
