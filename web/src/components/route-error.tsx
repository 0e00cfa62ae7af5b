import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert';
import { Button } from './button';

/** Shown when a route fails to load, e.g. the server cannot be reached for the session check. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  return (
    <div className="mx-auto max-w-lg p-8">
      <h1 className="mb-4 text-lg font-semibold text-slate-900">{t('app.errorTitle')}</h1>
      <Alert tone="error">{error instanceof Error ? error.message : String(error)}</Alert>
      <Button
        className="mt-4"
        variant="secondary"
        onClick={() => {
          reset();
          void router.invalidate();
        }}
      >
        {t('app.retry')}
      </Button>
    </div>
  );
}
