import type {
  Assignment,
  AssignmentInput,
  BudgetInput,
  BudgetStatus,
  Plan,
  PlanInput,
  Price,
  PriceInput,
} from '@jumugwan/contracts';
import { errors } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { BudgetRepository, BudgetRow, LedgerRow } from './budget-repository.js';
import type { DirectoryRepository } from './directory-repository.js';
import type { MeteringPolicy } from './metering-policy.js';
import { microFromWon, wonFromMicro } from './model-price.js';
import type { AssignmentListing, PlanRepository, PlanRow } from './plan-repository.js';
import type { PriceRepository, PriceRow } from './price-repository.js';
import { addDays, addMonths, periodOf, seoulDay } from './seoul-calendar.js';
import { termOf } from './meter.js';

/** Admin work on the price table, budgets and subscription plans; every change reaches the meter at once. */
export class MeteringAdminService {
  constructor(
    private readonly repositories: {
      prices: PriceRepository;
      budgets: BudgetRepository;
      plans: PlanRepository;
      directory: DirectoryRepository;
    },
    private readonly policy: MeteringPolicy,
    private readonly institution: { id: string; name: string },
    private readonly clock: Clock,
  ) {}

  private today(): string {
    return seoulDay(this.clock.now());
  }

  // ------------------------------------------------------------ prices

  private presentPrice(row: PriceRow, current: Set<string>): Price {
    return {
      id: row.id,
      modelId: row.modelId,
      effectiveFrom: row.effectiveFrom,
      inputPerMillionTokens: row.inputPerMillionTokens,
      outputPerMillionTokens: row.outputPerMillionTokens,
      cachedPerMillionTokens: row.cachedPerMillionTokens,
      perThousandCharacters: row.perThousandCharacters,
      perImage: row.perImage,
      perRequest: row.perRequest,
      note: row.note,
      createdAt: row.createdAt.toISOString(),
      current: current.has(row.id),
    };
  }

  async listPrices(modelIds: string[]): Promise<{ prices: Price[]; modelIds: string[] }> {
    const rows = await this.repositories.prices.list();
    const today = this.today();
    const current = new Set<string>();
    for (const modelId of new Set(rows.map((row) => row.modelId))) {
      const price = this.policy.priceFor(modelId, today);
      if (price !== null) current.add(price.id);
    }
    return {
      prices: rows.map((row) => this.presentPrice(row, current)),
      modelIds: [...new Set([...modelIds, ...rows.map((row) => row.modelId)])].sort(),
    };
  }

  async addPrice(input: PriceInput, actorId: string): Promise<Price> {
    const row = await this.repositories.prices.insert({ ...input, createdBy: actorId });
    if (row === null)
      throw errors.conflict(
        `모델 '${input.modelId}'에는 ${input.effectiveFrom}부터 적용되는 가격이 이미 있습니다.`,
      );
    await this.policy.changed();
    const current = this.policy.priceFor(row.modelId, this.today());
    return this.presentPrice(row, new Set(current === null ? [] : [current.id]));
  }

  async deletePrice(id: string): Promise<PriceRow> {
    const row = await this.repositories.prices.find(id);
    if (row === undefined) throw errors.notFound('가격');
    if (row.effectiveFrom <= this.today())
      throw errors.conflict('이미 적용된 가격은 지울 수 없습니다. 새 가격을 적용일과 함께 추가하세요.');
    await this.repositories.prices.delete(id);
    await this.policy.changed();
    return row;
  }

  // ------------------------------------------------------------ budgets

  private async subjectNames(rows: readonly BudgetRow[]): Promise<(row: BudgetRow) => string> {
    const users = await this.repositories.directory.userNames(
      rows.flatMap((row) => (row.userId === null ? [] : [row.userId])),
    );
    const keys = await this.repositories.directory.apiKeyNames(
      rows.flatMap((row) => (row.apiKeyId === null ? [] : [row.apiKeyId])),
    );
    return (row) => {
      if (row.scope === 'department' && row.departmentId !== null)
        return this.policy.departmentName(row.departmentId) ?? '(삭제된 부서)';
      if (row.scope === 'user' && row.userId !== null) return users.get(row.userId) ?? '(삭제된 사용자)';
      if (row.scope === 'api_key' && row.apiKeyId !== null)
        return `API 키 ${keys.get(row.apiKeyId) ?? '(삭제됨)'}`;
      return this.institution.name;
    };
  }

