import {
  purposeCategorySchema,
  purposeLabels,
  type BudgetStatus,
  type BurnDown,
  type UsageDashboard,
  type UsageFilter,
  type UsageReport,
  type UsageReportInput,
  type UsageSlice,
} from '@jumugwan/contracts';
import { errors } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { DirectoryRepository } from './directory-repository.js';
import type { MeteringAdminService } from './metering-admin-service.js';
import type { MeteringPolicy } from './metering-policy.js';
import { wonFromMicro } from './model-price.js';
import { addDays, addMonths, daysBetween, monthStart, periodOf, seoulDay } from './seoul-calendar.js';
import type { SumRow, UsageQueryRepository, UsageScope } from './usage-query-repository.js';
import type { UsageReportListing, UsageReportRepository } from './usage-report-repository.js';

export type DashboardScope = UsageDashboard['scope'];

export interface DashboardViewer {
  id: string;
  role: 'staff' | 'department_admin' | 'platform_admin';
  departmentId: string | null;
}

function purposeLabel(key: string | null): string {
  const parsed = purposeCategorySchema.safeParse(key);
  return parsed.success ? purposeLabels[parsed.data] : '기타';
}

function slice(row: SumRow, label: string): UsageSlice {
  return {
    key: row.key ?? '',
    label,
    calls: row.calls,
    tokens: row.promptTokens + row.completionTokens,
    costWon: wonFromMicro(row.costMicroWon),
  };
}

const byCostDescending = (left: UsageSlice, right: UsageSlice) =>
  right.costWon - left.costWon || right.calls - left.calls;

/** Dashboards and reports: every figure comes from the rollups and is rounded to the won the same way. */
export class UsageDashboardService {
  constructor(
    private readonly queries: UsageQueryRepository,
    private readonly reports: UsageReportRepository,
    private readonly directory: DirectoryRepository,
    private readonly policy: MeteringPolicy,
    private readonly admin: MeteringAdminService,
    private readonly clock: Clock,
  ) {}

  /** Who may see what: staff their own use, department admins their department, platform admins all. */
  resolveDepartments(
    viewer: DashboardViewer,
    scope: DashboardScope,
    departmentId: string | undefined,
  ): string[] | null {
    if (scope === 'self') return null;
    if (scope === 'platform') {
      if (viewer.role !== 'platform_admin') throw errors.forbidden();
      return departmentId === undefined ? null : this.policy.departmentSubtree(departmentId);
    }
    if (viewer.role === 'platform_admin') {
      const chosen = departmentId ?? viewer.departmentId;
      if (chosen === null) throw errors.validation({ departmentId: '부서를 고르세요.' });
      return this.policy.departmentSubtree(chosen);
    }
    if (viewer.role === 'department_admin' && viewer.departmentId !== null)
      return this.policy.departmentSubtree(viewer.departmentId);
    throw errors.forbidden();
  }

  private usageScope(viewer: DashboardViewer, scope: DashboardScope, filter: UsageFilter): UsageScope {
    if (filter.to < filter.from) throw errors.validation({ to: '끝 달이 시작 달보다 앞섭니다.' });
    return {
      from: monthStart(filter.from),
      until: addMonths(monthStart(filter.to), 1),
      departmentIds: this.resolveDepartments(viewer, scope, filter.departmentId),
      modelId: filter.modelId ?? null,
      userId: scope === 'self' ? viewer.id : null,
    };
  }

