import { sql } from 'drizzle-orm';
import type { Database } from '../../../platform/database/index.js';
import { resultRows } from '../../../platform/database/result-rows.js';
import { numberArray, textArray, uuidArray } from './sql-arrays.js';
import { tsqueryAnyTwo, tsqueryLiteral, tsvectorLiteral } from './tsvector-literal.js';

export interface ChunkToIndex {
  ordinal: number;
  text: string;
  sectionPath: string[];
  pageStart: number | null;
  pageEnd: number | null;
  /** The analyzer's tokens of what should be found (title, section path and text). */
  tokens: readonly string[];
  /** Unit length; null when the collection has no embedding model. */
  embedding: readonly number[] | null;
}

export interface IndexedDocumentFacts {
  pageCount: number | null;
  characterCount: number;
  title: string;
}

export interface LexicalTerm {
  term: string;
  /** BM25 inverse document frequency. */
  weight: number;
}

export interface ScoredChunk {
  chunkId: number;
  score: number;
}

/** BM25's usual constants. */
const termSaturation = 1.2;
const lengthNormalisation = 0.4;

function integer(value: unknown): number {
  return typeof value === 'number' ? value : Number(value ?? 0);
}

/**
 * The search index in PostgreSQL: chunks with their lexemes (GIN) and embeddings, the term statistics BM25
 * needs, and the queries. The same SQL runs on PGlite and PostgreSQL.
 */
export class ChunkIndexRepository {
  constructor(
    private readonly db: Database,
    private readonly vectorAvailable: boolean,
  ) {}

  /**
   * Replaces a document's chunks and marks it ready, in one transaction, only if the document is still the
   * version the worker read (same hash, still processing): a re-upload or delete meanwhile wins.
   */
  async replaceDocumentChunks(
    document: { id: string; collectionId: string; sha256: string },
    chunks: readonly ChunkToIndex[],
    facts: IndexedDocumentFacts,
  ): Promise<boolean> {
    return this.db.transaction(async (transaction) => {
      const current = resultRows(
        await transaction.execute(
          sql`select chunk_count from knowledge_documents where id = ${document.id} and sha256 = ${document.sha256} and status = 'processing' for update`,
        ),
      )[0];
      if (current === undefined) return false;
      // A new document has no chunks to replace (most uploads): skip those reads, they cost a round trip each.
      const removed =
        integer(current.chunk_count) === 0
          ? { terms: new Map<string, number>(), chunks: 0, tokens: 0 }
          : await removeChunkStatistics(transaction, sql`document_id = ${document.id}`);
      if (removed.chunks > 0) {
        await transaction.execute(sql`delete from knowledge_chunks where document_id = ${document.id}`);
      }

      const termDeltas = new Map<string, number>(removed.terms);
      let tokenTotal = 0;
      const rows = chunks.map((chunk) => {
        for (const term of new Set(chunk.tokens)) termDeltas.set(term, (termDeltas.get(term) ?? 0) + 1);
        tokenTotal += chunk.tokens.length;
        return {
          ordinal: chunk.ordinal,
          text: chunk.text,
          section_path: chunk.sectionPath,
          page_start: chunk.pageStart,
          page_end: chunk.pageEnd,
          lexemes: tsvectorLiteral(chunk.tokens),
          token_count: chunk.tokens.length,
          embedding: chunk.embedding,
          embedding_dimensions: chunk.embedding?.length ?? null,
        };
      });
      // Bounded batches keep each statement's JSON parameter small.
      for (let start = 0; start < rows.length; start += 200) {
        const batch = JSON.stringify(rows.slice(start, start + 200));
        await transaction.execute(sql`
          insert into knowledge_chunks (document_id, collection_id, ordinal, text, section_path, page_start, page_end,
            lexemes, token_count, embedding, embedding_dimensions)
          select ${document.id}, ${document.collectionId}, x.ordinal, x.text, x.section_path, x.page_start, x.page_end,
            x.lexemes::tsvector, x.token_count,
            case when x.embedding is null then null
              else array(select jsonb_array_elements_text(x.embedding)::real) end,
            x.embedding_dimensions
          from jsonb_to_recordset(${batch}::jsonb) as x(ordinal int, text text, section_path jsonb, page_start int,
            page_end int, lexemes text, token_count int, embedding jsonb, embedding_dimensions int)`);
      }
      // Frequency changes, totals and the document's new state in one statement: one round trip, not three.
      const deltas = [...termDeltas].filter(([, delta]) => delta !== 0);
      await transaction.execute(sql`
        with pending as (
          insert into knowledge_term_pending (term, chunks)
          select term, delta::int from unnest(${textArray(deltas.map(([term]) => term))},
            ${numberArray(deltas.map(([, delta]) => delta))}) as d(term, delta)
        ), totals as (
          update knowledge_index_totals set chunks = chunks + ${chunks.length - removed.chunks},
            tokens = tokens + ${tokenTotal - removed.tokens} where id = 1
        )
        update knowledge_documents set status = 'ready', progress = 100, failure_reason = null,
          failure_message = null, chunk_count = ${chunks.length}, page_count = ${facts.pageCount},
          character_count = ${facts.characterCount}, title = ${facts.title}, indexed_at = now(),
          heartbeat_at = null, updated_at = now()
        where id = ${document.id}`);
      return true;
    });
  }

