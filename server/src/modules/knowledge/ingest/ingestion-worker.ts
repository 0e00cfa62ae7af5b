import type { CollectionRepository, CollectionRow } from '../collection-repository.js';
import type { ClaimedDocument, DocumentRepository } from '../document-repository.js';
import type { ChunkIndexRepository, ChunkToIndex } from '../index/chunk-index-repository.js';
import { DocumentReadError } from './parsed-document.js';
import type { PreparedDocument } from './prepare-document.js';

export interface IngestionLog {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface IngestionOptions {
  /** How often an idle worker looks for new jobs (an upload on this instance wakes it at once). */
  pollMs: number;
  /** A processing job without a heartbeat for this long belongs to a worker that died. */
  staleAfterMs: number;
  /** A file that took the worker down this many times is given up on. */
  maximumAttempts: number;
}

export type EmbedDocuments = (
  collection: CollectionRow,
  uploadedBy: string | null,
  texts: string[],
) => Promise<number[][]>;

/** Parses, chunks and analyzes a file (DocumentPreparer does it on a worker thread). */
export type PrepareDocument = (fileName: string, bytes: Uint8Array) => Promise<PreparedDocument>;

const embeddingBatch = 32;
/** Documents between folds of the term statistics while a long queue is processed. */
const foldEvery = 20;

export function unitLength(vector: readonly number[]): number[] {
  const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
  return norm === 0 ? [...vector] : vector.map((value) => value / norm);
}

/**
 * Background ingestion: takes queued documents one at a time (per instance), parses, chunks, embeds and
 * indexes them, reporting progress on the document row. Jobs live in the database, so a restart resumes
 * them; a worker that dies mid-file leaves a stale heartbeat and the job is taken again.
 */
export class IngestionWorker {
  private loops: Promise<void>[] = [];
  private stopped = true;
  private wake: (() => void) | null = null;
  private wakeSignal: Promise<void> = Promise.resolve();

  constructor(
    private readonly documents: DocumentRepository,
    private readonly collections: CollectionRepository,
    private readonly index: ChunkIndexRepository,
    private readonly prepare: PrepareDocument,
    private readonly embed: EmbedDocuments,
    private readonly options: IngestionOptions,
    private readonly log: IngestionLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts `concurrency` loops; 0 leaves ingestion to other instances (this one only serves). */
  start(concurrency: number): void {
    if (!this.stopped || concurrency === 0) return;
    this.stopped = false;
    this.resetWake();
    this.loops = Array.from({ length: concurrency }, () => this.loop());
  }

  /** An upload arrived: look now rather than at the next poll. */
  notify(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** Read through a method: `stop()` changes it while a loop awaits. */
  private isStopped(): boolean {
    return this.stopped;
  }

  private resetWake(): void {
    this.wakeSignal = new Promise((resolve) => {
      this.wake = () => {
        this.resetWake();
        resolve();
      };
    });
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      // Taken before looking, so an upload announced while this loop looks still wakes it.
      const woken = this.wakeSignal;
      try {
        let processed = 0;
        while (!this.isStopped() && (await this.processNext())) {
          processed += 1;
          if (processed % foldEvery === 0) await this.index.foldTermStatistics();
        }
        // The queue is empty (or the worker stops): fold what this round added.
        if (processed > 0) await this.index.foldTermStatistics();
      } catch (error) {
        this.log.warn({ err: error }, 'knowledge ingestion loop failed');
      }
      if (this.isStopped()) break;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        woken,
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, this.options.pollMs);
          timer.unref();
        }),
      ]);
      clearTimeout(timer);
    }
  }

  /** Processes jobs until none is waiting, then folds the term statistics (tests call it directly). */
  async drain(): Promise<number> {
    let processed = 0;
    while (await this.processNext()) {
      processed += 1;
      if (processed % foldEvery === 0) await this.index.foldTermStatistics();
    }
    await this.index.foldTermStatistics();
    return processed;
  }

  /** Takes one job and runs it; false when nothing was waiting. */
  async processNext(): Promise<boolean> {
    const staleBefore = new Date(this.now().getTime() - this.options.staleAfterMs);
    const claimed = await this.documents.claimNext(staleBefore);
    if (claimed === undefined) return false;
    try {
      await this.process(claimed);
    } catch (error) {
      if (error instanceof DocumentReadError) {
        await this.documents.markFailed(claimed, error.reason, error.message);
      } else {
        this.log.warn({ err: error, documentId: claimed.id }, 'knowledge ingestion failed');
        await this.documents.markFailed(
          claimed,
          'indexing_failed',
          '문서를 색인하지 못했습니다. 임베딩 모델 연결을 확인한 뒤 다시 시도하세요.',
        );
      }
    }
    return true;
  }

  private async process(claimed: ClaimedDocument): Promise<void> {
    if (claimed.attempts > this.options.maximumAttempts) {
      throw new DocumentReadError(
        'corrupted',
        '이 파일을 처리하다 여러 번 중단되었습니다. 파일을 확인하거나 다른 형식으로 저장해 다시 올리세요.',
      );
    }
    const [collection, bytes, row] = await Promise.all([
      this.collections.find(claimed.collectionId),
      this.documents.fileBytes(claimed.id),
      this.documents.find(claimed.id),
    ]);
    if (collection === undefined || bytes === undefined || row === undefined) return;
    // Reading a large file takes minutes on its thread; the heartbeat tells other workers the job is alive.
    const heartbeat = setInterval(() => {
      this.documents.reportProgress(claimed, 0).catch((error: unknown) => {
        this.log.warn({ err: error, documentId: claimed.id }, 'knowledge ingestion heartbeat failed');
      });
    }, this.options.staleAfterMs / 4);
    let prepared: PreparedDocument;
    try {
      // The preparer moves its own copy to the thread: no copy here.
      prepared = await this.prepare(claimed.fileName, bytes);
    } finally {
      clearInterval(heartbeat);
    }
    if (!(await this.documents.reportProgress(claimed, 20))) return;
    const { title, chunks } = prepared;
    const indexedTexts = chunks.map((chunk) => chunk.indexedText);
    let embeddings: (number[] | null)[] = chunks.map(() => null);
    if (collection.embeddingModel !== null) {
      embeddings = [];
      for (let start = 0; start < indexedTexts.length; start += embeddingBatch) {
        const vectors = await this.embed(
          collection,
          row.uploadedBy,
          indexedTexts.slice(start, start + embeddingBatch),
        );
        embeddings.push(...vectors.map(unitLength));
        const progress =
          20 + Math.round((70 * Math.min(start + embeddingBatch, indexedTexts.length)) / indexedTexts.length);
        if (!(await this.documents.reportProgress(claimed, progress))) return;
      }
    }
    const toIndex: ChunkToIndex[] = chunks.map((chunk, position) => ({
      ordinal: chunk.ordinal,
      text: chunk.text,
      sectionPath: chunk.sectionPath,
      pageStart: chunk.pageStart,
      pageEnd: chunk.pageEnd,
      tokens: chunk.tokens,
      embedding: embeddings[position] ?? null,
    }));
    await this.index.replaceDocumentChunks(
      { id: claimed.id, collectionId: claimed.collectionId, sha256: claimed.sha256 },
      toIndex,
      {
        title,
        pageCount: prepared.pageCount,
        characterCount: chunks.reduce((sum, chunk) => sum + chunk.text.length, 0),
      },
    );
  }
}
