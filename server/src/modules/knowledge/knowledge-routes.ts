import {
  createCollectionRequestSchema,
  documentSummaryRequestSchema,
  type DocumentSummaryEvent,
  knowledgeCollectionListSchema,
  knowledgeCollectionSchema,
  knowledgeDocumentListSchema,
  knowledgeDocumentSchema,
  knowledgePassageSchema,
  knowledgeSearchRequestSchema,
  knowledgeSearchResponseSchema,
  replaceSharesRequestSchema,
  searchHistorySchema,
  updateCollectionRequestSchema,
  uploadDocumentsResponseSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentDisposition } from '../../platform/http/content-disposition.js';
import { openEventStream } from '../../platform/http/event-stream.js';
import { AppError } from '../../platform/app-error.js';
import { handleError } from '../../platform/http/error-handler.js';
import { readMultipartFiles } from '../../platform/http/read-multipart-files.js';
import { requireUser } from '../auth/index.js';
import { staffCaller } from '../guard/index.js';
import type { KnowledgeService } from './knowledge-service.js';

const idParameters = z.object({ id: z.uuid() });
const chunkParameters = z.object({ id: z.coerce.number().int().min(1) });

/** Several files of the configured size at once, plus the multipart framing. */
export function uploadBodyLimit(maximumFileBytes: number): number {
  return Math.min(maximumFileBytes * 20, 1_073_741_824) + 1_048_576;
}

export function sendDocumentFile(
  reply: FastifyReply,
  file: { fileName: string; bytes: Buffer },
): FastifyReply {
  return reply
    .header('content-type', 'application/octet-stream')
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}

export function uploadTooLarge(maximumFileBytes: number): AppError {
  return new AppError(
    'payload_too_large',
    413,
    `한 번에 올리는 파일이 너무 큽니다. 파일 하나는 ${String(Math.round(maximumFileBytes / 1_048_576))}MB까지, 여러 파일은 나누어 올리세요.`,
  );
}

