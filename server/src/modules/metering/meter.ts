import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { PurposeCategory } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { Served } from '../gateway/index.js';
import type { ModelCapability } from '../gateway/index.js';
import type { GuardCaller } from '../guard/index.js';
import type { BudgetAlerts } from './budget-alerts.js';
import { formatAmount } from './budget-alerts.js';
import type { BudgetRepository, BudgetRow, LedgerEntry, ThresholdCrossing } from './budget-repository.js';
import type { MeteringPolicy, Subscription } from './metering-policy.js';
import { costMicroWon, microFromWon, type ModelPrice } from './model-price.js';
import { addDays, addMonths, daysBetween, koreanDate, periodOf, seoulDay } from './seoul-calendar.js';
import type { UsageQuantity } from './usage-quantity.js';
import type { UsageRecorder } from './usage-recorder.js';

export interface MeterRequest {
  caller: GuardCaller;
  capability: ModelCapability;
  /** The model asked for (a fallback may answer). */
  model: string;
  purpose: PurposeCategory;
  assistantId?: string | null;
  templateId?: string | null;
  /** The most the call can use; only computed when a budget applies (it may count tokens). */
  worstCase: () => UsageQuantity;
}

export interface MeterOutcome {
  served: Served | null;
  usage: UsageQuantity;
  status: 'ok' | 'error' | 'cancelled';
  errorCode: string | null;
}

/** A call between reservation and settlement. */
export interface MeterTicket {
  readonly request: MeterRequest;
  readonly day: string;
  readonly occurredAt: Date;
  readonly startedAt: number;
  readonly billing: 'capacity' | 'subscription';
  readonly subscription: Subscription | null;
  readonly reservationId: string | null;
  readonly holds: readonly { entry: LedgerEntry; budget: BudgetRow }[];
}

const periodNames = { month: '이번 달', quarter: '이번 분기', year: '올해' } as const;

export const meteringErrors = {
  budgetExhausted: (budget: BudgetRow, subjectName: string, renewsOn: string, retryAfterSeconds: number) =>
    new AppError(
      'budget_exhausted',
      429,
      `${subjectName}의 ${periodNames[budget.period]} AI 이용 예산(${budget.name}, ${formatAmount(budget.amount, budget.unit)})이 모두 사용되어 요청을 처리할 수 없습니다. ${koreanDate(renewsOn)}에 다시 채워집니다. 급하면 예산 담당자에게 문의하세요.`,
      { budgetId: budget.id, budgetName: budget.name, renewsOn },
      // Days away: clients that honour Retry-After should not spin, and the OpenAI SDK must not retry.
      { 'retry-after': String(retryAfterSeconds), 'x-should-retry': 'false' },
    ),
};

function tokensOf(usage: UsageQuantity): number {
  return usage.promptTokens + usage.completionTokens;
}

/**
 * The meter of the pipeline: before a call it reserves the worst case against every budget that applies
 * (all or nothing, in the database), after it settles the actual cost and records one usage event.
 */
