import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { resultRows, type Database } from '../../platform/database/index.js';
import { budgetLedger, budgetReservations, budgets } from '../../platform/database/schema.js';

export type BudgetRow = typeof budgets.$inferSelect;
export type BudgetValues = Omit<BudgetRow, 'id' | 'institutionId' | 'createdAt' | 'updatedAt'>;
export type LedgerRow = typeof budgetLedger.$inferSelect;

/** One hold of a reservation, or one charge of a settlement, on a ledger account and period. */
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

function recordset(entries: readonly LedgerEntry[]): string {
  return JSON.stringify(
    entries.map((entry) => ({
      account: entry.account,
      period_start: entry.periodStart,
      period_end: entry.periodEnd,
      limit_amount: entry.limitAmount,
      amount: entry.amount,
    })),
  );
}

/** All SQL of budgets and their ledger. Reservations and settlements run in the database (atomic). */
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

  /** Holds every entry or none; returns the account that refused, or null. */
  async reserve(
    reservationId: string,
    holds: readonly LedgerEntry[],
    heartbeat: Date,
  ): Promise<string | null> {
    const result = await this.db.execute(
      sql`select budget_reserve(${reservationId}::uuid, ${recordset(holds)}::jsonb, ${heartbeat.toISOString()}::timestamptz) as refused`,
    );
    const refused = resultRows(result)[0]?.refused;
    return typeof refused === 'string' ? refused : null;
  }

  /** Releases the reservation (if any) and adds the actual charges. */
  async settle(reservationId: string | null, charges: readonly LedgerEntry[]): Promise<ThresholdCrossing[]> {
    const result = await this.db.execute(
      sql`select account, period_start::text as period_start, spent, limit_amount, threshold from budget_settle(${reservationId}::uuid, ${recordset(charges)}::jsonb)`,
    );
    return resultRows(result).map((row) => ({
      account: String(row.account),
      periodStart: String(row.period_start),
      spent: Number(row.spent),
      limitAmount: Number(row.limit_amount),
      threshold: Number(row.threshold) === 100 ? 100 : 80,
    }));
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
