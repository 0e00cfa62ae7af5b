import { performance } from 'node:perf_hooks';
import type { PurposeCategory } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { Served } from '../gateway/index.js';
import type { ModelCapability } from '../gateway/index.js';
import type { GuardCaller } from '../guard/index.js';
import type { BudgetAlerts } from './budget-alerts.js';
import { BudgetLeases } from './budget-leases.js';
import { formatAmount } from './budget-alerts.js';
import type { BudgetRepository, BudgetRow, LedgerEntry, ThresholdCrossing } from './budget-repository.js';
import type { MeteringPolicy, Subscription } from './metering-policy.js';
import { costMicroWon, microFromWon, type ModelPrice } from './model-price.js';
import { addDays, addMonths, daysBetween, koreanDate, periodOf, seoulDay } from './seoul-calendar.js';
import { noUsage, type UsageQuantity } from './usage-quantity.js';
import type { UsageRecorder } from './usage-recorder.js';

export interface MeterRequest {
  caller: GuardCaller;
  capability: ModelCapability;
  /** The model asked for (a fallback may answer). */
  model: string;
  /** The label, or how to work it out when the event is written (see `deferPurpose`). */
  purpose: PurposeCategory | (() => PurposeCategory);
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
  /** What the call holds in this instance's budget leases, per budget. */
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
  private readonly leases: BudgetLeases;
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
  ) {
    this.leases = new BudgetLeases(budgets, clock);
  }

  /**
   * Every second: charge finished calls and give back unused room. Every minute: heartbeat this instance's
   * leases and release those of crashed instances.
   */
  startMaintenance(flushMs = 1_000, heartbeatMs = 60_000): void {
    let sinceHeartbeat = 0;
    this.timer = setInterval(() => {
      sinceHeartbeat += flushMs;
      const heartbeat = sinceHeartbeat >= heartbeatMs;
      if (heartbeat) sinceHeartbeat = 0;
      void this.flush()
        .then(async () => {
          if (!heartbeat) return;
          await this.heartbeat();
          await this.sweep();
        })
        .catch((error: unknown) => this.log.warn({ err: error }, 'budget maintenance failed'));
    }, flushMs);
    this.timer.unref();
  }

  async heartbeat(): Promise<void> {
    await this.budgets.heartbeat(this.leases.leaseIds(), this.clock.now());
  }

  /**
   * Charges what finished calls used, gives back the unused room of leases no call used since the last flush
   * (or of all of them with `releaseAll`), and tells owners of crossed thresholds.
   */
  async flush(releaseAll = false): Promise<void> {
    const crossings = await this.leases.flush(releaseAll);
    await this.alert(crossings);
  }

  /** Releases reservations nobody refreshed for a while: their instance is gone. */
  sweep(): Promise<number> {
    return this.budgets.releaseStale(new Date(this.clock.now().getTime() - this.settings.staleAfterMs));
  }

  /** Synchronous when no budget applies or this instance's leases have the room; a promise only to claim more. */
  begin(request: MeterRequest): MeterTicket | Promise<MeterTicket> {
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
    if (applicable.length === 0) return { ...base, holds: [] };

    const worstCase = request.worstCase();
    let wonAmount: number | null = null;
    const holds: { entry: LedgerEntry; budget: BudgetRow }[] = [];
    for (const budget of applicable) {
      let amount: number;
      if (budget.unit === 'krw') {
        // Every won budget holds the same worst case: priced once.
        wonAmount ??= costMicroWon(this.policy.priceFor(request.model, day), worstCase);
        amount = wonAmount;
        // A free call cannot overspend a won budget: no hold, so free on-prem models keep working.
        if (amount === 0) continue;
      } else {
        amount = tokensOf(worstCase);
      }
      const bounds = periodOf(budget.period, day);
      const entry: LedgerEntry = {
        account: budget.id,
        periodStart: bounds.start,
        periodEnd: bounds.end,
        limitAmount: budget.unit === 'krw' ? microFromWon(budget.amount) : budget.amount,
        amount,
      };
      holds.push({ entry, budget });
    }
    if (holds.length === 0) return { ...base, holds: [] };
    const ticket: MeterTicket = { ...base, holds };
    // The leases usually have the room: then the ticket is there at once, without a promise.
    const pending = this.leases.reserve(holds.map((hold) => hold.entry));
    if (pending === null) return ticket;
    return pending.then((refused) => (refused === null ? ticket : this.refuse(ticket, refused)));
  }

  /** Records the refused call and throws the budget's Korean message (429). */
  private refuse(ticket: MeterTicket, refusedAccount: string): never {
    const { day, occurredAt, holds } = ticket;
    const budget = holds.find((hold) => hold.budget.id === refusedAccount)?.budget;
    this.recordEvent(
      { ...ticket, holds: [] },
      { served: null, usage: noUsage, status: 'error', errorCode: 'budget_exhausted' },
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

  /** Frees the call's holds and notes what it used; the next flush charges it. Never throws to the caller. */
  finish(ticket: MeterTicket, outcome: MeterOutcome): void {
    const price = outcome.served === null ? null : this.policy.priceFor(outcome.served.modelId, ticket.day);
    const cost = outcome.served === null ? 0 : costMicroWon(price, outcome.usage);
    this.recordEvent(ticket, outcome, price, outcome.status, cost);
    const charges = this.charges(ticket, outcome, cost);
    if (ticket.holds.length === 0 && charges.length === 0) return;
    this.leases.settle(
      ticket.holds.map((hold) => hold.entry),
      charges,
    );
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

  private async alert(crossings: readonly ThresholdCrossing[]): Promise<void> {
    for (const crossing of crossings) {
      const budget = this.policy.budget(crossing.account);
      if (budget !== undefined) {
        await this.alerts.budgetCrossed(
          budget,
          crossing,
          periodOf(budget.period, crossing.periodStart).renewsOn,
        );
        continue;
      }
      const subscription = crossing.account.startsWith('assignment:')
        ? this.policy.subscriptionByAssignment(crossing.account.slice('assignment:'.length))
        : null;
      if (subscription !== null && subscription.plan.softCapWon !== null) {
        await this.alerts.softCapCrossed(
          {
            userId: subscription.assignment.userId,
            planName: subscription.plan.name,
            softCapWon: subscription.plan.softCapWon,
          },
          crossing,
          termOf(subscription, crossing.periodStart).end,
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

  /** Brings the ledger up to date: what finished calls used is charged, all unused room given back. */
  async drain(): Promise<void> {
    await this.flush(true);
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
