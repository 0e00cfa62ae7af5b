import { createHash } from 'node:crypto';
import type {
  KnowledgeCollection,
  KnowledgeDocument,
  KnowledgePassage,
  KnowledgeSearchResponse,
  UploadDocumentsResponse,
} from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import type { UploadedFile } from '../../platform/http/read-multipart-files.js';
import type { GuardCaller, GuardedGateway } from '../guard/index.js';
import type { UserRow } from '../org/index.js';
import type { ChunkRepository } from './chunk-repository.js';
import type { CollectionRepository, CollectionRow } from './collection-repository.js';
import type { DepartmentTree } from './department-tree.js';
import type { DocumentRepository, DocumentRow } from './document-repository.js';
import type { ChunkIndexRepository } from './index/chunk-index-repository.js';
import { unitLength, type IngestionWorker } from './ingest/ingestion-worker.js';
import { formatOfFileName } from './ingest/parsers/parse-document-file.js';
import { knowledgeErrors } from './knowledge-errors.js';
import { presentCollection, presentDocument, presentHit } from './knowledge-presenters.js';
import type { KnowledgeReader } from './knowledge-reader.js';
import type { QueryHistoryRepository } from './query-history-repository.js';
import type { GroundingSource } from './cite/grounding-source.js';
import type {
  DocumentSummarizer,
  DocumentSummary,
  SummaryProgress,
} from './summarize/document-summarizer.js';
import {
  defaultThresholds,
  isRelevantHit,
  type HybridRetriever,
  type RetrievalModels,
  type RetrievalResult,
} from './retrieve/hybrid-retriever.js';

export interface Grounding {
  sources: GroundingSource[];
  internal: boolean;
  covered: boolean;
}

/** How many passages a grounded answer gets: enough to cover a question, few enough to stay focused. */
const groundingPassages = 6;

export interface CollectionInput {
  name: string;
  description: string;
  scope: 'common' | 'department' | 'personal';
  departmentId?: string | undefined;
  includeSubdepartments: boolean;
  sensitivity: 'normal' | 'internal';
  embeddingModel: string | null;
}

export interface KnowledgeSettings {
  maximumFileBytes: number;
  rerankModel: string | null;
  /** Cosine similarity that makes a vector hit relevant on its own (model-specific; null = never). */
  minimumSimilarity: number | null;
}

/** Collections, documents, search and passages, with the access rules applied on every path. */
export class KnowledgeService {
  constructor(
    private readonly collections: CollectionRepository,
    private readonly documents: DocumentRepository,
    private readonly chunks: ChunkRepository,
    private readonly index: ChunkIndexRepository,
    private readonly history: QueryHistoryRepository,
    private readonly retriever: HybridRetriever,
    private readonly gateway: GuardedGateway,
    private readonly summarizer: DocumentSummarizer,
    private readonly departments: DepartmentTree,
    private readonly worker: IngestionWorker,
    private readonly institutionId: string,
    private readonly settings: KnowledgeSettings,
    /** Whether the department's retention policy lets questions be kept (the console's history). */
    private readonly storesContent: (departmentId: string | null) => Promise<boolean>,
  ) {}

  async readerOfUser(user: UserRow): Promise<KnowledgeReader> {
    return {
      kind: 'user',
      userId: user.id,
      role: user.role,
      institutionId: this.institutionId,
      departmentId: user.departmentId,
      departmentChain: await this.departments.chainOf(user.departmentId),
    };
  }

  async readerOfApiKey(key: { id: string; departmentId: string }): Promise<KnowledgeReader> {
    return {
      kind: 'api-key',
      apiKeyId: key.id,
      institutionId: this.institutionId,
      departmentId: key.departmentId,
      departmentChain: await this.departments.chainOf(key.departmentId),
    };
  }

  /**
   * Who may upload, delete and share: the owner; platform admins for common and department collections;
   * department admins for their own department's collections; an API key for its own department's
   * collections. Personal collections are their owner's alone.
   */
  canManage(reader: KnowledgeReader, collection: CollectionRow): boolean {
    if (reader.kind === 'user' && collection.ownerUserId === reader.userId) return true;
    if (collection.scope === 'personal') return false;
    if (reader.kind === 'api-key') {
      return collection.scope === 'department' && collection.departmentId === reader.departmentId;
    }
    if (reader.role === 'platform_admin') return true;
    return (
      reader.role === 'department_admin' &&
      collection.scope === 'department' &&
      collection.departmentId !== null &&
      reader.departmentId === collection.departmentId
    );
  }

