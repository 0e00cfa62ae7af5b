/** Languages offered in the 번역 page, Korean first, then by how often public servants need them. */
export const translationLanguages = ['ko', 'en', 'ja', 'zh', 'vi', 'ru', 'fr', 'de', 'es', 'th'] as const;
export type TranslationLanguage = (typeof translationLanguages)[number];

/** A language code from the API ("EN", "en-US", "ko") as one of ours, when it is one. */
export function toTranslationLanguage(code: string): TranslationLanguage | null {
  const base = code.toLowerCase().split('-')[0];
  return translationLanguages.find((language) => language === base) ?? null;
}
