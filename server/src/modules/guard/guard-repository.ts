import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { bannedWordLists, departments, guardPolicies } from '../../platform/database/schema.js';

export type GuardPolicyRow = typeof guardPolicies.$inferSelect;
export type BannedWordListRow = typeof bannedWordLists.$inferSelect;
export type BannedWordListValues = Pick<BannedWordListRow, 'name' | 'action' | 'enabled' | 'words'>;

/** All SQL of guard policies and 금칙어 lists. */
export class GuardRepository {
  constructor(private readonly db: Database) {}

  async findPolicy(institutionId: string): Promise<GuardPolicyRow | undefined> {
    const rows = await this.db
      .select()
      .from(guardPolicies)
      .where(eq(guardPolicies.institutionId, institutionId));
    return rows[0];
  }

  async savePolicy(
    institutionId: string,
    values: Omit<GuardPolicyRow, 'institutionId' | 'updatedAt'>,
  ): Promise<GuardPolicyRow> {
    const rows = await this.db
      .insert(guardPolicies)
      .values({ institutionId, ...values })
      .onConflictDoUpdate({ target: guardPolicies.institutionId, set: { ...values, updatedAt: sql`now()` } })
      .returning();
    const row = rows[0];
    if (row === undefined) throw new Error('guard policy was not saved');
    return row;
  }

  listBannedWordLists(institutionId: string): Promise<BannedWordListRow[]> {
    return this.db
      .select()
      .from(bannedWordLists)
      .where(eq(bannedWordLists.institutionId, institutionId))
      .orderBy(asc(bannedWordLists.createdAt));
  }

  async insertBannedWordList(
    institutionId: string,
    values: BannedWordListValues,
  ): Promise<BannedWordListRow> {
    const rows = await this.db
      .insert(bannedWordLists)
      .values({ institutionId, ...values })
      .returning();
    const row = rows[0];
    if (row === undefined) throw new Error('banned word list was not inserted');
    return row;
  }

  async updateBannedWordList(
    institutionId: string,
    id: string,
    values: BannedWordListValues,
  ): Promise<BannedWordListRow | undefined> {
    const rows = await this.db
      .update(bannedWordLists)
      .set({ ...values, updatedAt: sql`now()` })
      .where(sql`${bannedWordLists.id} = ${id} and ${bannedWordLists.institutionId} = ${institutionId}`)
      .returning();
    return rows[0];
  }

  async deleteBannedWordList(institutionId: string, id: string): Promise<boolean> {
    const rows = await this.db
      .delete(bannedWordLists)
      .where(sql`${bannedWordLists.id} = ${id} and ${bannedWordLists.institutionId} = ${institutionId}`)
      .returning({ id: bannedWordLists.id });
    return rows.length > 0;
  }

  /** Department id → (parent id, retention override), for resolving the mode up the tree. */
  async departmentRetention(): Promise<Map<string, { parentId: string | null; retention: string | null }>> {
    const rows = await this.db
      .select({ id: departments.id, parentId: departments.parentId, retention: departments.retention })
      .from(departments);
    return new Map(rows.map((row) => [row.id, { parentId: row.parentId, retention: row.retention }]));
  }

  async setDepartmentRetention(departmentId: string, retention: string | null): Promise<boolean> {
    const rows = await this.db
      .update(departments)
      .set({ retention, updatedAt: sql`now()` })
      .where(eq(departments.id, departmentId))
      .returning({ id: departments.id });
    return rows.length > 0;
  }
}