  async dashboard(
    viewer: DashboardViewer,
    scope: DashboardScope,
    filter: UsageFilter,
  ): Promise<UsageDashboard> {
    const usage = this.usageScope(viewer, scope, filter);
    const others = scope !== 'self';
    const [breakdown, subjects] = await Promise.all([
      this.queries.breakdown(
        usage,
        others ? ['day', 'model_id', 'purpose', 'department_id'] : ['day', 'model_id', 'purpose'],
      ),
      others ? this.queries.topSubjects(usage, 10) : Promise.resolve({ top: [], activeUsers: 0 }),
    ]);
    const { top, activeUsers } = subjects;
    const total = breakdown.total;
    const daily = breakdown.by.get('day') ?? [];
    const byModel = breakdown.by.get('model_id') ?? [];
    const byPurpose = breakdown.by.get('purpose') ?? [];
    const byDepartment = breakdown.by.get('department_id') ?? [];
    const userNames = await this.directory.userNames(
      top.flatMap((row) => (row.userId === null ? [] : [row.userId])),
    );
    const keyNames = await this.directory.apiKeyNames(
      top.flatMap((row) => (row.apiKeyId === null ? [] : [row.apiKeyId])),
    );
    const budgets = await this.budgetsFor(viewer, scope, usage.departmentIds);
    return {
      filter,
      scope,
      totals: {
        calls: total?.calls ?? 0,
        promptTokens: total?.promptTokens ?? 0,
        completionTokens: total?.completionTokens ?? 0,
        costWon: wonFromMicro(total?.costMicroWon ?? 0),
        errors: total?.errors ?? 0,
        activeUsers: scope === 'self' ? ((total?.calls ?? 0) > 0 ? 1 : 0) : activeUsers,
      },
      daily: daily.map((row) => ({
        day: row.key ?? '',
        calls: row.calls,
        tokens: row.promptTokens + row.completionTokens,
        costWon: wonFromMicro(row.costMicroWon),
      })),
      byDepartment: byDepartment
        .map((row) =>
          slice(
            row,
            row.key === null ? '부서 없음' : (this.policy.departmentName(row.key) ?? '(삭제된 부서)'),
          ),
        )
        .sort(byCostDescending),
      byModel: byModel.map((row) => slice(row, row.key ?? '')).sort(byCostDescending),
      byPurpose: byPurpose.map((row) => slice(row, purposeLabel(row.key))).sort(byCostDescending),
      topUsers: top.map((row) =>
        slice(
          { ...row, key: row.userId ?? row.apiKeyId ?? '' },
          row.userId !== null
            ? (userNames.get(row.userId) ?? '(삭제된 사용자)')
            : row.apiKeyId !== null
              ? `API 키 ${keyNames.get(row.apiKeyId) ?? ''}`.trim()
              : '시스템',
        ),
      ),
      burnDown: await this.burnDowns(budgets),
      budgets,
    };
  }

  private async budgetsFor(
    viewer: DashboardViewer,
    scope: DashboardScope,
    departmentIds: readonly string[] | null,
  ): Promise<BudgetStatus[]> {
    const all = await this.admin.listBudgets();
    const active = all.filter((budget) => budget.active);
    if (scope === 'self') {
      const applying = new Set(
        this.policy
          .budgetsFor({ userId: viewer.id, apiKeyId: null, departmentId: viewer.departmentId })
          .map((budget) => budget.id),
      );
      return active.filter((budget) => applying.has(budget.id));
    }
    if (departmentIds === null) return active;
    const [root] = departmentIds;
    const chain = new Set(this.policy.departmentChain(root ?? null));
    return active.filter(
      (budget) =>
        budget.scope === 'institution' ||
        (budget.scope === 'department' && budget.departmentId !== null && chain.has(budget.departmentId)),
    );
  }

