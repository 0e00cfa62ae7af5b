import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { useCaseComments, useCaseLikes, useCases } from '../../platform/database/schema.js';

export type UseCaseCommentRow = typeof useCaseComments.$inferSelect;

/** Likes and comments, with the counters on the case kept in the same transaction. */
export class UseCaseReactionRepository {
  constructor(private readonly db: Database) {}

  async likedBy(caseId: string, userId: string): Promise<boolean> {
    const rows = await this.db
      .select({ caseId: useCaseLikes.caseId })
      .from(useCaseLikes)
      .where(and(eq(useCaseLikes.caseId, caseId), eq(useCaseLikes.userId, userId)));
    return rows.length > 0;
  }

  /** Likes once however often it is called; the count moves only when a like was added. */
  async like(caseId: string, userId: string): Promise<void> {
    await this.db.transaction(async (transaction) => {
      const added = await transaction
        .insert(useCaseLikes)
        .values({ caseId, userId })
        .onConflictDoNothing()
        .returning({ caseId: useCaseLikes.caseId });
      if (added.length === 0) return;
      await transaction
        .update(useCases)
        .set({ likeCount: sql`${useCases.likeCount} + 1` })
        .where(eq(useCases.id, caseId));
    });
  }

  async unlike(caseId: string, userId: string): Promise<void> {
    await this.db.transaction(async (transaction) => {
      const removed = await transaction
        .delete(useCaseLikes)
        .where(and(eq(useCaseLikes.caseId, caseId), eq(useCaseLikes.userId, userId)))
        .returning({ caseId: useCaseLikes.caseId });
      if (removed.length === 0) return;
      await transaction
        .update(useCases)
        .set({ likeCount: sql`greatest(${useCases.likeCount} - 1, 0)` })
        .where(eq(useCases.id, caseId));
    });
  }

  async likeCount(caseId: string): Promise<number> {
    const [row] = await this.db
      .select({ likes: useCases.likeCount })
      .from(useCases)
      .where(eq(useCases.id, caseId));
    return row?.likes ?? 0;
  }

  comments(caseId: string): Promise<UseCaseCommentRow[]> {
    return this.db
      .select()
      .from(useCaseComments)
      .where(eq(useCaseComments.caseId, caseId))
      .orderBy(asc(useCaseComments.createdAt), asc(useCaseComments.id));
  }

  async findComment(caseId: string, commentId: string): Promise<UseCaseCommentRow | undefined> {
    const [row] = await this.db
      .select()
      .from(useCaseComments)
      .where(and(eq(useCaseComments.caseId, caseId), eq(useCaseComments.id, commentId)));
    return row;
  }

  async addComment(
    comment: { caseId: string; userId: string; authorName: string; body: string },
    at: Date,
  ): Promise<UseCaseCommentRow> {
    return this.db.transaction(async (transaction) => {
      const [row] = await transaction
        .insert(useCaseComments)
        .values({ ...comment, createdAt: at })
        .returning();
      if (row === undefined) throw new Error('comment insert returned nothing');
      await transaction
        .update(useCases)
        .set({ commentCount: sql`${useCases.commentCount} + 1` })
        .where(eq(useCases.id, comment.caseId));
      return row;
    });
  }

  async deleteComment(caseId: string, commentId: string): Promise<void> {
    await this.db.transaction(async (transaction) => {
      const removed = await transaction
        .delete(useCaseComments)
        .where(and(eq(useCaseComments.caseId, caseId), eq(useCaseComments.id, commentId)))
        .returning({ id: useCaseComments.id });
      if (removed.length === 0) return;
      await transaction
        .update(useCases)
        .set({ commentCount: sql`greatest(${useCases.commentCount} - 1, 0)` })
        .where(eq(useCases.id, caseId));
    });
  }
}
