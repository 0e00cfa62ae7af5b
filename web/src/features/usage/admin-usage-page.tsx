import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { classNames } from '../../components/class-names';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { SelectField } from '../../components/select-field';
import { departmentOptions } from '../admin-api-keys/department-options';
import { departmentListQuery } from '../admin-org/org-queries';
import { BudgetList } from './budget-list';
import { BurnDownChart } from './burn-down-chart';
import { DailyCostChart } from './daily-cost-chart';
import { PeriodPicker } from './period-picker';
import { PurposeChart } from './purpose-chart';
import { RankingChart } from './ranking-chart';
import { ReportDownloadPanel } from './report-download-panel';
import { ScopeSwitch } from './scope-switch';
import { elapsedDays, resolvePeriod, seoulMonth } from './usage-period';
import { usageDashboardQuery } from './usage-queries';
import type { AdminUsageSearch } from './usage-search';
import { UsageSection } from './usage-section';
import { UsageTotals } from './usage-totals';
import { useUsageFormat } from './use-usage-format';

const appRoute = getRouteApi('/_app');
const adminUsageRoute = getRouteApi('/_app/admin/usage');

/**
 * /admin/usage: spend over time and by department, model, purpose and person, budget burn-down and the
 * monthly reports. Platform admins see everyone or one department; department admins their own
 * (the server enforces the same).
 */
export function AdminUsagePage() {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const { session } = appRoute.useRouteContext();
  const isPlatformAdmin = session.user.role === 'platform_admin';
  const search = adminUsageRoute.useSearch();
  const navigate = adminUsageRoute.useNavigate();
  const [now] = useState(() => new Date());
  const { preset, range } = resolvePeriod(search, now);
  const { from, to } = range;
  const axisDays = useMemo(() => elapsedDays({ from, to }, now), [from, to, now]);

  const scope = isPlatformAdmin ? (search.scope ?? 'platform') : 'department';
  const departmentId = isPlatformAdmin && scope === 'department' ? search.departmentId : undefined;
  const needsDepartment = isPlatformAdmin && scope === 'department' && departmentId === undefined;
  const request = { scope, from, to, departmentId, modelId: search.modelId };

  const dashboard = useQuery({ ...usageDashboardQuery(request), enabled: !needsDepartment });
  // The model list comes from the unfiltered view, so picking one model does not hide the others.
  const unfiltered = useQuery({
    ...usageDashboardQuery({ ...request, modelId: undefined }),
    enabled: !needsDepartment && search.modelId !== undefined,
  });
  const departments = useQuery({ ...departmentListQuery, enabled: isPlatformAdmin });

  const modelIds = useMemo(() => {
    const source = search.modelId === undefined ? dashboard.data : unfiltered.data;
    const ids = new Set((source?.byModel ?? []).map((slice) => slice.key));
    if (search.modelId !== undefined) {
      ids.add(search.modelId);
    }
    return [...ids].sort();
  }, [search.modelId, dashboard.data, unfiltered.data]);

  const update = (change: AdminUsageSearch) =>
    void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true });

  const data = dashboard.data;
  const showDepartments = scope === 'platform' || (data?.byDepartment.length ?? 0) > 1;

  return (
    <AdminPageFrame>
      <PageHeader
        title={t('usage.adminTitle')}
        description={
          isPlatformAdmin
            ? t('usage.adminDescription')
            : t('usage.adminDepartmentDescription', {
                department: session.user.department?.name ?? t('app.noDepartment'),
              })
        }
      />

      <div
        role="group"
        aria-label={t('usage.filtersLabel')}
        className="mb-4 grid items-start gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-4"
      >
        <PeriodPicker
          preset={preset}
          range={range}
          maxMonth={seoulMonth(now)}
          onChange={(period) => update({ period: period.period, from: period.from, to: period.to })}
        />
        {isPlatformAdmin && (
          <ScopeSwitch
            value={scope}
            onChange={(next) =>
              update({ scope: next, departmentId: next === 'platform' ? undefined : search.departmentId })
            }
          />
        )}
        {isPlatformAdmin && scope === 'department' && (
          <SelectField
            label={t('usage.department')}
            value={departmentId ?? ''}
            onChange={(event) =>
              update({ departmentId: event.target.value === '' ? undefined : event.target.value })
            }
            disabled={departments.isPending}
            error={departments.isError ? departments.error.message : null}
          >
            <option value="">{departments.isPending ? t('app.loading') : t('usage.chooseDepartment')}</option>
            {departmentOptions(departments.data ?? []).map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField
          label={t('usage.model')}
          value={search.modelId ?? ''}
          onChange={(event) =>
            update({ modelId: event.target.value === '' ? undefined : event.target.value })
          }
        >
          <option value="">{t('usage.allModels')}</option>
          {modelIds.map((modelId) => (
            <option key={modelId} value={modelId}>
              {modelId}
            </option>
          ))}
        </SelectField>
      </div>
      <p className="mb-3 text-sm text-slate-600" aria-live="polite">
        {t('usage.periodShown', { from: format.month(from), to: format.month(to) })}
      </p>

      {needsDepartment && <Alert tone="info">{t('usage.chooseDepartmentFirst')}</Alert>}
      {!needsDepartment && dashboard.isPending && <LoadingState />}
      {dashboard.isError && <Alert tone="error">{dashboard.error.message}</Alert>}
      {data !== undefined && !needsDepartment && (
        <div
          aria-busy={dashboard.isFetching}
          className={classNames('transition-opacity', dashboard.isPlaceholderData && 'opacity-60')}
        >
          <UsageTotals totals={data.totals} showPeople />
          <div className="grid gap-4 lg:grid-cols-2">
            <DailyCostChart daily={data.daily} axisDays={axisDays} className="lg:col-span-2" />
            {showDepartments && (
              <RankingChart
                title={t('usage.departmentTitle')}
                nameColumn={t('usage.columnDepartment')}
                slices={data.byDepartment}
              />
            )}
            <RankingChart
              title={t('usage.modelTitle')}
              nameColumn={t('usage.columnModel')}
              slices={data.byModel}
            />
            <PurposeChart slices={data.byPurpose} />
            <RankingChart
              title={t('usage.topUsersTitle')}
              nameColumn={t('usage.columnUser')}
              slices={data.topUsers}
            />
          </div>

          <UsageSection
            title={t('usage.burnDownSectionTitle')}
            description={t('usage.burnDownSectionDescription')}
          >
            {data.burnDown.length === 0 ? (
              <p className="text-sm text-slate-500">{t('usage.noBudgets')}</p>
            ) : (
              <div className="grid gap-4 lg:grid-cols-2">
                {data.burnDown.map((burnDown) => (
                  <BurnDownChart key={burnDown.budgetId} burnDown={burnDown} />
                ))}
              </div>
            )}
          </UsageSection>

          <UsageSection title={t('usage.budgetsTitle')}>
            <BudgetList budgets={data.budgets} />
          </UsageSection>
        </div>
      )}

      <UsageSection
        title={t('usage.reportsDownloadTitle')}
        description={t('usage.reportsDownloadDescription')}
      >
        <ReportDownloadPanel month={to} maxMonth={seoulMonth(now)} departmentId={departmentId} />
      </UsageSection>
    </AdminPageFrame>
  );
}
