import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ko } from './ko';

export const supportedLanguages = ['ko', 'en'] as const;
export type SupportedLanguage = (typeof supportedLanguages)[number];

const languageStorageKey = 'jumugwan.language';

function isSupportedLanguage(value: string | null): value is SupportedLanguage {
  return supportedLanguages.some((language) => language === value);
}

function readStoredLanguage(): SupportedLanguage {
  try {
    const stored = localStorage.getItem(languageStorageKey);
    return isSupportedLanguage(stored) ? stored : 'ko';
  } catch {
    // Storage can be blocked by browser policy; Korean is the right default for every user.
    return 'ko';
  }
}

export function changeLanguage(language: SupportedLanguage): void {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembering the choice is acceptable.
  }
  void i18next.changeLanguage(language);
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources: { ko: { translation: ko }, en: { translation: en } },
  lng: readStoredLanguage(),
  fallbackLng: 'ko',
  // React already escapes text content.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next as i18n };
