import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { modelPrices } from '../../platform/database/schema.js';

export type PriceRow = typeof modelPrices.$inferSelect;
export type PriceValues = Omit<PriceRow, 'id' | 'createdAt'>;

/** All SQL of the price table. */
export class PriceRepository {
  constructor(private readonly db: Database) {}

  list(): Promise<PriceRow[]> {
    return this.db
      .select()
      .from(modelPrices)
      .orderBy(asc(modelPrices.modelId), asc(modelPrices.effectiveFrom));
  }

  async find(id: string): Promise<PriceRow | undefined> {
    const rows = await this.db.select().from(modelPrices).where(eq(modelPrices.id, id));
    return rows[0];
  }

  /** Null when the model already has a price from that day. */
  async insert(values: PriceValues): Promise<PriceRow | null> {
    const rows = await this.db.insert(modelPrices).values(values).onConflictDoNothing().returning();
    return rows[0] ?? null;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete(modelPrices).where(eq(modelPrices.id, id));
  }
}
