import {
  chatModelListSchema,
  knowledgeCollectionListSchema,
  knowledgeCollectionSchema,
  knowledgeDocumentListSchema,
  knowledgeDocumentSchema,
  knowledgePassageSchema,
  knowledgeSearchResponseSchema,
  searchHistorySchema,
  uploadDocumentsResponseSchema,
  type CreateCollectionRequest,
  type KnowledgeCollection,
  type KnowledgeDocument,
  type UploadDocumentsResponse,
} from '@jumugwan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiJson, apiNoContent } from '../../api/api-request';
import { uploadWithProgress } from '../../api/upload-with-progress';
import { availableModelsKey } from '../models/available-model-queries';
import { modelsWithCapability } from '../models/models-with-capability';
import { hasPendingDocuments } from './document-status';

/** How often the documents list is asked again while the server is still reading a document. */
export const documentPollMilliseconds = 1_500;

export const knowledgeKeys = {
  all: ['knowledge'] as const,
  collections: () => [...knowledgeKeys.all, 'collections'] as const,
  collection: (id: string) => [...knowledgeKeys.collections(), id] as const,
  documents: (collectionId: string) => [...knowledgeKeys.all, 'documents', collectionId] as const,
  history: () => [...knowledgeKeys.all, 'search-history'] as const,
  passage: (chunkId: number) => [...knowledgeKeys.all, 'passage', chunkId] as const,
};

function collectionPath(id: string): string {
  return `/api/knowledge/collections/${encodeURIComponent(id)}`;
}

function documentPath(id: string): string {
  return `/api/knowledge/documents/${encodeURIComponent(id)}`;
}

/** Every collection the user may read (common, their departments', their own and those shared with them). */
export const collectionListQuery = queryOptions({
  queryKey: knowledgeKeys.collections(),
  queryFn: ({ signal }) => apiJson('/api/knowledge/collections', knowledgeCollectionListSchema, { signal }),
  select: (list) => list.collections,
});

export function collectionQuery(id: string) {
  return queryOptions({
    queryKey: knowledgeKeys.collection(id),
    queryFn: ({ signal }) => apiJson(collectionPath(id), knowledgeCollectionSchema, { signal }),
  });
}

/** A collection's documents, polled every 1.5 s while any is still queued or being processed. */
export function documentListQuery(collectionId: string) {
  return queryOptions({
    queryKey: knowledgeKeys.documents(collectionId),
    queryFn: ({ signal }) =>
      apiJson(`${collectionPath(collectionId)}/documents`, knowledgeDocumentListSchema, { signal }),
    select: (list) => list.documents,
    refetchInterval: (query) =>
      hasPendingDocuments(query.state.data?.documents ?? []) ? documentPollMilliseconds : false,
  });
}

/** The person's recent questions in search and the retrieval console (empty where retention forbids it). */
export const searchHistoryQuery = queryOptions({
  queryKey: knowledgeKeys.history(),
  queryFn: ({ signal }) => apiJson('/api/knowledge/search-history', searchHistorySchema, { signal }),
  select: (history) => history.entries,
});

export function passageQuery(chunkId: number) {
  return queryOptions({
    queryKey: knowledgeKeys.passage(chunkId),
    queryFn: ({ signal }) =>
      apiJson(`/api/knowledge/chunks/${String(chunkId)}`, knowledgePassageSchema, { signal }),
  });
}

/** GET /api/models?capability=embedding: the embedding models a new collection may use. */
export const embeddingModelQuery = queryOptions({
  queryKey: [...availableModelsKey, 'embedding'],
  queryFn: ({ signal }) => apiJson('/api/models?capability=embedding', chatModelListSchema, { signal }),
  select: (list) => modelsWithCapability(list.models, 'embedding'),
});

/** Can take a few seconds with an embedding model: the server asks it once for its vector size. */
export function createCollection(request: CreateCollectionRequest): Promise<KnowledgeCollection> {
  return apiJson('/api/knowledge/collections', knowledgeCollectionSchema, { method: 'POST', body: request });
}

export interface CollectionChanges {
  name?: string;
  description?: string;
  includeSubdepartments?: boolean;
  sensitivity?: KnowledgeCollection['sensitivity'];
}

export function updateCollection(id: string, changes: CollectionChanges): Promise<KnowledgeCollection> {
  return apiJson(collectionPath(id), knowledgeCollectionSchema, { method: 'PATCH', body: changes });
}

export function deleteCollection(id: string): Promise<void> {
  return apiNoContent(collectionPath(id), { method: 'DELETE' });
}

export function replaceShares(
  id: string,
  shares: { userIds: string[]; departmentIds: string[] },
): Promise<KnowledgeCollection> {
  return apiJson(`${collectionPath(id)}/shares`, knowledgeCollectionSchema, { method: 'PUT', body: shares });
}

/** One file per request, so each has its own progress and its own outcome. */
export function uploadDocument(
  collectionId: string,
  file: File,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<UploadDocumentsResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return uploadWithProgress(
    `${collectionPath(collectionId)}/documents`,
    form,
    uploadDocumentsResponseSchema,
    {
      onProgress,
      signal,
    },
  );
}

export function deleteDocument(id: string): Promise<void> {
  return apiNoContent(documentPath(id), { method: 'DELETE' });
}

export function retryDocument(id: string): Promise<KnowledgeDocument> {
  return apiJson(`${documentPath(id)}/retry`, knowledgeDocumentSchema, { method: 'POST' });
}

/** The original file, served as an attachment (a plain link downloads it with the session cookie). */
export function documentFileUrl(id: string): string {
  return `${documentPath(id)}/file`;
}

export interface SearchInput {
  query: string;
  collectionIds?: string[];
  limit: number;
}

export function searchKnowledge(input: SearchInput, signal?: AbortSignal) {
  return apiJson('/api/knowledge/search', knowledgeSearchResponseSchema, {
    method: 'POST',
    body: input,
    ...(signal === undefined ? {} : { signal }),
  });
}
