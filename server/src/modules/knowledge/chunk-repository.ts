import { and, asc, between, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../platform/database/index.js';
import { knowledgeChunks, knowledgeCollections, knowledgeDocuments } from '../../platform/database/schema.js';

export interface ChunkWithSource {
  id: number;
  documentId: string;
  collectionId: string;
  ordinal: number;
  text: string;
  sectionPath: string[];
  pageStart: number | null;
  pageEnd: number | null;
  documentTitle: string;
  fileName: string;
  collectionName: string;
}

const columns = {
  id: knowledgeChunks.id,
  documentId: knowledgeChunks.documentId,
  collectionId: knowledgeChunks.collectionId,
  ordinal: knowledgeChunks.ordinal,
  text: knowledgeChunks.text,
  sectionPath: knowledgeChunks.sectionPath,
  pageStart: knowledgeChunks.pageStart,
  pageEnd: knowledgeChunks.pageEnd,
  documentTitle: knowledgeDocuments.title,
  fileName: knowledgeDocuments.fileName,
  collectionName: knowledgeCollections.name,
};

/** Chunk reads for results and citations; callers pass the collections the reader may read. */
export class ChunkRepository {
  constructor(private readonly db: Database) {}

  /** The chunks among `ids` that lie in `collectionIds` (anything else is as if it did not exist). */
  async findInCollections(
    ids: readonly number[],
    collectionIds: readonly string[],
  ): Promise<Map<number, ChunkWithSource>> {
    const found = new Map<number, ChunkWithSource>();
    if (ids.length === 0 || collectionIds.length === 0) return found;
    const rows = await this.db
      .select(columns)
      .from(knowledgeChunks)
      .innerJoin(knowledgeDocuments, eq(knowledgeDocuments.id, knowledgeChunks.documentId))
      .innerJoin(knowledgeCollections, eq(knowledgeCollections.id, knowledgeChunks.collectionId))
      .where(
        and(inArray(knowledgeChunks.id, [...ids]), inArray(knowledgeChunks.collectionId, [...collectionIds])),
      );
    for (const row of rows) found.set(row.id, row);
    return found;
  }

  /** A document's chunks with ordinals in [from, to], in order. */
  rangeOfDocument(documentId: string, from: number, to: number): Promise<ChunkWithSource[]> {
    return this.db
      .select(columns)
      .from(knowledgeChunks)
      .innerJoin(knowledgeDocuments, eq(knowledgeDocuments.id, knowledgeChunks.documentId))
      .innerJoin(knowledgeCollections, eq(knowledgeCollections.id, knowledgeChunks.collectionId))
      .where(and(eq(knowledgeChunks.documentId, documentId), between(knowledgeChunks.ordinal, from, to)))
      .orderBy(asc(knowledgeChunks.ordinal));
  }

  /** Every chunk of a document in order (summaries). */
  allOfDocument(documentId: string): Promise<ChunkWithSource[]> {
    return this.rangeOfDocument(documentId, 0, 2_147_483_647);
  }
}
