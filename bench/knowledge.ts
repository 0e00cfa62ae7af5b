import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { sql } from 'drizzle-orm';
import { markdownToHwpx } from 'kordoc';
import { openDatabase, type DatabaseHandle } from '../server/src/platform/database/index.js';
import { resultRows } from '../server/src/platform/database/result-rows.js';
import { OrgRepository } from '../server/src/modules/org/index.js';
import {
  ChunkIndexRepository,
  ChunkRepository,
  CollectionRepository,
  DocumentPreparer,
  DocumentRepository,
  HybridRetriever,
  IngestionWorker,
} from '../server/src/modules/knowledge/index.js';
import { analyzeForIndex } from '../server/src/modules/knowledge/analyze/korean-analyzer.js';
import { chunkDocument } from '../server/src/modules/knowledge/chunk/chunk-document.js';
import { indexedTextOf } from '../server/src/modules/knowledge/index/indexed-text.js';
import { parseDocumentFile } from '../server/src/modules/knowledge/ingest/parsers/parse-document-file.js';
import type { CollectionRow } from '../server/src/modules/knowledge/collection-repository.js';
import { KnowledgeCorpus } from './knowledge-corpus.js';
import { createScratchDatabase } from '../server/src/test/scratch-postgres-database.js';

/**
 * npm run bench:knowledge — knowledge ingestion and query speed.
 * 1. Ingestion: generated statutes and manuals as Markdown, DOCX and HWPX go through the real worker
 *    (parse, chunk, analyze, index) on PGlite; pages/s counts a page as 1,800 characters of text.
 * 2. Queries at BENCH_CHUNKS (default 100,000) chunks: PGlite with 384-dimension vectors and pgvector HNSW
 *    (hybrid and lexical), and PostgreSQL lexical when DATABASE_URL is set (a fresh database is created and
 *    dropped). Embedding time is excluded: chunk and query vectors are generated, clustered by topic.
 *    Questions name three or four less common words of a passage of the index (one every 400 chunks).
 */
const targetChunks = Number(process.env.BENCH_CHUNKS ?? 100_000);
const queryCount = Number(process.env.BENCH_QUERIES ?? 200);
const dimensions = 384;
const pageCharacters = 1_800;
const topics = 200;

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

async function setUp(
  database: DatabaseHandle,
  embedding: boolean,
): Promise<{ collection: CollectionRow; userId: string }> {
  const org = new OrgRepository(database.db);
  const institution = await org.ensureInstitution('BENCH', '벤치시');
  const user = await org.insertUser({
    institutionId: institution.id,
    name: '벤치',
    source: 'local',
    username: `bench-${randomBytes(3).toString('hex')}`,
  });
  const collection = await new CollectionRepository(database.db).insert({
    institutionId: institution.id,
    name: '벤치 모음',
    scope: 'common',
    ownerUserId: user.id,
    sensitivity: 'internal',
    embeddingModel: embedding ? 'bench-embed' : null,
    embeddingDimensions: embedding ? dimensions : null,
  });
  return { collection, userId: user.id };
}