  /** A budget's state in its current period. */
  async budgetStatuses(rows: readonly BudgetRow[]): Promise<BudgetStatus[]> {
    const today = this.today();
    const bounds = rows.map((row) => periodOf(row.period, today));
    const ledger = await this.repositories.budgets.ledgerRows(
      rows.map((row, index) => ({ account: row.id, periodStart: bounds[index]?.start ?? today })),
    );
    const byKey = new Map<string, LedgerRow>(
      ledger.map((entry) => [`${entry.account}|${entry.periodStart}`, entry]),
    );
    const nameOf = await this.subjectNames(rows);
    return rows.map((row, index) => {
      const period = bounds[index] ?? periodOf(row.period, today);
      const entry = byKey.get(`${row.id}|${period.start}`);
      const inUnit = (amount: number) => (row.unit === 'krw' ? wonFromMicro(amount) : amount);
      const spent = inUnit(entry?.spent ?? 0);
      return {
        id: row.id,
        name: row.name,
        scope: row.scope,
        departmentId: row.departmentId,
        userId: row.userId,
        apiKeyId: row.apiKeyId,
        subjectName: nameOf(row),
        unit: row.unit,
        amount: row.amount,
        period: row.period,
        active: row.active,
        periodStart: period.start,
        renewsOn: period.renewsOn,
        spent,
        reserved: inUnit(entry?.reserved ?? 0),
        ratio: row.amount === 0 ? 0 : spent / row.amount,
      };
    });
  }

  async listBudgets(): Promise<BudgetStatus[]> {
    return this.budgetStatuses(await this.repositories.budgets.list(this.institution.id));
  }

  /** The readable subject of a budget (for refusal messages); from memory, so it never waits. */
  subjectNameFromMemory(budget: BudgetRow): string {
    if (budget.scope === 'department' && budget.departmentId !== null)
      return this.policy.departmentName(budget.departmentId) ?? '부서';
    if (budget.scope === 'user') return '개인';
    if (budget.scope === 'api_key') return '이 API 키';
    return this.institution.name;
  }

  private budgetValues(input: BudgetInput) {
    return {
      name: input.name,
      scope: input.scope,
      departmentId: input.scope === 'department' ? input.departmentId : null,
      userId: input.scope === 'user' ? input.userId : null,
      apiKeyId: input.scope === 'api_key' ? input.apiKeyId : null,
      unit: input.unit,
      amount: input.amount,
      period: input.period,
      active: input.active,
    };
  }

  async createBudget(input: BudgetInput): Promise<BudgetStatus> {
    const row = await this.repositories.budgets.insert(this.institution.id, this.budgetValues(input));
    await this.policy.changed();
    const [status] = await this.budgetStatuses([row]);
    if (status === undefined) throw new Error('budget status missing');
    return status;
  }

  async updateBudget(id: string, input: BudgetInput): Promise<BudgetStatus> {
    const values = this.budgetValues(input);
    const limit = values.unit === 'krw' ? microFromWon(values.amount) : values.amount;
    const row = await this.repositories.budgets.update(id, values, limit, this.today());
    if (row === null) throw errors.notFound('예산');
    await this.policy.changed();
    const [status] = await this.budgetStatuses([row]);
    if (status === undefined) throw new Error('budget status missing');
    return status;
  }

  async deleteBudget(id: string): Promise<BudgetRow> {
    const row = await this.repositories.budgets.find(id);
    if (row === undefined) throw errors.notFound('예산');
    await this.repositories.budgets.delete(id);
    await this.policy.changed();
    return row;
  }

  // ------------------------------------------------------------ plans

