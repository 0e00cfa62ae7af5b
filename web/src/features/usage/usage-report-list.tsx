import type { UsageReport } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { sharesSummary } from './percentage-shares';
import { localizePurposes, sliceShares } from './usage-slices';
import { useUsageFormat } from './use-usage-format';

/** The holder's submitted reports, newest month first. */
export function UsageReportList({ reports }: { reports: readonly UsageReport[] }) {
  const { t, i18n } = useTranslation();
  const format = useUsageFormat();
  if (reports.length === 0) {
    return <p className="text-sm text-slate-500">{t('usage.reportsEmpty')}</p>;
  }
  const submittedAt = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  });
  const sorted = [...reports].sort((first, second) => second.month.localeCompare(first.month));
  return (
    <ul className="space-y-3">
      {sorted.map((report) => {
        const shares = sliceShares(
          localizePurposes(report.topPurposes, (category) => t(`usage.purposes.${category}`)),
          'calls',
        );
        return (
          <li key={report.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <h3 className="font-semibold text-slate-900">{format.month(report.month)}</h3>
              <span className="text-xs text-slate-500">
                {t('usage.reportSubmittedAt', { at: submittedAt.format(new Date(report.submittedAt)) })}
              </span>
            </div>
            <p className="mt-1 text-sm text-slate-600 tabular-nums">
              {t('usage.reportPreviewTotals', {
                calls: format.count(report.calls),
                cost: format.won(report.costWon),
              })}
              {shares.length > 0 && ` · ${t('usage.reportTopPurposes', { shares: sharesSummary(shares) })}`}
            </p>
            <p className="mt-2 text-sm whitespace-pre-wrap text-slate-800">{report.caseDescription}</p>
          </li>
        );
      })}
    </ul>
  );
}
