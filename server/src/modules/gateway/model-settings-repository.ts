import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { modelSettings } from '../../platform/database/schema.js';

export type ModelSettingsRow = typeof modelSettings.$inferSelect;
export type ModelCapability = ModelSettingsRow['capability'];

export class ModelSettingsRepository {
  constructor(private readonly db: Database) {}

  list(): Promise<ModelSettingsRow[]> {
    return this.db.select().from(modelSettings);
  }

  async upsert(values: {
    modelId: string;
    capability: ModelCapability;
    fallbacks: string[];
  }): Promise<ModelSettingsRow> {
    const rows = await this.db
      .insert(modelSettings)
      .values(values)
      .onConflictDoUpdate({
        target: modelSettings.modelId,
        set: { capability: values.capability, fallbacks: values.fallbacks, updatedAt: sql`now()` },
      })
      .returning();
    if (rows[0] === undefined) throw new Error('model settings were not saved');
    return rows[0];
  }

  async delete(modelId: string): Promise<void> {
    await this.db.delete(modelSettings).where(eq(modelSettings.modelId, modelId));
  }
}
