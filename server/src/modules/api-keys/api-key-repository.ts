import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { apiKeys, departments } from '../../platform/database/schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

export class ApiKeyRepository {
  constructor(private readonly db: Database) {}

  async insert(values: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
    const rows = await this.db.insert(apiKeys).values(values).returning();
    if (rows[0] === undefined) throw new Error('api key was not inserted');
    return rows[0];
  }

  private withDepartment() {
    return this.db
      .select({ key: apiKeys, departmentName: departments.name })
      .from(apiKeys)
      .innerJoin(departments, eq(departments.id, apiKeys.departmentId))
      .$dynamic();
  }

  async list(): Promise<(ApiKeyRow & { departmentName: string })[]> {
    const rows = await this.withDepartment().orderBy(desc(apiKeys.createdAt));
    return rows.map((row) => ({ ...row.key, departmentName: row.departmentName }));
  }

  async findWithDepartment(id: string): Promise<(ApiKeyRow & { departmentName: string }) | undefined> {
    const rows = await this.withDepartment().where(eq(apiKeys.id, id));
    const row = rows[0];
    return row === undefined ? undefined : { ...row.key, departmentName: row.departmentName };
  }

  async findByHash(keyHash: string): Promise<ApiKeyRow | undefined> {
    const rows = await this.db.select().from(apiKeys).where(eq(apiKeys.keyHash, keyHash));
    return rows[0];
  }

  async find(id: string): Promise<ApiKeyRow | undefined> {
    const rows = await this.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    return rows[0];
  }

  async update(id: string, values: Partial<typeof apiKeys.$inferInsert>): Promise<ApiKeyRow | undefined> {
    const rows = await this.db.update(apiKeys).set(values).where(eq(apiKeys.id, id)).returning();
    return rows[0];
  }
}