  private presentPlan(row: PlanRow & { activeAssignments: number }): Plan {
    return {
      id: row.id,
      name: row.name,
      termMonths: row.termMonths as Plan['termMonths'],
      feePerTerm: row.feePerTerm,
      models: row.models,
      softCapWon: row.softCapWon,
      active: row.active,
      createdAt: row.createdAt.toISOString(),
      activeAssignments: row.activeAssignments,
    };
  }

  async listPlans(): Promise<Plan[]> {
    return (await this.repositories.plans.list(this.institution.id, this.today())).map((row) =>
      this.presentPlan(row),
    );
  }

  async createPlan(input: PlanInput): Promise<Plan> {
    const row = await this.repositories.plans.insert(this.institution.id, input);
    await this.policy.changed();
    return this.presentPlan({ ...row, activeAssignments: 0 });
  }

  async updatePlan(id: string, input: PlanInput): Promise<Plan> {
    const row = await this.repositories.plans.update(id, input);
    if (row === null) throw errors.notFound('구독 플랜');
    await this.policy.changed();
    const listed = (await this.listPlans()).find((plan) => plan.id === id);
    return listed ?? this.presentPlan({ ...row, activeAssignments: 0 });
  }

  private async presentAssignment(row: AssignmentListing): Promise<Assignment> {
    const plan = await this.repositories.plans.find(row.planId);
    let termSpentWon = 0;
    if (plan !== undefined) {
      const today = this.today();
      const day = today < row.startsOn ? row.startsOn : today > row.endsOn ? row.endsOn : today;
      const term = termOf({ assignment: row, plan }, day);
      const [entry] = await this.repositories.budgets.ledgerRows([
        { account: `assignment:${row.id}`, periodStart: term.start },
      ]);
      termSpentWon = wonFromMicro(entry?.spent ?? 0);
    }
    return {
      id: row.id,
      planId: row.planId,
      planName: row.planName,
      userId: row.userId,
      userName: row.userName,
      departmentName: row.departmentName,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      termSpentWon,
    };
  }

  async listAssignments(planId: string): Promise<Assignment[]> {
    const plan = await this.repositories.plans.find(planId);
    if (plan === undefined) throw errors.notFound('구독 플랜');
    const rows = await this.repositories.plans.listAssignments(planId);
    return Promise.all(rows.map((row) => this.presentAssignment(row)));
  }

  async assign(planId: string, input: AssignmentInput, actorId: string): Promise<Assignment> {
    const plan = await this.repositories.plans.find(planId);
    if (plan === undefined) throw errors.notFound('구독 플랜');
    const endsOn = addDays(addMonths(input.startsOn, plan.termMonths * input.terms), -1);
    const overlapping = await this.repositories.plans.overlapping(input.userId, input.startsOn, endsOn);
    if (overlapping.length > 0)
      throw errors.conflict('이 사용자는 그 기간에 이미 다른 구독이 있습니다. 기간이 겹치지 않게 정하세요.');
    const user = await this.repositories.directory.userNames([input.userId]);
    if (!user.has(input.userId)) throw errors.notFound('사용자');
    const row = await this.repositories.plans.insertAssignment({
      planId,
      userId: input.userId,
      startsOn: input.startsOn,
      endsOn,
      createdBy: actorId,
    });
    await this.policy.changed();
    const listing = await this.repositories.plans.findAssignmentListing(row.id);
    if (listing === undefined) throw errors.notFound('구독 배정');
    return this.presentAssignment(listing);
  }

  async unassign(id: string): Promise<void> {
    if (!(await this.repositories.plans.deleteAssignment(id))) throw errors.notFound('구독 배정');
    await this.policy.changed();
  }

  /** The person's subscription covering today, if any. */
  async subscriptionOf(userId: string): Promise<{ assignment: Assignment | null; plan: Plan | null }> {
    const subscription = this.policy.subscriptionFor(userId, this.today());
    if (subscription === null) return { assignment: null, plan: null };
    const listing = await this.repositories.plans.findAssignmentListing(subscription.assignment.id);
    const plan = (await this.listPlans()).find((candidate) => candidate.id === subscription.plan.id) ?? null;
    return { assignment: listing === undefined ? null : await this.presentAssignment(listing), plan };
  }
}
