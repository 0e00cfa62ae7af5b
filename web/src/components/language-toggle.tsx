import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { GlobeIcon } from './icons';

/** Switches between 한국어 and English; the button names the language it switches to, in that language. */
export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'ko' : 'en';
  return (
    <button
      type="button"
      onClick={() => changeLanguage(next)}
      title={t('language.toggleLabel')}
      aria-label={`${t('language.toggleLabel')}: ${t('language.switchTo')}`}
      className="inline-flex h-9 items-center gap-1.5 rounded-lg px-2.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <GlobeIcon className="text-base" />
      <span lang={next} className="hidden sm:inline">
        {t('language.switchTo')}
      </span>
    </button>
  );
}
