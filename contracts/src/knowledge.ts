import { z } from 'zod';

export const collectionScopeSchema = z.enum(['common', 'department', 'personal']);
export type CollectionScope = z.infer<typeof collectionScopeSchema>;

export const collectionSensitivitySchema = z.enum(['normal', 'internal']);

export const collectionShareSchema = z.object({
  kind: z.enum(['user', 'department']),
  id: z.uuid(),
  name: z.string(),
});
export type CollectionShare = z.infer<typeof collectionShareSchema>;

export const knowledgeCollectionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  scope: collectionScopeSchema,
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  includeSubdepartments: z.boolean(),
  owner: z.object({ id: z.uuid(), name: z.string() }),
  /** `internal`: answers grounded in it may only come from on-prem models. */
  sensitivity: collectionSensitivitySchema,
  /** Fixed at creation; null means lexical search only. */
  embeddingModel: z.string().nullable(),
  documentCount: z.number().int(),
  chunkCount: z.number().int(),
  shares: z.array(collectionShareSchema),
  /** The caller may upload, delete, share and use the retrieval console. */
  canManage: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type KnowledgeCollection = z.infer<typeof knowledgeCollectionSchema>;
export const knowledgeCollectionListSchema = z.object({ collections: z.array(knowledgeCollectionSchema) });

export const createCollectionRequestSchema = z.object({
  name: z.string().trim().min(1, '이름을 입력하세요.').max(100, '이름은 100자까지 쓸 수 있습니다.'),
  description: z.string().trim().max(500, '설명은 500자까지 쓸 수 있습니다.').default(''),
  scope: collectionScopeSchema,
  /** For a department collection; the caller's own department when absent. */
  departmentId: z.uuid().optional(),
  includeSubdepartments: z.boolean().default(false),
  sensitivity: collectionSensitivitySchema.default('internal'),
  embeddingModel: z.string().min(1).max(200).nullable().default(null),
});
export type CreateCollectionRequest = z.input<typeof createCollectionRequestSchema>;

export const updateCollectionRequestSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, '이름을 입력하세요.')
    .max(100, '이름은 100자까지 쓸 수 있습니다.')
    .optional(),
  description: z.string().trim().max(500, '설명은 500자까지 쓸 수 있습니다.').optional(),
  includeSubdepartments: z.boolean().optional(),
  sensitivity: collectionSensitivitySchema.optional(),
});

export const replaceSharesRequestSchema = z.object({
  userIds: z.array(z.uuid()).max(500),
  departmentIds: z.array(z.uuid()).max(500),
});

export const documentStatusSchema = z.enum(['queued', 'processing', 'ready', 'failed']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

export const knowledgeDocumentSchema = z.object({
  id: z.uuid(),
  collectionId: z.uuid(),
  fileName: z.string(),
  title: z.string(),
  format: z.string(),
  byteSize: z.number().int(),
  status: documentStatusSchema,
  /** 0–100 while processing. */
  progress: z.number().int(),
  failureReason: z.string().nullable(),
  /** Korean, for the uploader. */
  failureMessage: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  chunkCount: z.number().int(),
  uploadedAt: z.string(),
  indexedAt: z.string().nullable(),
});
export type KnowledgeDocument = z.infer<typeof knowledgeDocumentSchema>;
export const knowledgeDocumentListSchema = z.object({ documents: z.array(knowledgeDocumentSchema) });

/** A file refused at upload (too large, unsupported), reported beside the ones accepted. */
export const uploadRefusalSchema = z.object({
  fileName: z.string(),
  reason: z.string(),
  message: z.string(),
});
export const uploadDocumentsResponseSchema = z.object({
  documents: z.array(knowledgeDocumentSchema),
  refused: z.array(uploadRefusalSchema),
});
export type UploadDocumentsResponse = z.infer<typeof uploadDocumentsResponseSchema>;

export const knowledgeSearchRequestSchema = z.object({
  query: z.string().trim().min(1, '질문을 입력하세요.').max(2_000, '질문은 2,000자까지 쓸 수 있습니다.'),
  /** Collections to search; every readable one when absent. */
  collectionIds: z.array(z.uuid()).max(100).optional(),
  limit: z.number().int().min(1).max(50).default(10),
});

export const searchScoresSchema = z.object({
  lexical: z.number().nullable(),
  lexicalRank: z.number().int().nullable(),
  vector: z.number().nullable(),
  vectorRank: z.number().int().nullable(),
  fused: z.number(),
  rerank: z.number().nullable(),
});

export const knowledgeSearchHitSchema = z.object({
  chunkId: z.number().int(),
  documentId: z.uuid(),
  documentTitle: z.string(),
  fileName: z.string(),
  collectionId: z.uuid(),
  collectionName: z.string(),
  text: z.string(),
  sectionPath: z.array(z.string()),
  pageStart: z.number().int().nullable(),
  pageEnd: z.number().int().nullable(),
  scores: searchScoresSchema,
});
export type KnowledgeSearchHit = z.infer<typeof knowledgeSearchHitSchema>;

export const knowledgeSearchResponseSchema = z.object({
  hits: z.array(knowledgeSearchHitSchema),
  /** `hybrid` when at least one searched collection has vectors. */
  mode: z.enum(['lexical', 'hybrid']),
  /** The database lacks pgvector: vectors were compared by an exact scan. */
  vectorExactScan: z.boolean(),
  reranked: z.boolean(),
  tookMs: z.number(),
});
export type KnowledgeSearchResponse = z.infer<typeof knowledgeSearchResponseSchema>;

export const searchHistoryEntrySchema = z.object({
  id: z.uuid(),
  query: z.string(),
  collectionIds: z.array(z.uuid()),
  resultCount: z.number().int(),
  tookMs: z.number().int(),
  createdAt: z.string(),
});
export const searchHistorySchema = z.object({ entries: z.array(searchHistoryEntrySchema) });

/** A passage an answer cites, with what the click-through needs. */
export const messageCitationSchema = z.object({
  number: z.number().int().min(1),
  chunkId: z.number().int(),
  documentId: z.uuid(),
  collectionId: z.uuid(),
  documentTitle: z.string(),
  sectionPath: z.array(z.string()),
  pageStart: z.number().int().nullable(),
  /** A span of the passage the answer quoted, to highlight. */
  quote: z.string().nullable(),
});
export type MessageCitation = z.infer<typeof messageCitationSchema>;

/** GET /api/knowledge/chunks/:id — a cited passage with its neighbours, for the click-through. */
export const knowledgePassageSchema = z.object({
  document: knowledgeDocumentSchema,
  collectionName: z.string(),
  chunks: z.array(
    z.object({
      id: z.number().int(),
      ordinal: z.number().int(),
      text: z.string(),
      sectionPath: z.array(z.string()),
      pageStart: z.number().int().nullable(),
      pageEnd: z.number().int().nullable(),
    }),
  ),
  focusChunkId: z.number().int(),
});
export type KnowledgePassage = z.infer<typeof knowledgePassageSchema>;

/** POST /api/knowledge/documents/:id/summary — a map-reduce summary, answered as server-sent events. */
export const documentSummaryRequestSchema = z.object({ model: z.string().min(1).max(200) });

export const documentSummaryEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number().int(), total: z.number().int() }),
  z.object({ type: z.literal('summary'), text: z.string(), citations: z.array(messageCitationSchema) }),
  z.object({ type: z.literal('error'), code: z.string(), message: z.string() }),
]);
export type DocumentSummaryEvent = z.infer<typeof documentSummaryEventSchema>;
