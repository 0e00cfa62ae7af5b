import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { knowledgeQueryHistory } from '../../platform/database/schema.js';

export interface QueryHistoryEntry {
  id: string;
  query: string;
  collectionIds: string[];
  resultCount: number;
  tookMs: number;
  createdAt: string;
}

/** Recent questions a person tried in search and the retrieval console. */
export class QueryHistoryRepository {
  constructor(private readonly db: Database) {}

  async record(values: typeof knowledgeQueryHistory.$inferInsert): Promise<void> {
    await this.db.insert(knowledgeQueryHistory).values(values);
  }

  async recent(userId: string, limit: number): Promise<QueryHistoryEntry[]> {
    const rows = await this.db
      .select()
      .from(knowledgeQueryHistory)
      .where(eq(knowledgeQueryHistory.userId, userId))
      .orderBy(desc(knowledgeQueryHistory.createdAt))
      .limit(limit);
    return rows.map((row) => ({
      id: row.id,
      query: row.query,
      collectionIds: row.collectionIds,
      resultCount: row.resultCount,
      tookMs: row.tookMs,
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
