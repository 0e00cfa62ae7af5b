import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { modelEndpoints } from '../../platform/database/schema.js';

export type ModelEndpointRow = typeof modelEndpoints.$inferSelect;
export type NewModelEndpointRow = typeof modelEndpoints.$inferInsert;

export class ModelEndpointRepository {
  constructor(private readonly db: Database) {}

  list(): Promise<ModelEndpointRow[]> {
    return this.db
      .select()
      .from(modelEndpoints)
      .orderBy(asc(modelEndpoints.createdAt), asc(modelEndpoints.name));
  }

  async find(id: string): Promise<ModelEndpointRow | undefined> {
    const rows = await this.db.select().from(modelEndpoints).where(eq(modelEndpoints.id, id));
    return rows[0];
  }

  async findByName(name: string): Promise<ModelEndpointRow | undefined> {
    const rows = await this.db.select().from(modelEndpoints).where(eq(modelEndpoints.name, name));
    return rows[0];
  }

  async insert(values: NewModelEndpointRow): Promise<ModelEndpointRow> {
    const rows = await this.db.insert(modelEndpoints).values(values).returning();
    if (rows[0] === undefined) throw new Error('endpoint was not inserted');
    return rows[0];
  }

  async update(id: string, values: Partial<NewModelEndpointRow>): Promise<ModelEndpointRow | undefined> {
    const rows = await this.db
      .update(modelEndpoints)
      .set({ ...values, updatedAt: sql`now()` })
      .where(eq(modelEndpoints.id, id))
      .returning();
    return rows[0];
  }

  async delete(id: string): Promise<boolean> {
    const rows = await this.db
      .delete(modelEndpoints)
      .where(eq(modelEndpoints.id, id))
      .returning({ id: modelEndpoints.id });
    return rows.length > 0;
  }
}
