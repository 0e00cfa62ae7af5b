import type { KnowledgeCollection, KnowledgeDocument, KnowledgeSearchHit } from '@jumugwan/contracts';
import type { CollectionListing, ShareRow } from './collection-repository.js';
import type { DocumentRow } from './document-repository.js';
import type { RetrievalHit } from './retrieve/hybrid-retriever.js';

export function presentCollection(
  row: CollectionListing,
  shares: ShareRow[],
  canManage: boolean,
): KnowledgeCollection {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    scope: row.scope,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    includeSubdepartments: row.includeSubdepartments,
    owner: { id: row.ownerUserId, name: row.ownerName },
    sensitivity: row.sensitivity,
    embeddingModel: row.embeddingModel,
    documentCount: row.documentCount,
    chunkCount: row.chunkCount,
    shares,
    canManage,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentDocument(row: DocumentRow): KnowledgeDocument {
  return {
    id: row.id,
    collectionId: row.collectionId,
    fileName: row.fileName,
    title: row.title,
    format: row.format,
    byteSize: row.byteSize,
    status: row.status,
    progress: row.progress,
    failureReason: row.failureReason,
    failureMessage: row.failureMessage,
    pageCount: row.pageCount,
    chunkCount: row.chunkCount,
    uploadedAt: row.createdAt.toISOString(),
    indexedAt: row.indexedAt?.toISOString() ?? null,
  };
}

export function presentHit(hit: RetrievalHit): KnowledgeSearchHit {
  return {
    chunkId: hit.chunk.id,
    documentId: hit.chunk.documentId,
    documentTitle: hit.chunk.documentTitle,
    fileName: hit.chunk.fileName,
    collectionId: hit.chunk.collectionId,
    collectionName: hit.chunk.collectionName,
    text: hit.chunk.text,
    sectionPath: hit.chunk.sectionPath,
    pageStart: hit.chunk.pageStart,
    pageEnd: hit.chunk.pageEnd,
    scores: {
      lexical: hit.lexical,
      lexicalRank: hit.lexicalRank,
      vector: hit.vector,
      vectorRank: hit.vectorRank,
      fused: hit.fused,
      rerank: hit.rerank,
    },
  };
}