  /** Deletes documents (by id) and their chunks, keeping BM25's statistics right. */
  async deleteDocuments(documentIds: readonly string[]): Promise<void> {
    if (documentIds.length === 0) return;
    await this.db.transaction(async (transaction) => {
      const removed = await removeChunkStatistics(
        transaction,
        sql`document_id = any(${uuidArray(documentIds)})`,
      );
      await applyTermDeltas(transaction, removed.terms);
      await transaction.execute(sql`
        update knowledge_index_totals set chunks = chunks - ${removed.chunks}, tokens = tokens - ${removed.tokens}
        where id = 1`);
      await transaction.execute(
        sql`delete from knowledge_documents where id = any(${uuidArray(documentIds)})`,
      );
    });
    // No worker may be ingesting to fold these soon; queries read the pending table without an index.
    await this.foldTermStatistics();
  }

  /** Document frequencies of the terms, and the index totals (for IDF and average length). */
  async termStatistics(
    terms: readonly string[],
  ): Promise<{ frequencies: Map<string, number>; chunks: number; averageLength: number }> {
    const frequencies = new Map<string, number>();
    if (terms.length > 0) {
      const rows = resultRows(
        await this.db.execute(sql`
          select term, sum(chunks)::int as chunks from (
            select term, chunks from knowledge_term_statistics where term = any(${textArray(terms)})
            union all
            select term, chunks from knowledge_term_pending where term = any(${textArray(terms)})
          ) as both_tables
          group by term`),
      );
      for (const row of rows) frequencies.set(String(row.term), integer(row.chunks));
    }
    const totals = resultRows(
      await this.db.execute(sql`select chunks, tokens from knowledge_index_totals`),
    )[0];
    const chunks = integer(totals?.chunks);
    const tokens = integer(totals?.tokens);
    return { frequencies, chunks, averageLength: chunks === 0 ? 1 : Math.max(tokens / chunks, 1) };
  }