/** The staff UI's knowledge API: thin routes over the service, which applies the access rules. */
export function registerKnowledgeRoutes(
  app: FastifyInstance,
  knowledge: KnowledgeService,
  maximumFileBytes: number,
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const reader = async (request: Parameters<typeof requireUser>[0]) =>
    knowledge.readerOfUser(requireUser(request).user);

  routes.get(
    '/api/knowledge/collections',
    { schema: { response: { 200: knowledgeCollectionListSchema } } },
    async (request) => ({ collections: await knowledge.listCollections(await reader(request)) }),
  );

  routes.post(
    '/api/knowledge/collections',
    { schema: { body: createCollectionRequestSchema, response: { 201: knowledgeCollectionSchema } } },
    async (request, reply) => {
      const { user } = requireUser(request);
      const me = await knowledge.readerOfUser(user);
      if (me.kind !== 'user') throw new Error('unreachable');
      const created = await knowledge.createCollection(
        me,
        staffCaller(user, request.ip, 'knowledge'),
        request.body,
      );
      return reply.status(201).send(created);
    },
  );

  routes.get(
    '/api/knowledge/collections/:id',
    { schema: { params: idParameters, response: { 200: knowledgeCollectionSchema } } },
    async (request) => knowledge.getCollection(await reader(request), request.params.id),
  );

  routes.patch(
    '/api/knowledge/collections/:id',
    {
      schema: {
        params: idParameters,
        body: updateCollectionRequestSchema,
        response: { 200: knowledgeCollectionSchema },
      },
    },
    async (request) => knowledge.updateCollection(await reader(request), request.params.id, request.body),
  );

  routes.delete(
    '/api/knowledge/collections/:id',
    { schema: { params: idParameters } },
    async (request, reply) => {
      await knowledge.deleteCollection(await reader(request), request.params.id);
      return reply.status(204).send();
    },
  );

  routes.put(
    '/api/knowledge/collections/:id/shares',
    {
      schema: {
        params: idParameters,
        body: replaceSharesRequestSchema,
        response: { 200: knowledgeCollectionSchema },
      },
    },
    async (request) =>
      knowledge.replaceShares(
        await reader(request),
        request.params.id,
        request.body.userIds,
        request.body.departmentIds,
      ),
  );

  routes.get(
    '/api/knowledge/collections/:id/documents',
    { schema: { params: idParameters, response: { 200: knowledgeDocumentListSchema } } },
    async (request) => ({
      documents: await knowledge.listDocuments(await reader(request), request.params.id),
    }),
  );

  routes.post(
    '/api/knowledge/collections/:id/documents',
    {
      bodyLimit: uploadBodyLimit(maximumFileBytes),
      schema: { params: idParameters, response: { 201: uploadDocumentsResponseSchema } },
      errorHandler: (error, request, reply) => {
        const code = 'code' in error ? error.code : undefined;
        handleError(
          code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? uploadTooLarge(maximumFileBytes) : error,
          request,
          reply,
        );
      },
    },
    async (request, reply) => {
      const me = await reader(request);
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError('validation_failed', 415, '파일을 multipart/form-data로 보내 주세요.');
      }
      const files = readMultipartFiles(request.body, request.headers['content-type']);
      return reply.status(201).send(await knowledge.upload(me, request.params.id, files));
    },
  );

  routes.get(
    '/api/knowledge/documents/:id',
    { schema: { params: idParameters, response: { 200: knowledgeDocumentSchema } } },
    async (request) => knowledge.getDocument(await reader(request), request.params.id),
  );

  routes.delete(
    '/api/knowledge/documents/:id',
    { schema: { params: idParameters } },
    async (request, reply) => {
      await knowledge.deleteDocument(await reader(request), request.params.id);
      return reply.status(204).send();
    },
  );

  routes.post(
    '/api/knowledge/documents/:id/retry',
    { schema: { params: idParameters, response: { 200: knowledgeDocumentSchema } } },
    async (request) => knowledge.retryDocument(await reader(request), request.params.id),
  );

  routes.get(
    '/api/knowledge/documents/:id/file',
    { schema: { params: idParameters } },
    async (request, reply) =>
      sendDocumentFile(reply, await knowledge.documentFile(await reader(request), request.params.id)),
  );

  routes.post(
    '/api/knowledge/search',
    { schema: { body: knowledgeSearchRequestSchema, response: { 200: knowledgeSearchResponseSchema } } },
    async (request) => {
      const { user } = requireUser(request);
      return knowledge.search(
        await knowledge.readerOfUser(user),
        staffCaller(user, request.ip, 'knowledge'),
        request.body,
      );
    },
  );

  routes.get(
    '/api/knowledge/search-history',
    { schema: { response: { 200: searchHistorySchema } } },
    async (request) => {
      const me = await reader(request);
      if (me.kind !== 'user') throw new Error('unreachable');
      return { entries: await knowledge.searchHistory(me) };
    },
  );

  routes.post(
    '/api/knowledge/documents/:id/summary',
    { schema: { params: idParameters, body: documentSummaryRequestSchema } },
    async (request, reply) => {
      const { user } = requireUser(request);
      const me = await knowledge.readerOfUser(user);
      const stream = openEventStream(request, reply);
      const send = (event: DocumentSummaryEvent) => stream.send(event.type, event);
      try {
        const summary = await knowledge.summarize(me, staffCaller(user, request.ip, 'knowledge'), {
          documentId: request.params.id,
          model: request.body.model,
          signal: stream.signal,
          onProgress: (progress) => send({ type: 'progress', ...progress }),
        });
        send({ type: 'summary', text: summary.text, citations: summary.citations });
      } catch (error) {
        // Before the first event the error answers as JSON with its status; after, as the stream's last event.
        if (!stream.started) throw error;
        const known = error instanceof AppError ? error : null;
        send({
          type: 'error',
          code: known?.code ?? 'upstream_error',
          message: known?.message ?? '요약을 만들지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
        });
      }
      stream.end();
      return reply;
    },
  );

  routes.get(
    '/api/knowledge/chunks/:id',
    { schema: { params: chunkParameters, response: { 200: knowledgePassageSchema } } },
    async (request) => knowledge.passage(await reader(request), request.params.id),
  );
}