  async listCollections(reader: KnowledgeReader): Promise<KnowledgeCollection[]> {
    const rows = await this.collections.listReadable(reader);
    const shares = await this.collections.sharesOf(rows.map((row) => row.id));
    return rows.map((row) => presentCollection(row, shares.get(row.id) ?? [], this.canManage(reader, row)));
  }

  async getCollection(reader: KnowledgeReader, id: string): Promise<KnowledgeCollection> {
    const listing = (await this.collections.listReadable(reader)).find((row) => row.id === id);
    if (listing === undefined) throw knowledgeErrors.collectionNotFound();
    const shares = await this.collections.sharesOf([id]);
    return presentCollection(listing, shares.get(id) ?? [], this.canManage(reader, listing));
  }

  private async manageable(reader: KnowledgeReader, id: string): Promise<CollectionRow> {
    const collection = await this.collections.findReadable(reader, id);
    if (collection === undefined) throw knowledgeErrors.collectionNotFound();
    if (!this.canManage(reader, collection)) throw knowledgeErrors.cannotManage();
    return collection;
  }

  async createCollection(
    reader: KnowledgeReader & { kind: 'user' },
    caller: GuardCaller,
    input: CollectionInput,
  ): Promise<KnowledgeCollection> {
    let departmentId: string | null = null;
    if (input.scope === 'common' && reader.role !== 'platform_admin')
      throw knowledgeErrors.cannotCreate('common');
    if (input.scope === 'department') {
      departmentId = input.departmentId ?? reader.departmentId;
      if (departmentId === null) throw knowledgeErrors.noDepartment();
      const allowed =
        reader.role === 'platform_admin' ||
        (reader.role === 'department_admin' && departmentId === reader.departmentId);
      if (!allowed) throw knowledgeErrors.cannotCreate('department');
    }
    let embeddingDimensions: number | null = null;
    if (input.embeddingModel !== null) {
      const model = await this.gateway.assertModel(input.embeddingModel, 'embedding');
      if (input.sensitivity === 'internal' && model.location !== 'internal') {
        throw knowledgeErrors.externalEmbeddingForInternal();
      }
      // The dimension decides the vector index; one short call tells it.
      try {
        const probe = await this.gateway.embed(
          { model: input.embeddingModel, input: ['임베딩 차원 확인'] },
          { caller: { ...caller, channel: 'knowledge' }, sensitivity: input.sensitivity },
        );
        embeddingDimensions = probe.result.embeddings[0]?.length ?? null;
      } catch (error) {
        if (error instanceof AppError && error.statusCode < 500) throw error;
        throw knowledgeErrors.embeddingUnavailable(input.embeddingModel);
      }
      if (embeddingDimensions === null || embeddingDimensions === 0) {
        throw knowledgeErrors.embeddingUnavailable(input.embeddingModel);
      }
      await this.index.ensureVectorIndex(embeddingDimensions);
    }
    const row = await this.collections.insert({
      institutionId: this.institutionId,
      name: input.name,
      description: input.description,
      scope: input.scope,
      departmentId,
      includeSubdepartments: input.scope === 'department' && input.includeSubdepartments,
      ownerUserId: reader.userId,
      sensitivity: input.sensitivity,
      embeddingModel: input.embeddingModel,
      embeddingDimensions,
    });
    return this.getCollection(reader, row.id);
  }