export class Meter {
  private readonly live = new Set<string>();
  private readonly settling = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly policy: MeteringPolicy,
    private readonly budgets: BudgetRepository,
    private readonly recorder: UsageRecorder,
    private readonly alerts: BudgetAlerts,
    private readonly clock: Clock,
    private readonly subjectName: (budget: BudgetRow) => string,
    private readonly log: { warn(details: Record<string, unknown>, message: string): void },
    private readonly settings: { staleAfterMs: number } = { staleAfterMs: 180_000 },
  ) {}

  /** Heartbeats for this instance's reservations and the sweep of crashed instances' ones. */
  startMaintenance(intervalMs = 60_000): void {
    this.timer = setInterval(() => {
      void this.heartbeat()
        .then(() => this.sweep())
        .catch((error: unknown) => this.log.warn({ err: error }, 'budget maintenance failed'));
    }, intervalMs);
    this.timer.unref();
  }

  async heartbeat(): Promise<void> {
    await this.budgets.heartbeat([...this.live], this.clock.now());
  }

  /** Releases reservations nobody refreshed for a while: their instance is gone. */
  sweep(): Promise<number> {
    return this.budgets.releaseStale(new Date(this.clock.now().getTime() - this.settings.staleAfterMs));
  }

  async begin(request: MeterRequest): Promise<MeterTicket> {
    const occurredAt = this.clock.now();
    const startedAt = performance.now();
    const day = seoulDay(occurredAt);
    const subscription = this.policy.subscriptionFor(request.caller.userId, day);
    const covered = subscription !== null && subscription.plan.models.includes(request.model);
    const applicable = covered ? [] : this.policy.budgetsFor(request.caller);
    const base = {
      request,
      day,
      occurredAt,
      startedAt,
      billing: covered ? ('subscription' as const) : ('capacity' as const),
      subscription: covered ? subscription : null,
    };
    if (applicable.length === 0) return { ...base, reservationId: null, holds: [] };

    const worstCase = request.worstCase();
    const price = this.policy.priceFor(request.model, day);
    const holds = applicable.flatMap((budget) => {
      const amount = budget.unit === 'krw' ? costMicroWon(price, worstCase) : tokensOf(worstCase);
      // A free call cannot overspend a won budget: no hold, so free on-prem models keep working.
      if (amount === 0 && budget.unit === 'krw') return [];
      const bounds = periodOf(budget.period, day);
      const entry: LedgerEntry = {
        account: budget.id,
        periodStart: bounds.start,
        periodEnd: bounds.end,
        limitAmount: budget.unit === 'krw' ? microFromWon(budget.amount) : budget.amount,
        amount,
      };
      return [{ entry, budget }];
    });
    if (holds.length === 0) return { ...base, reservationId: null, holds: [] };

    const reservationId = randomUUID();
    const refused = await this.budgets.reserve(
      reservationId,
      holds.map((hold) => hold.entry),
      occurredAt,
    );
    if (refused !== null) {
      const budget = holds.find((hold) => hold.budget.id === refused)?.budget;
      this.recordEvent(
        { ...base, reservationId: null, holds: [] },
        {
          served: null,
          usage: {
            promptTokens: 0,
            completionTokens: 0,
            cachedTokens: 0,
            characters: 0,
            images: 0,
            requests: 0,
          },
          status: 'error',
          errorCode: 'budget_exhausted',
        },
        null,
        'refused',
      );
      if (budget === undefined)
        throw new AppError('budget_exhausted', 429, 'AI 이용 예산이 모두 사용되었습니다.');
      const renewsOn = periodOf(budget.period, day).renewsOn;
      const seconds = Math.max(
        1,
        Math.ceil((Date.parse(`${renewsOn}T00:00:00+09:00`) - occurredAt.getTime()) / 1000),
      );
      throw meteringErrors.budgetExhausted(budget, this.subjectName(budget), renewsOn, seconds);
    }
    this.live.add(reservationId);
    return { ...base, reservationId, holds };
  }

  /** Settles in the background; `drain` waits for it (tests, shutdown). Never throws to the caller. */
  finish(ticket: MeterTicket, outcome: MeterOutcome): void {
    const price = outcome.served === null ? null : this.policy.priceFor(outcome.served.modelId, ticket.day);
    const cost = outcome.served === null ? 0 : costMicroWon(price, outcome.usage);
    this.recordEvent(ticket, outcome, price, outcome.status, cost);
    const charges = this.charges(ticket, outcome, cost);
    if (ticket.reservationId === null && charges.length === 0) return;
    const settling = this.settle(ticket, charges)
      .catch((error: unknown) => this.log.warn({ err: error }, 'budget settlement failed'))
      .finally(() => {
        this.settling.delete(settling);
      });
    this.settling.add(settling);
  }

  private charges(ticket: MeterTicket, outcome: MeterOutcome, cost: number): LedgerEntry[] {
    const charges = ticket.holds.map(({ entry, budget }) => ({
      ...entry,
      amount: budget.unit === 'krw' ? cost : outcome.served === null ? 0 : tokensOf(outcome.usage),
    }));
    const subscription = ticket.subscription;
    if (subscription !== null && subscription.plan.softCapWon !== null && cost > 0) {
      const term = termOf(subscription, ticket.day);
      charges.push({
        account: `assignment:${subscription.assignment.id}`,
        periodStart: term.start,
        periodEnd: term.end,
        limitAmount: microFromWon(subscription.plan.softCapWon),
        amount: cost,
      });
    }
    return charges;
  }

  private async settle(ticket: MeterTicket, charges: LedgerEntry[]): Promise<void> {
    try {
      const crossings = await this.budgets.settle(ticket.reservationId, charges);
      await this.alert(ticket, crossings);
    } finally {
      if (ticket.reservationId !== null) this.live.delete(ticket.reservationId);
    }
  }

  private async alert(ticket: MeterTicket, crossings: readonly ThresholdCrossing[]): Promise<void> {
    for (const crossing of crossings) {
      const hold = ticket.holds.find((candidate) => candidate.entry.account === crossing.account);
      if (hold !== undefined) {
        const renewsOn = periodOf(hold.budget.period, ticket.day).renewsOn;
        await this.alerts.budgetCrossed(hold.budget, crossing, renewsOn);
        continue;
      }
      const subscription = ticket.subscription;
      if (subscription !== null && subscription.plan.softCapWon !== null) {
        await this.alerts.softCapCrossed(
          {
            userId: subscription.assignment.userId,
            planName: subscription.plan.name,
            softCapWon: subscription.plan.softCapWon,
          },
          crossing,
          termOf(subscription, ticket.day).end,
        );
      }
    }
  }

  private recordEvent(
    ticket: MeterTicket,
    outcome: MeterOutcome,
    price: ModelPrice | null,
    status: 'ok' | 'error' | 'cancelled' | 'refused',
    cost = 0,
  ): void {
    const { request } = ticket;
    const served = outcome.served;
    this.recorder.record({
      occurredAt: ticket.occurredAt,
      day: ticket.day,
      userId: request.caller.userId,
      departmentId: request.caller.departmentId,
      apiKeyId: request.caller.apiKeyId,
      assistantId: request.assistantId ?? null,
      templateId: request.templateId ?? null,
      channel: request.caller.channel,
      capability: request.capability,
      requestedModel: request.model,
      modelId: served?.modelId ?? request.model,
      endpointId: served?.endpointId ?? null,
      provider: served?.provider ?? null,
      location: served?.location ?? null,
      promptTokens: outcome.usage.promptTokens,
      completionTokens: outcome.usage.completionTokens,
      cachedTokens: outcome.usage.cachedTokens,
      characters: outcome.usage.characters,
      images: outcome.usage.images,
      requests: outcome.usage.requests,
      latencyMs: Math.round(performance.now() - ticket.startedAt),
      status,
      errorCode: outcome.errorCode,
      purpose: request.purpose,
      billing: ticket.billing,
      priceId: price?.id ?? null,
      costMicroWon: cost,
    });
  }

  /** Waits for settlements in flight. */
  async drain(): Promise<void> {
    while (this.settling.size > 0) await Promise.all([...this.settling]);
  }

  async close(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    await this.drain();
    await this.recorder.close();
  }
}

/** The subscription term (of the assignment's consecutive terms) that contains the day. */
export function termOf(subscription: Subscription, day: string): { start: string; end: string } {
  const { assignment, plan } = subscription;
  let start = assignment.startsOn;
  for (let next = addMonths(start, plan.termMonths); next <= day; next = addMonths(next, plan.termMonths)) {
    start = next;
  }
  const end = addDays(addMonths(start, plan.termMonths), -1);
  return { start, end: daysBetween(end, assignment.endsOn) < 0 ? assignment.endsOn : end };
}
