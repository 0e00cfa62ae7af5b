import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import {
  assistantExamples,
  assistantRatings,
  assistants,
  assistantSaves,
} from '../../platform/database/schema.js';

export type ExampleRow = typeof assistantExamples.$inferSelect;

/** Shown on the page: the newest few are enough to learn what the assistant does. */
const exampleLimit = 20;

/** What people do with an assistant: uses, saves, ratings and the examples its editors publish. */
export class AssistantEngagementRepository {
  constructor(private readonly db: Database) {}

  async recordUse(assistantId: string): Promise<void> {
    await this.db
      .update(assistants)
      .set({ useCount: sql`${assistants.useCount} + 1` })
      .where(eq(assistants.id, assistantId));
  }

  async save(assistantId: string, userId: string): Promise<void> {
    await this.db.insert(assistantSaves).values({ assistantId, userId }).onConflictDoNothing();
  }

  async unsave(assistantId: string, userId: string): Promise<void> {
    await this.db
      .delete(assistantSaves)
      .where(and(eq(assistantSaves.assistantId, assistantId), eq(assistantSaves.userId, userId)));
  }

  async rate(assistantId: string, userId: string, stars: number, at: Date): Promise<void> {
    await this.db
      .insert(assistantRatings)
      .values({ assistantId, userId, stars, createdAt: at, updatedAt: at })
      .onConflictDoUpdate({
        target: [assistantRatings.assistantId, assistantRatings.userId],
        set: { stars, updatedAt: at },
      });
  }

  async ratingOf(assistantId: string, userId: string): Promise<number | null> {
    const [row] = await this.db
      .select({ stars: assistantRatings.stars })
      .from(assistantRatings)
      .where(and(eq(assistantRatings.assistantId, assistantId), eq(assistantRatings.userId, userId)));
    return row?.stars ?? null;
  }

  async examples(assistantId: string): Promise<ExampleRow[]> {
    return this.db
      .select()
      .from(assistantExamples)
      .where(eq(assistantExamples.assistantId, assistantId))
      .orderBy(desc(assistantExamples.createdAt), desc(assistantExamples.id))
      .limit(exampleLimit);
  }

  async addExample(
    example: Pick<ExampleRow, 'assistantId' | 'title' | 'messages' | 'createdBy'>,
    at: Date,
  ): Promise<ExampleRow> {
    const [row] = await this.db
      .insert(assistantExamples)
      .values({ ...example, createdAt: at })
      .returning();
    if (row === undefined) throw new Error('example insert returned nothing');
    return row;
  }

  async deleteExample(assistantId: string, exampleId: string): Promise<boolean> {
    const rows = await this.db
      .delete(assistantExamples)
      .where(and(eq(assistantExamples.id, exampleId), eq(assistantExamples.assistantId, assistantId)))
      .returning({ id: assistantExamples.id });
    return rows.length > 0;
  }
}
