import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { resultRows, type Database } from '../../platform/database/index.js';
import { budgetLedger, budgetReservations, budgets } from '../../platform/database/schema.js';

export type BudgetRow = typeof budgets.$inferSelect;
export type BudgetValues = Omit<BudgetRow, 'id' | 'institutionId' | 'createdAt' | 'updatedAt'>;
export type LedgerRow = typeof budgetLedger.$inferSelect;

/** An amount on a ledger account and period (a budget's, or a subscription term's soft cap). */
export interface LedgerEntry {
  account: string;
  periodStart: string;
  periodEnd: string;
  limitAmount: number;
  amount: number;
}

/** An account that crossed 80 % or 100 % of its limit with a settlement. */
export interface ThresholdCrossing {
  account: string;
  periodStart: string;
  spent: number;
  limitAmount: number;
  threshold: 80 | 100;
}

/** All SQL of budgets and their ledger. Claims and charges run in the database, one row locked at a time. */
export class BudgetRepository {
  constructor(private readonly db: Database) {}

  list(institutionId: string): Promise<BudgetRow[]> {
    return this.db
      .select()
      .from(budgets)
      .where(eq(budgets.institutionId, institutionId))
      .orderBy(asc(budgets.createdAt));
  }

  async find(id: string): Promise<BudgetRow | undefined> {
    const rows = await this.db.select().from(budgets).where(eq(budgets.id, id));
    return rows[0];
  }

  async insert(institutionId: string, values: BudgetValues): Promise<BudgetRow> {
    const rows = await this.db
      .insert(budgets)
      .values({ institutionId, ...values })
      .returning();
    const row = rows[0];
    if (row === undefined) throw new Error('budget was not saved');
    return row;
  }

  /** Saves the budget; a new amount applies to the running period's ledger at once. */
  async update(
    id: string,
    values: BudgetValues,
    limitAmount: number,
    today: string,
  ): Promise<BudgetRow | null> {
    return this.db.transaction(async (transaction) => {
      const rows = await transaction
        .update(budgets)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(budgets.id, id))
        .returning();
      await transaction
        .update(budgetLedger)
        .set({ limitAmount })
        .where(and(eq(budgetLedger.account, id), sql`${budgetLedger.periodEnd} >= ${today}`));
      return rows[0] ?? null;
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.transaction(async (transaction) => {
      await transaction.delete(budgetLedger).where(eq(budgetLedger.account, id));
      await transaction.delete(budgets).where(eq(budgets.id, id));
    });
  }

  ledgerRows(keys: readonly { account: string; periodStart: string }[]): Promise<LedgerRow[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(budgetLedger)
      .where(
        and(
          inArray(
            budgetLedger.account,
            keys.map((key) => key.account),
          ),
          inArray(budgetLedger.periodStart, [...new Set(keys.map((key) => key.periodStart))]),
        ),
      );
  }

  /** Adds `amount` to the lease when the budget has room for it; false when it has not. */
  async claim(leaseId: string, entry: LedgerEntry, heartbeat: Date): Promise<boolean> {
    const result = await this.db.execute(
      sql`select budget_claim(${leaseId}::uuid, ${entry.account}, ${entry.periodStart}::date, ${entry.periodEnd}::date, ${entry.limitAmount}::bigint, ${entry.amount}::bigint, ${heartbeat.toISOString()}::timestamptz) as claimed`,
    );
    return resultRows(result)[0]?.claimed === true;
  }

  /**
   * Adds `consumed` to the period's spend and gives `released` of the lease back; returns the 80 % or
   * 100 % threshold this crossed, if any.
   */
  async charge(
    leaseId: string | null,
    entry: Omit<LedgerEntry, 'amount'>,
    consumed: number,
    released: number,
  ): Promise<ThresholdCrossing | null> {
    const result = await this.db.execute(
      sql`select threshold, spent, limit_amount from budget_charge(${leaseId}::uuid, ${entry.account}, ${entry.periodStart}::date, ${entry.periodEnd}::date, ${entry.limitAmount}::bigint, ${consumed}::bigint, ${released}::bigint)`,
    );
    const row = resultRows(result)[0];
    if (row === undefined || row.threshold === null) return null;
    return {
      account: entry.account,
      periodStart: entry.periodStart,
      spent: Number(row.spent),
      limitAmount: Number(row.limit_amount),
      threshold: Number(row.threshold) === 100 ? 100 : 80,
    };
  }

  async heartbeat(reservationIds: readonly string[], at: Date): Promise<void> {
    if (reservationIds.length === 0) return;
    await this.db
      .update(budgetReservations)
      .set({ heartbeatAt: at })
      .where(inArray(budgetReservations.id, [...reservationIds]));
  }

  async releaseStale(cutoff: Date): Promise<number> {
    const result = await this.db.execute(
      sql`select budget_release_stale(${cutoff.toISOString()}::timestamptz) as released`,
    );
    return Number(resultRows(result)[0]?.released ?? 0);
  }
}
