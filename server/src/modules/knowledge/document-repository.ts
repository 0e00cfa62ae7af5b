import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { resultRows } from '../../platform/database/result-rows.js';
import { knowledgeDocumentFiles, knowledgeDocuments } from '../../platform/database/schema.js';

export type DocumentRow = typeof knowledgeDocuments.$inferSelect;

export interface NewDocument {
  collectionId: string;
  fileName: string;
  title: string;
  format: string;
  sha256: string;
  uploadedBy: string | null;
  bytes: Buffer;
}

export interface ClaimedDocument {
  id: string;
  collectionId: string;
  fileName: string;
  format: string;
  sha256: string;
  attempts: number;
}

/** Documents and their ingestion state: the documents table is the job queue (see docs/decisions). */
export class DocumentRepository {
  constructor(private readonly db: Database) {}

  /**
   * Adds a document, or replaces the one of the same file name in the collection: a changed file is queued
   * again (its chunks are replaced once the new version is indexed); an identical one is left as it is.
   */
  async upsert(values: NewDocument): Promise<{ document: DocumentRow; unchanged: boolean }> {
    return this.db.transaction(async (transaction) => {
      const existing = (
        await transaction
          .select()
          .from(knowledgeDocuments)
          .where(
            and(
              eq(knowledgeDocuments.collectionId, values.collectionId),
              eq(knowledgeDocuments.fileName, values.fileName),
            ),
          )
          .for('update')
      )[0];
      if (existing?.sha256 === values.sha256 && existing.status !== 'failed') {
        return { document: existing, unchanged: true };
      }
      const fields = {
        title: values.title,
        format: values.format,
        byteSize: values.bytes.length,
        sha256: values.sha256,
        uploadedBy: values.uploadedBy,
        status: 'queued' as const,
        progress: 0,
        failureReason: null,
        failureMessage: null,
        attempts: 0,
        heartbeatAt: null,
        updatedAt: new Date(),
      };
      const row =
        existing === undefined
          ? (
              await transaction
                .insert(knowledgeDocuments)
                .values({ collectionId: values.collectionId, fileName: values.fileName, ...fields })
                .returning()
            )[0]
          : (
              await transaction
                .update(knowledgeDocuments)
                .set(fields)
                .where(eq(knowledgeDocuments.id, existing.id))
                .returning()
            )[0];
      if (row === undefined) throw new Error('document was not saved');
      await transaction
        .insert(knowledgeDocumentFiles)
        .values({ documentId: row.id, bytes: values.bytes })
        .onConflictDoUpdate({ target: knowledgeDocumentFiles.documentId, set: { bytes: values.bytes } });
      return { document: row, unchanged: false };
    });
  }

  /**
   * Takes the oldest waiting document, or one whose worker stopped sending heartbeats (it crashed or was
   * restarted), and marks it processing. SKIP LOCKED lets several instances take jobs side by side.
   */
  async claimNext(staleBefore: Date): Promise<ClaimedDocument | undefined> {
    const rows = resultRows(
      await this.db.execute(sql`
        update knowledge_documents set status = 'processing', attempts = attempts + 1, heartbeat_at = now(),
          progress = 0, updated_at = now()
        where id = (
          select id from knowledge_documents
          where status = 'queued' or (status = 'processing' and heartbeat_at < ${staleBefore.toISOString()}::timestamptz)
          order by created_at
          for update skip locked
          limit 1
        )
        returning id, collection_id, file_name, format, sha256, attempts`),
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      id: String(row.id),
      collectionId: String(row.collection_id),
      fileName: String(row.file_name),
      format: String(row.format),
      sha256: String(row.sha256),
      attempts: Number(row.attempts),
    };
  }

  /** Progress and heartbeat; false when the job is no longer this worker's (replaced or deleted). */
  async reportProgress(document: ClaimedDocument, progress: number): Promise<boolean> {
    const rows = await this.db
      .update(knowledgeDocuments)
      .set({ progress, heartbeatAt: new Date(), updatedAt: new Date() })
      .where(
        and(
          eq(knowledgeDocuments.id, document.id),
          eq(knowledgeDocuments.sha256, document.sha256),
          eq(knowledgeDocuments.status, 'processing'),
        ),
      )
      .returning({ id: knowledgeDocuments.id });
    return rows.length > 0;
  }

  async markFailed(document: ClaimedDocument, reason: string, message: string): Promise<void> {
    await this.db
      .update(knowledgeDocuments)
      .set({
        status: 'failed',
        failureReason: reason,
        failureMessage: message,
        heartbeatAt: null,
        updatedAt: new Date(),
      })
      .where(and(eq(knowledgeDocuments.id, document.id), eq(knowledgeDocuments.sha256, document.sha256)));
  }

  /** A failed document queued again (the retry button). */
  async requeue(id: string): Promise<DocumentRow | undefined> {
    const rows = await this.db
      .update(knowledgeDocuments)
      .set({ status: 'queued', progress: 0, attempts: 0, failureReason: null, failureMessage: null })
      .where(and(eq(knowledgeDocuments.id, id), eq(knowledgeDocuments.status, 'failed')))
      .returning();
    return rows[0];
  }

  async fileBytes(documentId: string): Promise<Buffer | undefined> {
    const rows = await this.db
      .select({ bytes: knowledgeDocumentFiles.bytes })
      .from(knowledgeDocumentFiles)
      .where(eq(knowledgeDocumentFiles.documentId, documentId));
    return rows[0]?.bytes;
  }

  async find(id: string): Promise<DocumentRow | undefined> {
    const rows = await this.db.select().from(knowledgeDocuments).where(eq(knowledgeDocuments.id, id));
    return rows[0];
  }

  listForCollection(collectionId: string): Promise<DocumentRow[]> {
    return this.db
      .select()
      .from(knowledgeDocuments)
      .where(eq(knowledgeDocuments.collectionId, collectionId))
      .orderBy(desc(knowledgeDocuments.createdAt), knowledgeDocuments.fileName);
  }

  async idsOfCollection(collectionId: string): Promise<string[]> {
    const rows = await this.db
      .select({ id: knowledgeDocuments.id })
      .from(knowledgeDocuments)
      .where(eq(knowledgeDocuments.collectionId, collectionId));
    return rows.map((row) => row.id);
  }

  findMany(ids: readonly string[]): Promise<DocumentRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .select()
      .from(knowledgeDocuments)
      .where(inArray(knowledgeDocuments.id, [...ids]));
  }

  /** Documents of every collection per ingestion status, for /metrics. */
  async countByStatus(): Promise<{ status: string; count: number }[]> {
    return this.db
      .select({ status: knowledgeDocuments.status, count: sql<number>`count(*)::int` })
      .from(knowledgeDocuments)
      .groupBy(knowledgeDocuments.status);
  }

  async countWaiting(): Promise<number> {
    const rows = await this.db
      .select({ count: sql<number>`count(*)::int` })
      .from(knowledgeDocuments)
      .where(inArray(knowledgeDocuments.status, ['queued', 'processing']));
    return rows[0]?.count ?? 0;
  }
}