  /**
   * BM25 over the chunks of the given collections. Candidates are the chunks holding one (or, with
   * `atLeastTwo`, two) of `candidateTerms` (the query's rarer words, so a very common term cannot make every
   * chunk a candidate); every query term then counts in the score.
   */
  async lexicalSearch(input: {
    collectionIds: readonly string[];
    terms: readonly LexicalTerm[];
    candidateTerms: readonly string[];
    /** Candidates must hold at least two of the candidate terms (when there are two or more). */
    atLeastTwo: boolean;
    averageLength: number;
    limit: number;
  }): Promise<ScoredChunk[]> {
    if (input.collectionIds.length === 0 || input.candidateTerms.length === 0) return [];
    const candidateQuery =
      input.atLeastTwo && input.candidateTerms.length >= 2
        ? tsqueryAnyTwo(input.candidateTerms)
        : tsqueryLiteral(input.candidateTerms);
    const names = input.terms.map((term) => term.term);
    const weights = input.terms.map((term) => term.weight);
    const rows = resultRows(
      await this.db.execute(sql`
        with query_terms as (
          select * from unnest(${textArray(names)}, ${numberArray(weights)}) as q(term, weight)
        ), candidates as (
          select c.id, c.lexemes, c.token_count from knowledge_chunks c
          where c.collection_id = any(${uuidArray(input.collectionIds)})
            and c.lexemes @@ ${candidateQuery}::tsquery
        )
        select c.id,
          sum(q.weight * (cardinality(m.positions) * ${sql.raw(String(termSaturation + 1))}) /
            (cardinality(m.positions) + ${sql.raw(String(termSaturation))} * (${sql.raw(String(1 - lengthNormalisation))} +
              ${sql.raw(String(lengthNormalisation))} * c.token_count / ${input.averageLength}::float8))) as score
        from candidates c
        cross join lateral unnest(ts_filter(setweight(c.lexemes, 'A', ${textArray(names)}), '{a}'))
          as m(lexeme, positions, weights)
        join query_terms q on q.term = m.lexeme
        group by c.id
        order by score desc, c.id
        limit ${input.limit}`),
    );
    return rows.map((row) => ({ chunkId: integer(row.id), score: Number(row.score) }));
  }

