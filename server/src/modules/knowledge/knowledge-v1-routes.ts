import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/app-error.js';
import { readMultipartFiles } from '../../platform/http/read-multipart-files.js';
import type { ApiKeyService } from '../api-keys/index.js';
import { apiKeyOf } from '../gateway/v1/v1-routes.js';
import { apiKeyCaller } from '../guard/index.js';
import type { KnowledgeService } from './knowledge-service.js';
import { sendDocumentFile, uploadBodyLimit, uploadTooLarge } from './knowledge-routes.js';
import type { KnowledgeCollection, KnowledgeDocument } from '@jumugwan/contracts';
import { handleOpenAiError } from '../gateway/v1/openai-error.js';

const tags = ['지식 검색 API'];
const idParameters = z.object({ id: z.uuid() });

const searchRequestSchema = z.object({
  query: z.string().trim().min(1).max(2_000),
  /** Collections to search; every collection the key may read when absent. */
  collection_ids: z.array(z.uuid()).max(100).optional(),
  limit: z.number().int().min(1).max(50).default(10),
});

function collectionBody(collection: KnowledgeCollection) {
  return {
    id: collection.id,
    object: 'collection',
    name: collection.name,
    description: collection.description,
    scope: collection.scope,
    department_id: collection.departmentId,
    sensitivity: collection.sensitivity,
    embedding_model: collection.embeddingModel,
    document_count: collection.documentCount,
    chunk_count: collection.chunkCount,
    can_manage: collection.canManage,
  };
}

function documentBody(document: KnowledgeDocument) {
  return {
    id: document.id,
    object: 'document',
    collection_id: document.collectionId,
    file_name: document.fileName,
    title: document.title,
    format: document.format,
    bytes: document.byteSize,
    status: document.status,
    progress: document.progress,
    failure_reason: document.failureReason,
    failure_message: document.failureMessage,
    page_count: document.pageCount,
    chunk_count: document.chunkCount,
    uploaded_at: document.uploadedAt,
    indexed_at: document.indexedAt,
  };
}

/**
 * Knowledge for other systems: search over the collections an API key may read (common ones, its
 * department's, and those shared with its department), and document management in its department's
 * collections. Registered inside the /v1 plugin, so the key check and OpenAI error shape apply.
 */
export function knowledgeV1Routes(
  knowledge: KnowledgeService,
  keys: ApiKeyService,
  maximumFileBytes: number,
): (v1: FastifyInstance) => void {
  return (v1) => {
    const routes = v1.withTypeProvider<ZodTypeProvider>();
    const reader = async (request: Parameters<typeof apiKeyOf>[0]) => {
      const context = apiKeyOf(request);
      await keys.admit(context);
      return { context, reader: await knowledge.readerOfApiKey(context) };
    };

    routes.post(
      '/search',
      { schema: { tags, summary: '지식 모음 검색 (출처 구절)', body: searchRequestSchema } },
      async (request) => {
        const { context, reader: me } = await reader(request);
        const result = await knowledge.search(me, apiKeyCaller(context, request.ip), {
          query: request.body.query,
          collectionIds: request.body.collection_ids,
          limit: request.body.limit,
        });
        return {
          object: 'list',
          mode: result.mode,
          data: result.hits.map((hit) => ({
            object: 'search_result',
            chunk_id: hit.chunkId,
            document_id: hit.documentId,
            document_title: hit.documentTitle,
            file_name: hit.fileName,
            collection_id: hit.collectionId,
            text: hit.text,
            section_path: hit.sectionPath,
            page_start: hit.pageStart,
            page_end: hit.pageEnd,
            score: hit.scores.rerank ?? hit.scores.fused,
          })),
        };
      },
    );

    routes.get(
      '/collections',
      { schema: { tags, summary: '이 키가 읽을 수 있는 지식 모음' } },
      async (request) => {
        const { reader: me } = await reader(request);
        return { object: 'list', data: (await knowledge.listCollections(me)).map(collectionBody) };
      },
    );

    routes.get(
      '/collections/:id/documents',
      { schema: { tags, summary: '모음의 문서 목록', params: idParameters } },
      async (request) => {
        const { reader: me } = await reader(request);
        return {
          object: 'list',
          data: (await knowledge.listDocuments(me, request.params.id)).map(documentBody),
        };
      },
    );

    routes.post(
      '/collections/:id/documents',
      {
        bodyLimit: uploadBodyLimit(maximumFileBytes),
        schema: {
          tags,
          summary: '문서 올리기 (multipart/form-data, 여러 파일 가능; 같은 이름이면 교체)',
          params: idParameters,
        },
        errorHandler: (error, request, reply) => {
          const code = 'code' in error ? error.code : undefined;
          handleOpenAiError(
            code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? uploadTooLarge(maximumFileBytes) : error,
            request,
            reply,
          );
        },
      },
      async (request, reply) => {
        const { reader: me } = await reader(request);
        if (!Buffer.isBuffer(request.body)) {
          throw new AppError('validation_failed', 415, '파일을 multipart/form-data로 보내 주세요.');
        }
        const files = readMultipartFiles(request.body, request.headers['content-type']);
        const result = await knowledge.upload(me, request.params.id, files);
        return reply.status(201).send({
          object: 'list',
          data: result.documents.map(documentBody),
          refused: result.refused.map((entry) => ({
            file_name: entry.fileName,
            reason: entry.reason,
            message: entry.message,
          })),
        });
      },
    );

    routes.get(
      '/documents/:id',
      { schema: { tags, summary: '문서 상태 (처리 진행률 포함)', params: idParameters } },
      async (request) => {
        const { reader: me } = await reader(request);
        return documentBody(await knowledge.getDocument(me, request.params.id));
      },
    );

    routes.get(
      '/documents/:id/file',
      { schema: { tags, summary: '원본 파일 내려받기', params: idParameters } },
      async (request, reply) => {
        const { reader: me } = await reader(request);
        return sendDocumentFile(reply, await knowledge.documentFile(me, request.params.id));
      },
    );

    routes.delete(
      '/documents/:id',
      { schema: { tags, summary: '문서 삭제 (조각과 벡터 함께)', params: idParameters } },
      async (request, reply) => {
        const { reader: me } = await reader(request);
        await knowledge.deleteDocument(me, request.params.id);
        return reply.status(204).send();
      },
    );
  };
}
