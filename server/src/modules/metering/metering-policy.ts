import type { Clock } from '../../platform/clock.js';
import type { InvalidationBus } from '../../platform/invalidation-bus.js';
import type { BudgetRepository, BudgetRow } from './budget-repository.js';
import type { DepartmentLink, DirectoryRepository } from './directory-repository.js';
import type { ModelPrice } from './model-price.js';
import type { AssignmentRow, PlanRepository, PlanRow } from './plan-repository.js';
import type { PriceRepository } from './price-repository.js';
import { seoulDay } from './seoul-calendar.js';

const channel = 'metering-policy';

export interface MeteredCaller {
  userId: string | null;
  apiKeyId: string | null;
  departmentId: string | null;
}

export interface Subscription {
  assignment: AssignmentRow;
  plan: PlanRow;
}

/**
 * Prices, budgets, subscriptions and the department tree, kept in memory: the meter reads them on every
 * call without a database round trip. Admin changes (prices, budgets, plans, department imports) reach every
 * instance through the invalidation bus; a periodic reload catches changes made another way.
 */
export class MeteringPolicy {
  private prices = new Map<string, ModelPrice[]>();
  private budgets: BudgetRow[] = [];
  private assignments = new Map<string, AssignmentRow[]>();
  private plans = new Map<string, PlanRow>();
  private departments = new Map<string, DepartmentLink>();
  /** `budgetsFor` per caller: every call asks, an institution may have thousands of budgets, few callers ask. */
  private callerBudgets = new Map<string, BudgetRow[]>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly repositories: {
      prices: PriceRepository;
      budgets: BudgetRepository;
      plans: PlanRepository;
      directory: DirectoryRepository;
    },
    private readonly institutionId: string,
    private readonly bus: InvalidationBus,
    private readonly clock: Clock,
  ) {}

  async start(reloadMs = 60_000): Promise<void> {
    await this.reload();
    await this.bus.subscribe(channel, () => {
      void this.reload().catch(() => undefined);
    });
    this.timer = setInterval(() => {
      void this.reload().catch(() => undefined);
    }, reloadMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
  }

  /** After an admin change: reload here now, and everywhere else through the bus. */
  async changed(): Promise<void> {
    await this.reload();
    await this.bus.publish(channel, 'changed');
  }

  async reload(): Promise<void> {
    const today = seoulDay(this.clock.now());
    const [prices, budgets, plans, assignments, departments] = await Promise.all([
      this.repositories.prices.list(),
      this.repositories.budgets.list(this.institutionId),
      this.repositories.plans.list(this.institutionId, today),
      // A day's margin: a call near midnight may still belong to yesterday's term.
      this.repositories.plans.current(today),
      this.repositories.directory.departmentLinks(this.institutionId),
    ]);
    const priceMap = new Map<string, ModelPrice[]>();
    // Newest first, so the first one not after the day is the day's price.
    for (const price of [...prices].reverse()) {
      priceMap.set(price.modelId, [...(priceMap.get(price.modelId) ?? []), price]);
    }
    const assignmentMap = new Map<string, AssignmentRow[]>();
    for (const assignment of assignments) {
      assignmentMap.set(assignment.userId, [...(assignmentMap.get(assignment.userId) ?? []), assignment]);
    }
    this.prices = priceMap;
    this.budgets = budgets.filter((budget) => budget.active);
    this.plans = new Map(plans.map((plan) => [plan.id, plan]));
    this.assignments = assignmentMap;
    this.departments = new Map(departments.map((department) => [department.id, department]));
    this.callerBudgets = new Map();
  }

  priceFor(modelId: string, day: string): ModelPrice | null {
    return this.prices.get(modelId)?.find((price) => price.effectiveFrom <= day) ?? null;
  }

  /** The department and every department above it. */
  departmentChain(departmentId: string | null): string[] {
    const chain: string[] = [];
    for (let id = departmentId; id !== null && !chain.includes(id);) {
      chain.push(id);
      id = this.departments.get(id)?.parentId ?? null;
    }
    return chain;
  }

  /** The department and every department below it. */
  departmentSubtree(departmentId: string): string[] {
    const children = new Map<string, string[]>();
    for (const department of this.departments.values()) {
      if (department.parentId === null) continue;
      children.set(department.parentId, [...(children.get(department.parentId) ?? []), department.id]);
    }
    const subtree = [departmentId];
    for (let index = 0; index < subtree.length; index += 1) {
      for (const child of children.get(subtree[index] ?? '') ?? []) subtree.push(child);
    }
    return subtree;
  }

  departmentName(departmentId: string): string | null {
    return this.departments.get(departmentId)?.name ?? null;
  }

  /** Capacity budgets that apply to a call: the institution's, the department chain's, the person's, the key's. */
  budgetsFor(caller: MeteredCaller): BudgetRow[] {
    if (this.budgets.length === 0) return [];
    const key = `${caller.departmentId ?? ''}|${caller.userId ?? ''}|${caller.apiKeyId ?? ''}`;
    let applicable = this.callerBudgets.get(key);
    if (applicable === undefined) {
      // Bounded: a reload empties it anyway, this only keeps a flood of distinct callers from growing it.
      if (this.callerBudgets.size >= 50_000) this.callerBudgets.clear();
      applicable = this.applicableBudgets(caller);
      this.callerBudgets.set(key, applicable);
    }
    return applicable;
  }

  private applicableBudgets(caller: MeteredCaller): BudgetRow[] {
    const chain = this.departmentChain(caller.departmentId);
    return this.budgets.filter(
      (budget) =>
        budget.scope === 'institution' ||
        (budget.scope === 'department' &&
          budget.departmentId !== null &&
          chain.includes(budget.departmentId)) ||
        (budget.scope === 'user' && budget.userId !== null && budget.userId === caller.userId) ||
        (budget.scope === 'api_key' && budget.apiKeyId !== null && budget.apiKeyId === caller.apiKeyId),
    );
  }

  /** The active plan term covering the day, if the person holds one. */
  subscriptionFor(userId: string | null, day: string): Subscription | null {
    if (userId === null) return null;
    for (const assignment of this.assignments.get(userId) ?? []) {
      if (assignment.startsOn > day || assignment.endsOn < day) continue;
      const plan = this.plans.get(assignment.planId);
      if (plan?.active === true) return { assignment, plan };
    }
    return null;
  }

  /** The assignment and its plan (for soft-cap alerts), whether or not it covers today. */
  subscriptionByAssignment(assignmentId: string): Subscription | null {
    for (const assignments of this.assignments.values()) {
      const assignment = assignments.find((candidate) => candidate.id === assignmentId);
      const plan = assignment === undefined ? undefined : this.plans.get(assignment.planId);
      if (assignment !== undefined && plan !== undefined) return { assignment, plan };
    }
    return null;
  }

  budget(id: string): BudgetRow | undefined {
    return this.budgets.find((budget) => budget.id === id);
  }
}
