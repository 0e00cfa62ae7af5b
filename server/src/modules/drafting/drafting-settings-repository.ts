import { eq } from 'drizzle-orm';
import { defaultDisclosureText, type DraftingSettings } from '@jumugwan/contracts';
import type { Database } from '../../platform/database/index.js';
import { draftingAcknowledgements, draftingSettings } from '../../platform/database/schema.js';

/** The institution's disclosure settings and who has seen the AI-use notice. */
export class DraftingSettingsRepository {
  constructor(private readonly db: Database) {}

  async settings(institutionId: string): Promise<DraftingSettings> {
    const [row] = await this.db
      .select()
      .from(draftingSettings)
      .where(eq(draftingSettings.institutionId, institutionId));
    return {
      visibleDisclosure: row?.visibleDisclosure ?? false,
      disclosureText: row?.disclosureText ?? defaultDisclosureText,
    };
  }

  async saveSettings(institutionId: string, settings: DraftingSettings, at: Date): Promise<void> {
    await this.db
      .insert(draftingSettings)
      .values({ institutionId, ...settings, updatedAt: at })
      .onConflictDoUpdate({ target: draftingSettings.institutionId, set: { ...settings, updatedAt: at } });
  }

  async acknowledgedAt(userId: string): Promise<Date | null> {
    const [row] = await this.db
      .select()
      .from(draftingAcknowledgements)
      .where(eq(draftingAcknowledgements.userId, userId));
    return row?.acknowledgedAt ?? null;
  }

  async acknowledge(userId: string, at: Date): Promise<Date> {
    const [row] = await this.db
      .insert(draftingAcknowledgements)
      .values({ userId, acknowledgedAt: at })
      .onConflictDoUpdate({ target: draftingAcknowledgements.userId, set: { acknowledgedAt: at } })
      .returning();
    return row?.acknowledgedAt ?? at;
  }
}
