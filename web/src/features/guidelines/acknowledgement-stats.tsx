import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { ProgressBar } from '../../components/progress-bar';
import { formatDateTime } from '../drafting/format-date-time';
import { acknowledgementStatsQuery } from './guideline-queries';

/** How many active staff acknowledged the current version, and every version published so far. */
export function AcknowledgementStats() {
  const { t, i18n } = useTranslation();
  const stats = useQuery(acknowledgementStatsQuery);
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <section
      aria-labelledby="guidelines-stats-heading"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="guidelines-stats-heading" className="text-base font-semibold text-slate-900">
        {t('guidelines.admin.statsHeading')}
      </h2>
      {stats.isPending && <LoadingState />}
      {stats.isError && (
        <Alert tone="error" className="mt-3">
          {stats.error.message}
        </Alert>
      )}
      {stats.isSuccess && (
        <>
          <p className="mt-3 text-sm text-slate-700" data-testid="guidelines-stats">
            {t('guidelines.admin.stats', {
              version: stats.data.version,
              acknowledged: number.format(stats.data.acknowledged),
              active: number.format(stats.data.activeUsers),
            })}
          </p>
          <ProgressBar
            className="mt-2 max-w-md"
            label={t('guidelines.admin.statsLabel', { version: stats.data.version })}
            percent={
              stats.data.activeUsers === 0 ? 0 : (stats.data.acknowledged / stats.data.activeUsers) * 100
            }
            status={t('guidelines.admin.statsPercent', {
              percent:
                stats.data.activeUsers === 0
                  ? 0
                  : Math.round((stats.data.acknowledged / stats.data.activeUsers) * 100),
            })}
          />
          <h3 className="mt-5 mb-2 text-sm font-semibold text-slate-700">{t('guidelines.admin.versions')}</h3>
          <ul className="divide-y divide-slate-100 text-sm">
            {[...stats.data.versions]
              .sort((left, right) => right.version - left.version)
              .map((entry) => (
                <li key={entry.version} className="flex flex-wrap gap-x-3 py-1.5 text-slate-700">
                  <span className="font-semibold tabular-nums">
                    {t('guidelines.admin.versionNumber', { version: entry.version })}
                  </span>
                  <span>{formatDateTime(entry.publishedAt, i18n.language)}</span>
                  <span className="text-slate-500">
                    {entry.publishedByName ?? t('guidelines.admin.builtIn')}
                  </span>
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}
