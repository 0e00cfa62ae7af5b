import { and, asc, count, eq } from 'drizzle-orm';
import type { UseCaseAttachment } from '@jumugwan/contracts';
import type { Database } from '../../platform/database/index.js';
import { useCaseAttachments, useCases } from '../../platform/database/schema.js';

export type UseCaseAttachmentFile = UseCaseAttachment & { bytes: Buffer };

const summary = {
  id: useCaseAttachments.id,
  fileName: useCaseAttachments.fileName,
  mediaType: useCaseAttachments.mediaType,
  byteSize: useCaseAttachments.byteSize,
};

/** Files attached to cases, kept in the database with them (a case's files are few and small). */
export class UseCaseAttachmentRepository {
  constructor(private readonly db: Database) {}

  list(caseId: string): Promise<UseCaseAttachment[]> {
    return this.db
      .select(summary)
      .from(useCaseAttachments)
      .where(eq(useCaseAttachments.caseId, caseId))
      .orderBy(asc(useCaseAttachments.createdAt), asc(useCaseAttachments.fileName));
  }

  async find(caseId: string, id: string): Promise<UseCaseAttachmentFile | undefined> {
    const [row] = await this.db
      .select({ ...summary, bytes: useCaseAttachments.bytes })
      .from(useCaseAttachments)
      .where(and(eq(useCaseAttachments.caseId, caseId), eq(useCaseAttachments.id, id)));
    return row;
  }

  /**
   * Adds the files unless the case would then have more than `limit`; false when it would. The case row is
   * locked while counting, so two uploads at once cannot both squeeze past the limit.
   */
  async insertWithinLimit(
    caseId: string,
    files: readonly { fileName: string; mediaType: string; bytes: Buffer }[],
    limit: number,
    at: Date,
  ): Promise<boolean> {
    return this.db.transaction(async (transaction) => {
      await transaction
        .select({ id: useCases.id })
        .from(useCases)
        .where(eq(useCases.id, caseId))
        .for('update');
      const [existing] = await transaction
        .select({ files: count() })
        .from(useCaseAttachments)
        .where(eq(useCaseAttachments.caseId, caseId));
      if ((existing?.files ?? 0) + files.length > limit) return false;
      await transaction.insert(useCaseAttachments).values(
        files.map((file, index) => ({
          caseId,
          fileName: file.fileName,
          mediaType: file.mediaType,
          byteSize: file.bytes.byteLength,
          bytes: file.bytes,
          // Files sent together keep their order in the list.
          createdAt: new Date(at.getTime() + index),
        })),
      );
      return true;
    });
  }

  async delete(caseId: string, id: string): Promise<boolean> {
    const rows = await this.db
      .delete(useCaseAttachments)
      .where(and(eq(useCaseAttachments.caseId, caseId), eq(useCaseAttachments.id, id)))
      .returning({ id: useCaseAttachments.id });
    return rows.length > 0;
  }
}
