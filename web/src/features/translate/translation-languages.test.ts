import { describe, expect, it } from 'vitest';
import { toTranslationLanguage } from './translation-languages';

describe('toTranslationLanguage', () => {
  it('reads DeepL style and regional codes', () => {
    expect(toTranslationLanguage('EN')).toBe('en');
    expect(toTranslationLanguage('en-US')).toBe('en');
    expect(toTranslationLanguage('ZH-HANS')).toBe('zh');
    expect(toTranslationLanguage('ko')).toBe('ko');
  });

  it('returns null for a language the page does not offer', () => {
    expect(toTranslationLanguage('PT-BR')).toBeNull();
    expect(toTranslationLanguage('')).toBeNull();
  });
});
