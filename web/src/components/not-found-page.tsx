import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from './button';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-xl font-semibold text-slate-900">{t('app.notFoundTitle')}</h1>
      <p className="mt-2 text-sm text-slate-600">{t('app.notFoundBody')}</p>
      <Link to="/chat" className={`${buttonClassName('primary')} mt-6`}>
        {t('app.goHome')}
      </Link>
    </div>
  );
}