async function docxOf(markdown: string): Promise<Buffer> {
  const paragraphs = markdown
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('|'))
    .map((line) =>
      line.startsWith('#')
        ? new Paragraph({ text: line.replace(/^#+\s*/, ''), heading: HeadingLevel.HEADING_1 })
        : new Paragraph({ text: line }),
    );
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}

async function measureIngestion(corpus: KnowledgeCorpus): Promise<string[]> {
  const database = await openDatabase({ pgliteDirectory: 'memory://' });
  const { collection } = await setUp(database, false);
  const documents = new DocumentRepository(database.db);
  const index = new ChunkIndexRepository(database.db, database.vectorAvailable);
  // Files are read on a worker thread, as in the platform.
  const preparer = new DocumentPreparer({
    threads: 1,
    maximumBytes: 50 * 1_048_576,
    timeoutMs: 10 * 60_000,
    maximumHeapMb: 1_024,
  });
  // Started once and kept, as in the platform: the thread's start-up is not part of any file's time.
  await preparer.prepare('warm-up.md', Buffer.from('# 준비\n\n준비 문서입니다.\n'));
  const worker = new IngestionWorker(
    documents,
    new CollectionRepository(database.db),
    index,
    (fileName, bytes) => preparer.prepare(fileName, bytes),
    () => Promise.reject(new Error('no embeddings in this run')),
    { pollMs: 1_000, staleAfterMs: 120_000, maximumAttempts: 3 },
    { warn: (details, message) => console.warn(message, details) },
  );
  const lines: string[] = [];
  // Twelve short files per format, then one long manual (~300 pages), where reading a file takes seconds.
  const batches = [
    { name: 'md', format: 'md', files: 12, characters: 9_000 },
    { name: 'docx', format: 'docx', files: 12, characters: 9_000 },
    { name: 'hwpx', format: 'hwpx', files: 12, characters: 9_000 },
    { name: 'hwpx ×1', format: 'hwpx', files: 1, characters: 300 * pageCharacters },
  ] as const;
  for (const [batchIndex, { name, format, files, characters }] of batches.entries()) {
    const prefix = `${String(batchIndex)}-${format}`;
    for (let index = 0; index < files; index += 1) {
      const markdown =
        index % 2 === 0 && files > 1
          ? corpus.statute(`한빛시 ${corpus.word()} 조례 ${String(index)}`, characters)
          : corpus.manual(`${corpus.word()} 업무 매뉴얼 ${String(index)}`, characters);
      const bytes =
        format === 'md'
          ? Buffer.from(markdown)
          : format === 'docx'
            ? await docxOf(markdown)
            : Buffer.from(await markdownToHwpx(markdown));
      await documents.upsert({
        collectionId: collection.id,
        fileName: `${prefix}-${String(index)}.${format}`,
        title: `${prefix}-${String(index)}`,
        format,
        sha256: randomUUID(),
        uploadedBy: null,
        bytes,
      });
    }
    // The longest wait of a timer that is due every 5 ms: what a chat or API call of the server (whose I/O
    // callbacks run on the same event loop) waits at worst while documents are ingested.
    let lastTick = performance.now();
    let longestStallMs = 0;
    const probe = setInterval(() => {
      const now = performance.now();
      longestStallMs = Math.max(longestStallMs, now - lastTick);
      lastTick = now;
    }, 5);
    const started = performance.now();
    await worker.drain();
    const seconds = (performance.now() - started) / 1000;
    clearInterval(probe);
    longestStallMs = Math.max(longestStallMs, performance.now() - lastTick);
    const rows = resultRows(
      await database.db.execute(
        sql`select count(*)::int as documents, coalesce(sum(character_count), 0)::bigint as characters, coalesce(sum(chunk_count), 0)::int as chunks, count(*) filter (where status <> 'ready')::int as failed from knowledge_documents where file_name like ${`${prefix}-%`}`,
      ),
    )[0];
    const pages = Number(rows?.characters ?? 0) / pageCharacters;
    lines.push(
      `ingest ${name.padEnd(7)} ${String(rows?.documents).padStart(3)} files ${pages.toFixed(0).padStart(5)} pages ${String(rows?.chunks).padStart(5)} chunks ${seconds.toFixed(2).padStart(6)} s → ${(pages / seconds).toFixed(0).padStart(5)} pages/s, longest event-loop stall ${longestStallMs.toFixed(0)} ms${Number(rows?.failed) > 0 ? ` (${String(rows?.failed)} failed)` : ''}`,
    );
  }
  await preparer.close();
  await database.close();
  return lines;
}

/** Passages questions are asked about: one in every 400 chunks of the fill. */
const questionPassages: string[] = [];

/** Fills the index with generated documents through the same write path as ingestion. */
async function fill(
  database: DatabaseHandle,
  collection: CollectionRow,
  corpus: KnowledgeCorpus,
  withVectors: boolean,
): Promise<string> {
  const index = new ChunkIndexRepository(database.db, database.vectorAvailable);
  // Questions are asked about this database's own passages.
  questionPassages.length = 0;
  let chunks = 0;
  let documentNumber = 0;
  const started = performance.now();
  let lastReport = started;
  while (chunks < targetChunks) {
    const markdown =
      documentNumber % 2 === 0
        ? corpus.statute(`한빛시 ${corpus.word()} 조례 ${String(documentNumber)}`, 6_000)
        : corpus.manual(`${corpus.word()} 매뉴얼 ${String(documentNumber)}`, 6_000);
    const parsed = await parseDocumentFile('generated.md', Buffer.from(markdown));
    const title = parsed.title ?? 'generated';
    const pieces = chunkDocument(parsed).slice(0, targetChunks - chunks);
    const topic = documentNumber % topics;
    const id = randomUUID();
    const sha = randomUUID();
    await database.db.execute(sql`
      insert into knowledge_documents (id, collection_id, file_name, title, format, byte_size, sha256, status)
      values (${id}, ${collection.id}, ${`doc-${String(documentNumber)}.md`}, ${title}, 'md', ${markdown.length}, ${sha}, 'processing')`);
    await index.replaceDocumentChunks(
      { id, collectionId: collection.id, sha256: sha },
      pieces.map((chunk) => ({
        ordinal: chunk.ordinal,
        text: chunk.text,
        sectionPath: chunk.sectionPath,
        pageStart: chunk.pageStart,
        pageEnd: chunk.pageEnd,
        tokens: analyzeForIndex(indexedTextOf(title, chunk)),
        embedding: withVectors ? corpus.embedding(dimensions, topic) : null,
      })),
      { title, pageCount: null, characterCount: markdown.length },
    );
    for (const piece of pieces) {
      if ((chunks + piece.ordinal) % 400 === 0) questionPassages.push(piece.text);
    }
    chunks += pieces.length;
    documentNumber += 1;
    // As the ingestion worker does: fold the BM25 frequency changes every 20 documents.
    if (documentNumber % 20 === 0) await index.foldTermStatistics();
    if (performance.now() - lastReport > 15_000) {
      lastReport = performance.now();
      console.log(
        `  … ${chunks.toLocaleString('en')} chunks (${((chunks / (lastReport - started)) * 1000).toFixed(0)}/s)`,
      );
    }
  }
  await index.foldTermStatistics();
  const seconds = (performance.now() - started) / 1000;
  return `fill ${database.kind.padEnd(8)} ${chunks.toLocaleString('en')} chunks in ${String(documentNumber)} documents, ${seconds.toFixed(0)} s → ${(chunks / seconds).toFixed(0)} chunks/s${withVectors ? ' (with vectors)' : ''}`;
}

async function timeQueries(
  database: DatabaseHandle,
  collection: CollectionRow,
  corpus: KnowledgeCorpus,
  only: 'lexical' | undefined,
): Promise<{ p50: number; p95: number; hits: number }> {
  const retriever = new HybridRetriever(
    new ChunkIndexRepository(database.db, database.vectorAvailable),
    new ChunkRepository(database.db),
  );
  const questions = Array.from({ length: queryCount + 20 }, (_, index) => ({
    text: corpus.questionAbout(questionPassages[(index * 7) % questionPassages.length] ?? ''),
    vector: corpus.embedding(dimensions, Math.floor(corpus.random() * topics)),
  }));
  const timings: number[] = [];
  let hits = 0;
  for (const [position, question] of questions.entries()) {
    const started = performance.now();
    const result = await retriever.retrieve({
      collections: [collection],
      query: question.text,
      limit: 10,
      models: { embedQuery: () => Promise.resolve(question.vector), rerank: () => Promise.resolve(null) },
      ...(only === undefined ? {} : { only }),
    });
    const took = performance.now() - started;
    // The first 20 warm the caches and are not counted.
    if (position >= 20) {
      timings.push(took);
      hits += result.hits.length;
    }
  }
  return { p50: percentile(timings, 0.5), p95: percentile(timings, 0.95), hits: hits / queryCount };
}

const corpus = new KnowledgeCorpus();
console.log(`vocabulary: ${String(corpus.vocabularySize)} words from the evaluation corpus`);
const report: string[] = [];

report.push(...(await measureIngestion(corpus)));
console.log(report.join('\n'));

console.log(
  `\nPGlite: filling ${targetChunks.toLocaleString('en')} chunks with ${String(dimensions)}-dimension vectors …`,
);
const pglite = await openDatabase({ pgliteDirectory: 'memory://' });
{
  const { collection } = await setUp(pglite, true);
  report.push(await fill(pglite, collection, corpus, true));
  const indexStarted = performance.now();
  await new ChunkIndexRepository(pglite.db, pglite.vectorAvailable).ensureVectorIndex(dimensions);
  report.push(`hnsw  pglite   index built in ${((performance.now() - indexStarted) / 1000).toFixed(0)} s`);
  for (const only of [undefined, 'lexical'] as const) {
    const timing = await timeQueries(pglite, collection, corpus, only);
    report.push(
      `query pglite   ${(only ?? 'hybrid').padEnd(8)} p50 ${timing.p50.toFixed(1).padStart(6)} ms  p95 ${timing.p95.toFixed(1).padStart(6)} ms  (${String(queryCount)} queries, ${timing.hits.toFixed(1)} hits each)`,
    );
  }
}
await pglite.close();

const postgresUrl = process.env.DATABASE_URL;
if (postgresUrl === undefined) {
  report.push('query postgres (skipped: set DATABASE_URL to a PostgreSQL server to measure it)');
} else {
  const scratch = await createScratchDatabase(postgresUrl, 'bench_knowledge');
  console.log(`\nPostgreSQL: filling ${targetChunks.toLocaleString('en')} chunks (lexical only) …`);
  const postgres = await openDatabase({ databaseUrl: scratch.url, pgliteDirectory: 'memory://' });
  try {
    const { collection } = await setUp(postgres, false);
    report.push(await fill(postgres, collection, corpus, false));
    await postgres.db.execute(sql`analyze`);
    const timing = await timeQueries(postgres, collection, corpus, 'lexical');
    report.push(
      `query postgres lexical  p50 ${timing.p50.toFixed(1).padStart(6)} ms  p95 ${timing.p95.toFixed(1).padStart(6)} ms  (${String(queryCount)} queries, ${timing.hits.toFixed(1)} hits each)`,
    );
  } finally {
    await postgres.close();
    await scratch.drop();
  }
}

console.log(
  `\n${new Date().toISOString().slice(0, 10)} bench:knowledge (${String(targetChunks)} chunks)\n${report.join('\n')}`,
);
console.log(
  'targets: ingestion ≥ 50 pages/s, hybrid p95 ≤ 150 ms (PGlite), lexical p95 ≤ 100 ms (PostgreSQL)',
);