  async updateCollection(
    reader: KnowledgeReader,
    id: string,
    input: {
      name?: string | undefined;
      description?: string | undefined;
      includeSubdepartments?: boolean | undefined;
      sensitivity?: 'normal' | 'internal' | undefined;
    },
  ): Promise<KnowledgeCollection> {
    const collection = await this.manageable(reader, id);
    await this.collections.update(collection.id, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.description === undefined ? {} : { description: input.description }),
      ...(input.includeSubdepartments === undefined || collection.scope !== 'department'
        ? {}
        : { includeSubdepartments: input.includeSubdepartments }),
      ...(input.sensitivity === undefined ? {} : { sensitivity: input.sensitivity }),
    });
    return this.getCollection(reader, id);
  }

  async deleteCollection(reader: KnowledgeReader, id: string): Promise<void> {
    const collection = await this.manageable(reader, id);
    await this.index.deleteDocuments(await this.documents.idsOfCollection(collection.id));
    await this.collections.delete(collection.id);
  }

  async replaceShares(
    reader: KnowledgeReader,
    id: string,
    userIds: readonly string[],
    departmentIds: readonly string[],
  ): Promise<KnowledgeCollection> {
    const collection = await this.manageable(reader, id);
    const uniqueUsers = [...new Set(userIds)];
    const uniqueDepartments = [...new Set(departmentIds)];
    const found = await this.collections.existingSubjects(this.institutionId, uniqueUsers, uniqueDepartments);
    if (found.users !== uniqueUsers.length || found.departments !== uniqueDepartments.length) {
      throw knowledgeErrors.unknownShareSubject();
    }
    await this.collections.replaceShares(collection.id, uniqueUsers, uniqueDepartments);
    return this.getCollection(reader, id);
  }

  async listDocuments(reader: KnowledgeReader, collectionId: string): Promise<KnowledgeDocument[]> {
    const collection = await this.collections.findReadable(reader, collectionId);
    if (collection === undefined) throw knowledgeErrors.collectionNotFound();
    return (await this.documents.listForCollection(collection.id)).map(presentDocument);
  }

  /** Stores each acceptable file and queues it; a refused file is reported and never stops the others. */
  async upload(
    reader: KnowledgeReader,
    collectionId: string,
    files: readonly UploadedFile[],
  ): Promise<UploadDocumentsResponse> {
    const collection = await this.manageable(reader, collectionId);
    const accepted: KnowledgeDocument[] = [];
    const refused: UploadDocumentsResponse['refused'] = [];
    const limitMb = Math.round(this.settings.maximumFileBytes / 1_048_576);
    for (const file of files) {
      const format = formatOfFileName(file.fileName);
      if (format === null) {
        refused.push({
          fileName: file.fileName,
          reason: 'unsupported_format',
          message: 'HWP, HWPX, PDF, DOCX, XLSX, XLS, CSV, PPTX, TXT, MD, HTML 파일만 올릴 수 있습니다.',
        });
        continue;
      }
      if (file.bytes.length === 0) {
        refused.push({ fileName: file.fileName, reason: 'empty', message: '빈 파일입니다.' });
        continue;
      }
      if (file.bytes.length > this.settings.maximumFileBytes) {
        refused.push({
          fileName: file.fileName,
          reason: 'too_large',
          message: `파일 하나는 ${String(limitMb)}MB까지 올릴 수 있습니다.`,
        });
        continue;
      }
      const { document } = await this.documents.upsert({
        collectionId: collection.id,
        fileName: file.fileName,
        title: file.fileName.replace(/\.[^.]+$/, ''),
        format,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        uploadedBy: reader.kind === 'user' ? reader.userId : null,
        bytes: Buffer.from(file.bytes),
      });
      accepted.push(presentDocument(document));
    }
    if (accepted.length > 0) this.worker.notify();
    return { documents: accepted, refused };
  }

  private async readableDocument(
    reader: KnowledgeReader,
    documentId: string,
  ): Promise<{ document: DocumentRow; collection: CollectionRow }> {
    const document = await this.documents.find(documentId);
    const collection =
      document === undefined ? undefined : await this.collections.findReadable(reader, document.collectionId);
    if (document === undefined || collection === undefined) throw knowledgeErrors.documentNotFound();
    return { document, collection };
  }

  async getDocument(reader: KnowledgeReader, documentId: string): Promise<KnowledgeDocument> {
    return presentDocument((await this.readableDocument(reader, documentId)).document);
  }

  async deleteDocument(reader: KnowledgeReader, documentId: string): Promise<void> {
    const { document, collection } = await this.readableDocument(reader, documentId);
    if (!this.canManage(reader, collection)) throw knowledgeErrors.cannotManage();
    await this.index.deleteDocuments([document.id]);
  }

  async retryDocument(reader: KnowledgeReader, documentId: string): Promise<KnowledgeDocument> {
    const { document, collection } = await this.readableDocument(reader, documentId);
    if (!this.canManage(reader, collection)) throw knowledgeErrors.cannotManage();
    const requeued = await this.documents.requeue(document.id);
    if (requeued === undefined) {
      throw new AppError('conflict', 409, '실패한 문서만 다시 처리할 수 있습니다.');
    }
    this.worker.notify();
    return presentDocument(requeued);
  }

  async documentFile(
    reader: KnowledgeReader,
    documentId: string,
  ): Promise<{ fileName: string; bytes: Buffer }> {
    const { document } = await this.readableDocument(reader, documentId);
    const bytes = await this.documents.fileBytes(document.id);
    if (bytes === undefined) throw knowledgeErrors.documentNotFound();
    return { fileName: document.fileName, bytes };
  }

  /** Model calls for retrieval, made as the caller (metered and guarded like any other call). */
  retrievalModels(caller: GuardCaller): RetrievalModels {
    const options = (sensitivity: 'normal' | 'internal') => ({
      caller: { ...caller, channel: caller.channel === 'v1' ? ('v1' as const) : ('knowledge' as const) },
      sensitivity,
    });
    return {
      embedQuery: async (model, query, sensitivity) => {
        const { result } = await this.gateway.embed({ model, input: [query] }, options(sensitivity));
        return unitLength(result.embeddings[0] ?? []);
      },
      rerank: async (query, passages, sensitivity) => {
        const model = this.settings.rerankModel;
        if (model === null) return null;
        const { result } = await this.gateway.rerank(
          { model, query, documents: passages },
          options(sensitivity),
        );
        const scores = passages.map(() => Number.NEGATIVE_INFINITY);
        for (const entry of result.results) scores[entry.index] = entry.score;
        return scores;
      },
    };
  }

  /** Readable collections among the requested ones (all readable ones when none are named). */
  async readableCollections(
    reader: KnowledgeReader,
    collectionIds: readonly string[] | undefined,
  ): Promise<CollectionRow[]> {
    const rows = await this.collections.readableIds(reader, collectionIds ?? null);
    if (collectionIds !== undefined && rows.length !== new Set(collectionIds).size) {
      throw knowledgeErrors.collectionNotFound();
    }
    return rows;
  }

  async retrieve(
    reader: KnowledgeReader,
    caller: GuardCaller,
    input: {
      query: string;
      collectionIds?: readonly string[] | undefined;
      limit: number;
      only?: 'lexical' | 'vector';
    },
  ): Promise<RetrievalResult> {
    const collections = await this.readableCollections(reader, input.collectionIds);
    return this.retriever.retrieve({
      collections,
      query: input.query,
      limit: input.limit,
      models: this.retrievalModels(caller),
      ...(input.only === undefined ? {} : { only: input.only }),
    });
  }

  /**
   * The passages a grounded answer may cite: the best relevant chunks of the chosen collections, numbered.
   * `covered` is false when nothing passes the relevance threshold: the answer then says the documents do
   * not cover the question instead of guessing. `internal` when any chosen collection is internal.
   * `alsoIfReadable` (a custom assistant's collections) are searched only where the reader may read them,
   * without refusing the others: an assistant never widens what its user may read.
   */
  async ground(
    reader: KnowledgeReader,
    caller: GuardCaller,
    question: string,
    collectionIds: readonly string[],
    alsoIfReadable: readonly string[] = [],
  ): Promise<Grounding> {
    const chosen = await this.readableCollections(reader, collectionIds);
    const chosenIds = new Set(chosen.map((collection) => collection.id));
    const optional = await this.collections.readableIds(
      reader,
      alsoIfReadable.filter((id) => !chosenIds.has(id)),
    );
    const collections = [...chosen, ...optional];
    if (collections.length === 0) return { sources: [], internal: false, covered: false };
    const internal = collections.some((collection) => collection.sensitivity === 'internal');
    const result = await this.retriever.retrieve({
      collections,
      query: question,
      limit: groundingPassages,
      models: this.retrievalModels(caller),
    });
    const relevant = result.hits.filter((hit) =>
      isRelevantHit(hit, { ...defaultThresholds, similarity: this.settings.minimumSimilarity }),
    );
    const sources = relevant.map((hit, index) => ({
      number: index + 1,
      chunkId: hit.chunk.id,
      documentId: hit.chunk.documentId,
      collectionId: hit.chunk.collectionId,
      documentTitle: hit.chunk.documentTitle,
      sectionPath: hit.chunk.sectionPath,
      pageStart: hit.chunk.pageStart,
      pageEnd: hit.chunk.pageEnd,
      text: hit.chunk.text,
    }));
    return { sources, internal, covered: sources.length > 0 };
  }

  async search(
    reader: KnowledgeReader,
    caller: GuardCaller,
    input: { query: string; collectionIds?: string[] | undefined; limit: number },
  ): Promise<KnowledgeSearchResponse> {
    const started = performance.now();
    const result = await this.retrieve(reader, caller, input);
    const tookMs = Math.round((performance.now() - started) * 10) / 10;
    if (reader.kind === 'user' && (await this.storesContent(reader.departmentId))) {
      await this.history.record({
        userId: reader.userId,
        collectionIds: input.collectionIds ?? [],
        query: input.query,
        resultCount: result.hits.length,
        tookMs: Math.round(tookMs),
      });
    }
    return {
      hits: result.hits.map(presentHit),
      mode: result.mode,
      vectorExactScan: result.vectorExactScan,
      reranked: result.reranked,
      tookMs,
    };
  }

  async searchHistory(reader: KnowledgeReader & { kind: 'user' }) {
    return this.history.recent(reader.userId, 30);
  }

  /**
   * A map-reduce summary of a readable document with per-section citations; `onProgress` reports each
   * model call. Nothing of it is stored.
   */
  async summarize(
    reader: KnowledgeReader,
    caller: GuardCaller,
    input: {
      documentId: string;
      model: string;
      signal?: AbortSignal;
      onProgress: (progress: SummaryProgress) => void;
    },
  ): Promise<DocumentSummary> {
    const { document, collection } = await this.readableDocument(reader, input.documentId);
    if (document.status !== 'ready') {
      throw new AppError(
        'conflict',
        409,
        '처리가 끝난 문서만 요약할 수 있습니다. 문서 처리가 끝난 뒤 다시 시도하세요.',
      );
    }
    const chunks = await this.chunks.allOfDocument(document.id);
    const sources = chunks.map((chunk, index) => ({
      number: index + 1,
      chunkId: chunk.id,
      documentId: chunk.documentId,
      collectionId: chunk.collectionId,
      documentTitle: chunk.documentTitle,
      sectionPath: chunk.sectionPath,
      pageStart: chunk.pageStart,
      pageEnd: chunk.pageEnd,
      text: chunk.text,
    }));
    return this.summarizer.summarize({
      sources,
      model: input.model,
      caller: { ...caller, channel: 'knowledge' },
      sensitivity: collection.sensitivity,
      onProgress: input.onProgress,
      ...(input.signal === undefined ? {} : { signal: input.signal }),
    });
  }

  /** A cited passage with two neighbours on each side, if the reader may read its collection. */
  async passage(reader: KnowledgeReader, chunkId: number): Promise<KnowledgePassage> {
    const readable = await this.collections.readableIds(reader, null);
    const found = await this.chunks.findInCollections(
      [chunkId],
      readable.map((collection) => collection.id),
    );
    const chunk = found.get(chunkId);
    if (chunk === undefined) throw knowledgeErrors.passageNotFound();
    const document = await this.documents.find(chunk.documentId);
    if (document === undefined) throw knowledgeErrors.passageNotFound();
    const neighbours = await this.chunks.rangeOfDocument(
      chunk.documentId,
      chunk.ordinal - 2,
      chunk.ordinal + 2,
    );
    return {
      document: presentDocument(document),
      collectionName: chunk.collectionName,
      chunks: neighbours.map((neighbour) => ({
        id: neighbour.id,
        ordinal: neighbour.ordinal,
        text: neighbour.text,
        sectionPath: neighbour.sectionPath,
        pageStart: neighbour.pageStart,
        pageEnd: neighbour.pageEnd,
      })),
      focusChunkId: chunk.id,
    };
  }
}
