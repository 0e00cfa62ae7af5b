import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../platform/database/index.js';
import { systemClock } from '../../platform/clock.js';
import { selectRows } from '../../test/select-rows.js';
import { pgliteTemplate } from '../../test/test-platform.js';
import { BudgetLeases } from './budget-leases.js';
import { BudgetRepository, type LedgerEntry } from './budget-repository.js';

/** The real repository on a real database, counting the claims it is asked for. */
class CountingBudgetRepository extends BudgetRepository {
  claims = 0;
  override claim(...parameters: Parameters<BudgetRepository['claim']>): Promise<boolean> {
    this.claims += 1;
    return super.claim(...parameters);
  }
}

describe('BudgetLeases on PGlite', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ pgliteDirectory: 'memory://', pgliteTemplate: await pgliteTemplate() });
  });
  afterAll(async () => {
    await handle.close();
  });

  async function ledger(account: string): Promise<{ spent: number; reserved: number }> {
    const [row] = await selectRows<{ spent: string; reserved: string }>(
      handle.db,
      sql`select spent, reserved from budget_ledger where account = ${account}`,
    );
    return { spent: Number(row?.spent ?? 0), reserved: Number(row?.reserved ?? 0) };
  }

  it('keeps a busy lease’s room between flushes, and gives it back once idle or drained', async () => {
    const repository = new CountingBudgetRepository(handle.db);
    const leases = new BudgetLeases(repository, systemClock);
    // A lease claims 1 % of the limit (100) for a call of 5.
    const call: LedgerEntry = {
      account: 'lease-test-busy',
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      limitAmount: 10_000,
      amount: 5,
    };
    const use = async (): Promise<void> => {
      const pending = leases.reserve([call]);
      expect(pending === null ? null : await pending).toBeNull();
      leases.settle([call], [call]);
    };

    await use();
    expect(repository.claims).toBe(1);
    await leases.flush();
    expect(await ledger(call.account)).toEqual({ spent: 5, reserved: 95 });

    // The lease was busy: its room stayed, so the next call reserves at once, without a claim.
    expect(leases.reserve([call])).toBeNull();
    leases.settle([call], [call]);
    expect(repository.claims).toBe(1);
    await leases.flush();
    expect(await ledger(call.account)).toEqual({ spent: 10, reserved: 90 });

    // No call since the last flush: the room goes back.
    await leases.flush();
    expect(await ledger(call.account)).toEqual({ spent: 10, reserved: 0 });

    // Drain (shutdown) gives back even a busy lease's room.
    await use();
    await leases.flush(true);
    expect(await ledger(call.account)).toEqual({ spent: 15, reserved: 0 });
    expect(leases.leaseIds()).toEqual([]);
  });
});
