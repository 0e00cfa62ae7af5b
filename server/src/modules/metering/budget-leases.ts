import { randomUUID } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { BudgetRepository, LedgerEntry, ThresholdCrossing } from './budget-repository.js';

/** Part of one budget period this instance has claimed in the database, and what calls did with it. */
interface Lease {
  id: string;
  entry: Omit<LedgerEntry, 'amount'>;
  /** Claimed in the database and not yet given back or charged. */
  granted: number;
  /** Reserved by calls in flight. */
  held: number;
  /** Used by finished calls, not yet charged in the database. */
  consumed: number;
  /** A call reserved against it since the last flush: it keeps its room for the next ones. */
  busy: boolean;
  refilling: Promise<boolean> | null;
}

/** A lease claims at least this share of the limit, so busy budgets need a database trip only now and then. */
const leaseShareOfLimit = 0.01;

/**
 * Budget reservations without a database trip per call. The instance claims leases (parts of a budget's
 * remaining room) atomically in the database and reserves calls against them in memory; JavaScript runs one
 * reservation at a time, so no two calls can take the same room. `flush` (every second) charges what
 * finished calls used; a lease that had calls keeps its free room for the next ones, an idle lease gives it
 * back, so an idle instance holds nothing and other instances see the room again (`flush(true)` on drain
 * and shutdown gives back everything). Together the leases never pass a budget's limit.
 */
export class BudgetLeases {
  /**
   * By account, then period start. Two levels instead of one `account|period` key: both strings come from
   * the cached budget rows and periods, so their hashes are known, while a joined key is a new string to hash
   * on every lookup (six per call).
   */
  private readonly leases = new Map<string, Map<string, Lease>>();
  private flushing: Promise<ThresholdCrossing[]> | null = null;

  constructor(
    private readonly budgets: BudgetRepository,
    private readonly clock: Clock,
  ) {}

  private leaseFor(entry: Omit<LedgerEntry, 'amount'>): Lease {
    let periods = this.leases.get(entry.account);
    if (periods === undefined) {
      periods = new Map();
      this.leases.set(entry.account, periods);
    }
    let lease = periods.get(entry.periodStart);
    if (lease === undefined) {
      lease = { id: randomUUID(), entry, granted: 0, held: 0, consumed: 0, busy: false, refilling: null };
      periods.set(entry.periodStart, lease);
    } else if (lease.entry.limitAmount !== entry.limitAmount) {
      // The admin changed the amount: the database has the new limit; later charges carry it too.
      lease.entry = { ...lease.entry, limitAmount: entry.limitAmount };
    }
    return lease;
  }

  private static available(lease: Lease): number {
    return lease.granted - lease.held - lease.consumed;
  }

  /** Claims more room for the lease: a share of the limit if there is that much, else exactly what is needed. */
  private refill(lease: Lease, needed: number): Promise<boolean> {
    if (lease.refilling !== null) return lease.refilling;
    const claim = async (): Promise<boolean> => {
      const chunk = Math.max(needed, Math.ceil(lease.entry.limitAmount * leaseShareOfLimit));
      for (const amount of chunk > needed ? [chunk, needed] : [needed]) {
        if (await this.budgets.claim(lease.id, { ...lease.entry, amount }, this.clock.now())) {
          lease.granted += amount;
          return true;
        }
      }
      return false;
    };
    lease.refilling = claim().finally(() => {
      lease.refilling = null;
    });
    return lease.refilling;
  }

  /**
   * Holds every amount or none. Null at once when the leases have the room (no promise: the common case);
   * otherwise a promise of null, or of the account that has no room once refilling failed.
   */
  reserve(holds: readonly LedgerEntry[]): null | Promise<string | null> {
    const leases = holds.map((hold) => this.leaseFor(hold));
    return BudgetLeases.tryHold(holds, leases) ? null : this.reserveAfterRefill(holds, leases);
  }

  private static tryHold(holds: readonly LedgerEntry[], leases: readonly Lease[]): boolean {
    for (let index = 0; index < holds.length; index += 1) {
      if (BudgetLeases.available(leases[index] as Lease) < (holds[index] as LedgerEntry).amount) return false;
    }
    for (let index = 0; index < holds.length; index += 1) {
      const lease = leases[index] as Lease;
      lease.held += (holds[index] as LedgerEntry).amount;
      lease.busy = true;
    }
    return true;
  }

  private async reserveAfterRefill(
    holds: readonly LedgerEntry[],
    leases: readonly Lease[],
  ): Promise<string | null> {
    for (;;) {
      if (BudgetLeases.tryHold(holds, leases)) return null;
      const shortIndex = holds.findIndex(
        (hold, index) => BudgetLeases.available(leases[index] as Lease) < hold.amount,
      );
      const hold = holds[shortIndex] as LedgerEntry;
      const lease = leases[shortIndex] as Lease;
      // Another call may be refilling this lease already; then wait for it and look again.
      const refilling = lease.refilling;
      if (refilling !== null) {
        await refilling;
        continue;
      }
      if (!(await this.refill(lease, hold.amount - BudgetLeases.available(lease)))) return hold.account;
    }
  }

  /** A call ended: its holds are freed and what it used waits for the next flush. */
  settle(holds: readonly LedgerEntry[], charges: readonly LedgerEntry[]): void {
    for (const hold of holds) this.leaseFor(hold).held -= hold.amount;
    for (const charge of charges) this.leaseFor(charge).consumed += charge.amount;
  }

  /** Ids of the leases that hold room in the database, for the heartbeat. */
  leaseIds(): string[] {
    return this.allLeases()
      .filter(([, lease]) => lease.granted > 0)
      .map(([, lease]) => lease.id);
  }

  private allLeases(): [remove: () => void, lease: Lease][] {
    return [...this.leases].flatMap(([account, periods]) =>
      [...periods].map(([periodStart, lease]): [() => void, Lease] => [
        () => {
          periods.delete(periodStart);
          if (periods.size === 0) this.leases.delete(account);
        },
        lease,
      ]),
    );
  }

  /**
   * Charges what was used and returns the thresholds crossed. Room no call is holding goes back to the budget
   * when the lease had no call since the last flush, or always with `releaseAll` (drain, shutdown): a busy
   * lease keeps it, so its next calls need no claim (a database call on this thread) every second.
   */
  flush(releaseAll = false): Promise<ThresholdCrossing[]> {
    if (this.flushing !== null) return this.flushing.then(() => this.flush(releaseAll));
    this.flushing = this.flushOnce(releaseAll).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async flushOnce(releaseAll: boolean): Promise<ThresholdCrossing[]> {
    const crossings: ThresholdCrossing[] = [];
    for (const [remove, lease] of this.allLeases()) {
      const consumed = lease.consumed;
      // What was used leaves the lease either way (the charge turns that much reservation into spending).
      const released = releaseAll || !lease.busy ? Math.max(0, lease.granted - lease.held) : consumed;
      lease.busy = false;
      if (consumed === 0 && released === 0) {
        if (lease.held === 0 && lease.granted === 0 && lease.refilling === null) remove();
        continue;
      }
      // Taken off before the await: calls finishing meanwhile add to a fresh count.
      lease.consumed -= consumed;
      lease.granted -= released;
      try {
        const crossing = await this.budgets.charge(
          lease.granted + released > 0 ? lease.id : null,
          lease.entry,
          consumed,
          released,
        );
        if (crossing !== null) crossings.push(crossing);
      } catch (error) {
        lease.consumed += consumed;
        lease.granted += released;
        throw error;
      }
    }
    return crossings;
  }
}