  /**
   * Nearest chunks by cosine similarity among the given collections (which share one embedding model). With
   * pgvector the HNSW index of that dimension answers, scanning on until enough rows pass the access filter;
   * without it, an exact scan.
   */
  async vectorSearch(input: {
    collectionIds: readonly string[];
    embedding: readonly number[];
    limit: number;
  }): Promise<{ hits: ScoredChunk[]; exact: boolean }> {
    if (input.collectionIds.length === 0) return { hits: [], exact: !this.vectorAvailable };
    const dimensions = input.embedding.length;
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 4_000) {
      throw new Error(`unsupported embedding dimension ${String(dimensions)}`);
    }
    const collections = uuidArray(input.collectionIds);
    if (this.vectorAvailable) {
      const vectorType = sql.raw(`vector(${String(dimensions)})`);
      const literal = `[${input.embedding.join(',')}]`;
      const rows = await this.db.transaction(async (transaction) => {
        await transaction.execute(sql`set local hnsw.iterative_scan = relaxed_order`);
        await transaction.execute(
          sql`set local hnsw.ef_search = ${sql.raw(String(Math.max(40, input.limit * 2)))}`,
        );
        return resultRows(
          await transaction.execute(sql`
            select id, 1 - (embedding::${vectorType} <=> ${literal}::${vectorType}) as score
            from knowledge_chunks
            where embedding_dimensions = ${dimensions} and collection_id = any(${collections})
            order by embedding::${vectorType} <=> ${literal}::${vectorType}
            limit ${input.limit}`),
        );
      });
      return {
        hits: rows
          .map((row) => ({ chunkId: integer(row.id), score: Number(row.score) }))
          .sort((left, right) => right.score - left.score),
        exact: false,
      };
    }
    // Embeddings are stored at unit length, so the dot product is the cosine similarity.
    const rows = resultRows(
      await this.db.execute(sql`
        select c.id, (select sum(a * b) from unnest(c.embedding, ${numberArray(input.embedding)}) as p(a, b)) as score
        from knowledge_chunks c
        where c.embedding_dimensions = ${dimensions} and c.collection_id = any(${collections})
        order by score desc nulls last, c.id
        limit ${input.limit}`),
    );
    return { hits: rows.map((row) => ({ chunkId: integer(row.id), score: Number(row.score) })), exact: true };
  }

  /**
   * Folds the pending frequency changes into the statistics, in term order (so two instances folding at
   * once cannot deadlock); each pending row is taken by exactly one fold. Returns how many were folded.
   */
  async foldTermStatistics(): Promise<number> {
    const folded = await this.db.transaction(async (transaction) => {
      const row = resultRows(
        await transaction.execute(sql`
          with taken as (
            delete from knowledge_term_pending returning term, chunks
          ), summed as (
            select term, sum(chunks)::int as chunks, count(*)::int as pending_rows from taken group by term
          ), folded as (
            insert into knowledge_term_statistics (term, chunks)
            select term, chunks from summed where chunks <> 0 order by term
            on conflict (term) do update set chunks = knowledge_term_statistics.chunks + excluded.chunks
            returning term, chunks
          )
          select (select coalesce(sum(pending_rows), 0)::int from summed) as folded,
            (select coalesce(jsonb_agg(term), '[]'::jsonb) from folded where chunks <= 0) as emptied`),
      )[0];
      const emptied = Array.isArray(row?.emptied) ? (row.emptied as string[]) : [];
      if (emptied.length > 0) {
        await transaction.execute(
          sql`delete from knowledge_term_statistics where term = any(${textArray(emptied)}) and chunks <= 0`,
        );
      }
      return Number(row?.folded ?? 0);
    });
    if (folded > 0) await this.reclaimStatisticsSpace();
    return folded;
  }

  /**
   * Every fold deletes the pending rows and rewrites statistics rows; until a vacuum, each query's scan of
   * the pending table reads those dead rows (4.7 million of them, 56 ms a query, after 100,000 chunks).
   * PGlite has no autovacuum and PostgreSQL's comes late, so the fold reclaims the space itself (a few ms).
   */
  private async reclaimStatisticsSpace(): Promise<void> {
    for (const table of ['knowledge_term_pending', 'knowledge_term_statistics', 'knowledge_index_totals']) {
      await this.db.execute(sql.raw(`vacuum ${table}`));
    }
  }

  /** An HNSW index for a dimension, made when the first collection with such a model is created. */
  async ensureVectorIndex(dimensions: number): Promise<void> {
    if (!this.vectorAvailable) return;
    if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 2_000) return;
    const size = String(dimensions);
    await this.db.transaction(async (transaction) => {
      // pgvector builds the graph in memory when it fits (minutes faster than spilling, at 100,000 chunks).
      await transaction.execute(sql`set local maintenance_work_mem = '512MB'`);
      await transaction.execute(
        sql.raw(
          `create index if not exists knowledge_chunks_hnsw_${size} on knowledge_chunks using hnsw ((embedding::vector(${size})) vector_cosine_ops) where embedding_dimensions = ${size}`,
        ),
      );
    });
  }
}

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Term counts (negative, to subtract), chunk and token totals of the chunks about to go. */
async function removeChunkStatistics(
  transaction: Transaction,
  where: ReturnType<typeof sql>,
): Promise<{ terms: Map<string, number>; chunks: number; tokens: number }> {
  const terms = new Map<string, number>();
  const termRows = resultRows(
    await transaction.execute(sql`
      select t.term, count(*)::int as chunks
      from knowledge_chunks c, unnest(tsvector_to_array(c.lexemes)) as t(term)
      where ${where}
      group by t.term`),
  );
  for (const row of termRows) terms.set(String(row.term), -integer(row.chunks));
  const totals = resultRows(
    await transaction.execute(
      sql`select count(*)::int as chunks, coalesce(sum(token_count), 0)::bigint as tokens from knowledge_chunks where ${where}`,
    ),
  )[0];
  return { terms, chunks: integer(totals?.chunks), tokens: integer(totals?.tokens) };
}

/**
 * Records changes to the document frequencies as plain appends to the pending table: no existing row is
 * updated or locked, which makes ingestion cheaper and keeps concurrent writers from waiting on each other.
 * `foldTermStatistics` moves them into the statistics later; readers add both.
 */
async function applyTermDeltas(transaction: Transaction, deltas: ReadonlyMap<string, number>): Promise<void> {
  const entries = [...deltas].filter(([, delta]) => delta !== 0);
  for (let start = 0; start < entries.length; start += 5_000) {
    const batch = entries.slice(start, start + 5_000);
    await transaction.execute(sql`
      insert into knowledge_term_pending (term, chunks)
      select term, delta::int from unnest(${textArray(batch.map(([term]) => term))},
        ${numberArray(batch.map(([, delta]) => delta))}) as d(term, delta)`);
  }
}
