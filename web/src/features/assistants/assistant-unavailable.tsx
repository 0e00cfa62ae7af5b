import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { buttonClassName } from '../../components/button';
import { ChevronIcon } from '../../components/icons';

export function BackToAssistantsLink() {
  const { t } = useTranslation();
  return (
    <Link to="/assistants" className={`${buttonClassName('ghost', 'small')} mb-4 -ml-2.5`}>
      <ChevronIcon className="rotate-180 text-base" />
      {t('assistants.backToGallery')}
    </Link>
  );
}

/**
 * Why an assistant cannot be shown. Not found and not shared look the same (the server does not say
 * which), so the page does not either.
 */
export function AssistantUnavailable({ error }: { error: Error }) {
  const { t } = useTranslation();
  // An address that is no assistant id at all is refused as invalid (400): it is not found either.
  if (!isApiError(error) || (error.status !== 404 && error.code !== 'validation_failed')) {
    return <Alert tone="error">{error.message}</Alert>;
  }
  return (
    <div
      data-testid="assistant-not-found"
      className="rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm"
    >
      <h1 className="text-xl font-semibold text-slate-900">{t('assistants.notFoundTitle')}</h1>
      <p className="mx-auto mt-2 max-w-lg text-sm text-slate-600">{t('assistants.notFoundBody')}</p>
      <Link to="/assistants" className={`${buttonClassName('primary')} mt-6`}>
        {t('assistants.backToGallery')}
      </Link>
    </div>
  );
}
