import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { classNames } from '../../components/class-names';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { BudgetList } from './budget-list';
import { DailyCostChart } from './daily-cost-chart';
import { PeriodPicker } from './period-picker';
import { PurposeChart } from './purpose-chart';
import { RankingChart } from './ranking-chart';
import { SubscriptionPanel } from './subscription-panel';
import { elapsedDays, resolvePeriod, seoulMonth, type PeriodSearch } from './usage-period';
import { myUsageReportsQuery, subscriptionStatusQuery, usageDashboardQuery } from './usage-queries';
import { UsageReportForm } from './usage-report-form';
import { UsageReportList } from './usage-report-list';
import { UsageSection } from './usage-section';
import { UsageTotals } from './usage-totals';
import { useUsageFormat } from './use-usage-format';

const usageRoute = getRouteApi('/_app/usage');

/** /usage: the signed-in person's own AI use, budgets and (for subscription holders) monthly reports. */
export function MyUsagePage() {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const search = usageRoute.useSearch();
  const navigate = usageRoute.useNavigate();
  const [now] = useState(() => new Date());
  const { preset, range } = resolvePeriod(search, now);
  const { from, to } = range;
  const axisDays = useMemo(() => elapsedDays({ from, to }, now), [from, to, now]);

  const dashboard = useQuery(usageDashboardQuery({ scope: 'self', from, to }));
  const subscription = useQuery(subscriptionStatusQuery);
  const assignment = subscription.data?.assignment ?? null;
  const reports = useQuery({ ...myUsageReportsQuery, enabled: assignment !== null });

  const changePeriod = (period: PeriodSearch) => void navigate({ search: period, replace: true });

  return (
    <PageFrame>
      <PageHeader title={t('usage.myTitle')} description={t('usage.myDescription')} />

      <div
        role="group"
        aria-label={t('usage.filtersLabel')}
        className="mb-4 grid gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-3"
      >
        <PeriodPicker preset={preset} range={range} maxMonth={seoulMonth(now)} onChange={changePeriod} />
      </div>
      <p className="mb-3 text-sm text-slate-600" aria-live="polite">
        {t('usage.periodShown', { from: format.month(from), to: format.month(to) })}
      </p>

      {dashboard.isPending && <LoadingState />}
      {dashboard.isError && <Alert tone="error">{dashboard.error.message}</Alert>}
      {dashboard.isSuccess && (
        <div
          aria-busy={dashboard.isFetching}
          className={classNames('transition-opacity', dashboard.isPlaceholderData && 'opacity-60')}
        >
          <UsageTotals totals={dashboard.data.totals} />
          <div className="grid gap-4 lg:grid-cols-2">
            <DailyCostChart daily={dashboard.data.daily} axisDays={axisDays} className="lg:col-span-2" />
            <RankingChart
              title={t('usage.modelTitle')}
              nameColumn={t('usage.columnModel')}
              slices={dashboard.data.byModel}
            />
            <PurposeChart slices={dashboard.data.byPurpose} />
          </div>

          <UsageSection title={t('usage.budgetsTitle')} description={t('usage.myBudgetsDescription')}>
            <BudgetList budgets={dashboard.data.budgets} />
          </UsageSection>
        </div>
      )}

      {subscription.isError && (
        <Alert tone="error" className="mt-6">
          {subscription.error.message}
        </Alert>
      )}
      {assignment !== null && (
        <>
          <UsageSection title={t('usage.subscriptionTitle')}>
            <SubscriptionPanel assignment={assignment} plan={subscription.data?.plan ?? null} />
          </UsageSection>
          <UsageSection title={t('usage.reportTitle')} description={t('usage.reportDescription')}>
            {reports.isPending && <LoadingState />}
            {reports.isError && <Alert tone="error">{reports.error.message}</Alert>}
            {reports.isSuccess && (
              <div className="grid gap-4 lg:grid-cols-2">
                <UsageReportForm assignment={assignment} reports={reports.data} />
                <div>
                  <h3 className="mb-2 text-sm font-semibold text-slate-700">{t('usage.reportsSubmitted')}</h3>
                  <UsageReportList reports={reports.data} />
                </div>
              </div>
            )}
          </UsageSection>
        </>
      )}
    </PageFrame>
  );
}
