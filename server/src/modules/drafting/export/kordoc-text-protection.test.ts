import { describe, expect, it } from 'vitest';
import { KordocTextProtection, paragraphToken, paragraphTokens } from './kordoc-text-protection.js';

const unchanged = (character: string): string => character;

describe('kordoc text protection', () => {
  it('numbers paragraphs with tokens that come back in order, past the first 2048', () => {
    const text = [0, 1, 2047, 2048, 400_000].map((index) => `<hp:t>${paragraphToken(index)}</hp:t>`).join('');
    expect([...paragraphTokens(text)].map((token) => token.index)).toEqual([0, 1, 2047, 2048, 400_000]);
    expect([...paragraphTokens(text)][1]).toMatchObject({
      position: text.indexOf(paragraphToken(1)),
      length: 3,
    });
  });

  it('hides exactly what kordoc would change and gives it back escaped', () => {
    const protection = new KordocTextProtection();
    const original =
      '**굵게** _기울임_ [링크](x) <u>u</u> a|b \\ `c` ~~d~~  두 칸 . 「법」(12345) (코드 11) MCP 끝,';
    const hidden = protection.text(original);
    expect(hidden).not.toMatch(/[*_[\]<|\\`~]|MCP| {2}| \.|\(12345|\(코드|,$/);
    expect(hidden).toContain('「법」');
    expect(protection.restore(hidden, unchanged)).toBe(original);
    expect(
      protection.restore(protection.text('<a & b>'), (character) => (character === '<' ? '&lt;' : character)),
    ).toBe('&lt;a & b>');
  });

  it('keeps a title from losing its leading number or marker', () => {
    const protection = new KordocTextProtection();
    for (const title of ['1. 개요', '2) 현황', 'Ⅲ. 계획', '□ 추진 배경', '- 부제', '2026년 계획']) {
      expect(protection.title(title)).not.toMatch(/^\s*(?:[□○ㅇㆍ-]\s|(?:\d+(?:\.\d+)*|[Ⅰ-Ⅻ]+)\s*[.)])/u);
      expect(protection.restore(protection.title(title), unchanged)).toBe(title);
    }
  });

  it('never takes private-use characters the writer used for tokens or placeholders', () => {
    const protection = new KordocTextProtection();
    const original = `기호\uE000\uE801\uF0A7 ${paragraphToken(3)}`;
    const hidden = protection.text(original);
    expect([...paragraphTokens(hidden)]).toEqual([]);
    expect(protection.restore(hidden, unchanged)).toBe(original);
    expect(new KordocTextProtection().restore('\uE801', unchanged)).toBe('\uE801');
  });
});