  /** Cumulative use per day this period, with a straight-line forecast to the period's end. */
  private async burnDowns(budgets: readonly BudgetStatus[]): Promise<BurnDown[]> {
    const today = seoulDay(this.clock.now());
    const result: BurnDown[] = [];
    for (const budget of budgets.slice(0, 6)) {
      const period = periodOf(budget.period, today);
      const rows =
        budget.scope === 'user' && budget.userId !== null
          ? await this.queries.userCapacityDaily(budget.userId, period.start, addDays(today, 1))
          : await this.queries.grouped(
              {
                from: period.start,
                until: addDays(today, 1),
                departmentIds:
                  budget.scope === 'department' && budget.departmentId !== null
                    ? this.policy.departmentSubtree(budget.departmentId)
                    : null,
                modelId: null,
                userId: null,
                capacityOnly: true,
                apiKeyId: budget.scope === 'api_key' ? budget.apiKeyId : null,
              },
              'day',
            );
      const perDay = new Map(
        rows.map((row) => [
          row.key ?? '',
          budget.unit === 'krw' ? row.costMicroWon / 1_000_000 : row.promptTokens + row.completionTokens,
        ]),
      );
      const actual: BurnDown['actual'] = [];
      let cumulative = 0;
      for (let day = period.start; day <= today; day = addDays(day, 1)) {
        cumulative += perDay.get(day) ?? 0;
        actual.push({ day, cumulative: Math.round(cumulative) });
      }
      const elapsedDays = daysBetween(period.start, today) + 1;
      const perDayAverage = cumulative / elapsedDays;
      const forecast: BurnDown['forecast'] = [];
      let exhaustedOn: string | null = null;
      let projected = cumulative;
      for (let day = today; day <= period.end; day = addDays(day, 1)) {
        if (day !== today) projected += perDayAverage;
        forecast.push({ day, cumulative: Math.round(projected) });
        if (exhaustedOn === null && projected >= budget.amount) exhaustedOn = day;
      }
      result.push({
        budgetId: budget.id,
        budgetName: budget.name,
        unit: budget.unit,
        amount: budget.amount,
        periodStart: period.start,
        periodEnd: period.end,
        actual,
        forecast,
        exhaustedOn,
      });
    }
    return result;
  }

  // ------------------------------------------------------------ subscription holders' reports

  private presentReport(row: UsageReportListing): UsageReport {
    return {
      id: row.id,
      userId: row.userId,
      userName: row.userName,
      departmentName: row.departmentName,
      month: row.month.slice(0, 7),
      calls: row.calls,
      costWon: wonFromMicro(row.costMicroWon),
      topPurposes: row.topPurposes.map((entry) => ({
        key: entry.purpose,
        label: purposeLabel(entry.purpose),
        calls: entry.calls,
        tokens: 0,
        costWon: 0,
      })),
      caseDescription: row.caseDescription,
      submittedAt: row.submittedAt.toISOString(),
    };
  }

  async submitReport(viewer: DashboardViewer, input: UsageReportInput): Promise<UsageReport> {
    const usage: UsageScope = {
      from: monthStart(input.month),
      until: addMonths(monthStart(input.month), 1),
      departmentIds: null,
      modelId: null,
      userId: viewer.id,
    };
    const [totals, purposes] = await Promise.all([
      this.queries.grouped(usage, null),
      this.queries.grouped(usage, 'purpose'),
    ]);
    const top = [...purposes].sort((left, right) => right.calls - left.calls).slice(0, 3);
    await this.reports.save(
      {
        userId: viewer.id,
        month: monthStart(input.month),
        calls: totals[0]?.calls ?? 0,
        costMicroWon: totals[0]?.costMicroWon ?? 0,
        topPurposes: top.map((row) => ({ purpose: row.key ?? 'other', calls: row.calls })),
        caseDescription: input.caseDescription,
      },
      this.clock.now(),
    );
    const [saved] = await this.reports.list({ userId: viewer.id, month: monthStart(input.month) });
    if (saved === undefined) throw new Error('usage report missing');
    return this.presentReport(saved);
  }

  async myReports(viewer: DashboardViewer): Promise<UsageReport[]> {
    return (await this.reports.list({ userId: viewer.id })).map((row) => this.presentReport(row));
  }

  async allReports(month: string | undefined): Promise<UsageReport[]> {
    return (await this.reports.list(month === undefined ? {} : { month: monthStart(month) })).map((row) =>
      this.presentReport(row),
    );
  }
}
