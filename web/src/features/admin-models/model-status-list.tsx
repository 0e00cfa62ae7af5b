import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { ModelStatusCard } from './model-status-card';
import { modelStatusListQuery } from './model-status-queries';

const refreshMilliseconds = 5000;

/** 모델 목록과 상태: every model's settings and live deployment health, refreshed while the page is visible. */
export function ModelStatusList() {
  const { t, i18n } = useTranslation();
  // TanStack Query pauses the interval while the tab is hidden (refetchIntervalInBackground is off).
  const status = useQuery({ ...modelStatusListQuery, refetchInterval: refreshMilliseconds });
  const now = new Date(status.dataUpdatedAt);
  const summaries = (status.data ?? []).map((model) => ({ id: model.id, capability: model.capability }));

  return (
    <section aria-labelledby="model-status-heading" className="mt-12">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="model-status-heading" className="text-lg font-semibold text-slate-900">
            {t('modelStatus.title')}
          </h2>
          <p className="mt-0.5 max-w-3xl text-sm text-slate-600">{t('modelStatus.description')}</p>
        </div>
        {status.data !== undefined && (
          <p className="text-xs text-slate-500">
            {t('modelStatus.autoRefresh')} ·{' '}
            {t('modelStatus.updatedAt', {
              time: new Intl.DateTimeFormat(i18n.language, { timeStyle: 'medium' }).format(now),
            })}
          </p>
        )}
      </div>

      {status.isPending && <LoadingState />}
      {status.error !== null && (
        // A failed refresh keeps the last good list on screen under the message.
        <Alert tone="error" className="mb-4">
          {status.error.message}
        </Alert>
      )}
      {status.data?.length === 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center text-sm text-slate-600">
          {t('modelStatus.empty')}
        </div>
      )}
      {status.data !== undefined && status.data.length > 0 && (
        <ul className="space-y-4">
          {status.data.map((model) => (
            <ModelStatusCard key={model.id} model={model} models={summaries} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}
