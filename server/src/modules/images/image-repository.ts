import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { generatedImages } from '../../platform/database/schema.js';

export type GeneratedImageRow = typeof generatedImages.$inferSelect;
export type GeneratedImageSummary = Omit<GeneratedImageRow, 'data'>;

const summaryColumns = {
  id: generatedImages.id,
  userId: generatedImages.userId,
  model: generatedImages.model,
  prompt: generatedImages.prompt,
  size: generatedImages.size,
  mimeType: generatedImages.mimeType,
  createdAt: generatedImages.createdAt,
};

export class ImageRepository {
  constructor(private readonly db: Database) {}

  async insert(values: typeof generatedImages.$inferInsert): Promise<GeneratedImageSummary> {
    const rows = await this.db.insert(generatedImages).values(values).returning(summaryColumns);
    if (rows[0] === undefined) throw new Error('image was not inserted');
    return rows[0];
  }

  /** The gallery lists metadata only; bytes are read one image at a time. */
  listForUser(userId: string): Promise<GeneratedImageSummary[]> {
    return this.db
      .select(summaryColumns)
      .from(generatedImages)
      .where(eq(generatedImages.userId, userId))
      .orderBy(desc(generatedImages.createdAt))
      .limit(200);
  }

  async findForUser(userId: string, id: string): Promise<GeneratedImageRow | undefined> {
    const rows = await this.db
      .select()
      .from(generatedImages)
      .where(and(eq(generatedImages.id, id), eq(generatedImages.userId, userId)));
    return rows[0];
  }

  async deleteForUser(userId: string, id: string): Promise<boolean> {
    const rows = await this.db
      .delete(generatedImages)
      .where(and(eq(generatedImages.id, id), eq(generatedImages.userId, userId)))
      .returning({ id: generatedImages.id });
    return rows.length > 0;
  }
}
