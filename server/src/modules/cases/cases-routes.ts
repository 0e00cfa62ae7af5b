import {
  commentUseCaseRequestSchema,
  exportCaseBookRequestSchema,
  reviewUseCaseRequestSchema,
  saveUseCaseRequestSchema,
  useCaseAttachmentListSchema,
  useCaseCommentSchema,
  useCaseDetailSchema,
  useCaseLikeResponseSchema,
  useCaseListQuerySchema,
  useCaseListSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/app-error.js';
import { attachmentDisposition } from '../../platform/http/content-disposition.js';
import { handleError } from '../../platform/http/error-handler.js';
import { readMultipartFiles } from '../../platform/http/read-multipart-files.js';
import { auditActorFromRequest, type AuditService } from '../audit/index.js';
import { requirePlatformAdmin, requireUser } from '../auth/index.js';
import type { ExportedFile } from '../drafting/index.js';
import { attachmentLimits, type UseCaseService } from './use-case-service.js';

const caseParameters = z.object({ id: z.uuid() });
const commentParameters = caseParameters.extend({ commentId: z.uuid() });
const attachmentParameters = caseParameters.extend({ attachmentId: z.uuid() });
/** A full set of files at the limit, plus the multipart framing. */
const uploadBodyLimit = attachmentLimits.fileBytes * attachmentLimits.files + 1024 * 1024;

export function registerCasesRoutes(app: FastifyInstance, cases: UseCaseService, audit: AuditService): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/cases',
    { schema: { querystring: useCaseListQuerySchema, response: { 200: useCaseListSchema } } },
    (request) => cases.list(requireUser(request).user, request.query),
  );
  routes.post(
    '/api/cases',
    { schema: { body: saveUseCaseRequestSchema, response: { 201: useCaseDetailSchema } } },
    async (request, reply) => {
      const { user } = requireUser(request);
      const created = await cases.create(user, request.body.input, request.body.submit);
      return reply.status(201).send(created);
    },
  );
  routes.get(
    '/api/cases/:id',
    { schema: { params: caseParameters, response: { 200: useCaseDetailSchema } } },
    (request) => cases.detail(requireUser(request).user, request.params.id),
  );
  routes.put(
    '/api/cases/:id',
    {
      schema: {
        params: caseParameters,
        body: saveUseCaseRequestSchema,
        response: { 200: useCaseDetailSchema },
      },
    },
    (request) =>
      cases.update(requireUser(request).user, request.params.id, request.body.input, request.body.submit),
  );
  routes.delete('/api/cases/:id', { schema: { params: caseParameters } }, async (request, reply) => {
    await cases.remove(requireUser(request).user, request.params.id);
    return reply.status(204).send();
  });
  routes.post(
    '/api/cases/:id/submit',
    { schema: { params: caseParameters, response: { 200: useCaseDetailSchema } } },
    (request) => cases.submit(requireUser(request).user, request.params.id),
  );
  routes.post(
    '/api/cases/:id/review',
    {
      schema: {
        params: caseParameters,
        body: reviewUseCaseRequestSchema,
        response: { 200: useCaseDetailSchema },
      },
    },
    async (request) => {
      const { user } = requireUser(request);
      const { decision, note } = request.body;
      const reviewed = await cases.review(user, request.params.id, decision, note);
      await audit.record({
        action: decision === 'publish' ? 'case-published' : 'case-returned',
        actor: auditActorFromRequest(request),
        target: { type: 'use-case', id: reviewed.id },
        details: { departmentName: reviewed.departmentName, withNote: note !== '' },
      });
      return reviewed;
    },
  );

  // ---- likes and comments ----

  for (const [method, liked] of [
    ['PUT', true],
    ['DELETE', false],
  ] as const) {
    routes.route({
      method,
      url: '/api/cases/:id/like',
      schema: { params: caseParameters, response: { 200: useCaseLikeResponseSchema } },
      handler: (request) => cases.setLike(requireUser(request).user, request.params.id, liked),
    });
  }
  routes.post(
    '/api/cases/:id/comments',
    {
      schema: {
        params: caseParameters,
        body: commentUseCaseRequestSchema,
        response: { 201: useCaseCommentSchema },
      },
    },
    async (request, reply) => {
      const comment = await cases.addComment(requireUser(request).user, request.params.id, request.body.body);
      return reply.status(201).send(comment);
    },
  );
  routes.delete(
    '/api/cases/:id/comments/:commentId',
    { schema: { params: commentParameters } },
    async (request, reply) => {
      await cases.deleteComment(requireUser(request).user, request.params.id, request.params.commentId);
      return reply.status(204).send();
    },
  );

  // ---- attachments ----

  routes.post(
    '/api/cases/:id/attachments',
    {
      bodyLimit: uploadBodyLimit,
      schema: { params: caseParameters, response: { 201: useCaseAttachmentListSchema } },
      errorHandler: (error, request, reply) => {
        const code = 'code' in error ? error.code : undefined;
        handleError(code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? uploadTooLarge() : error, request, reply);
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError('validation_failed', 415, '파일을 multipart/form-data로 보내 주세요.');
      }
      const files = readMultipartFiles(request.body, request.headers['content-type']);
      const attachments = await cases.addAttachments(user, request.params.id, files);
      return reply.status(201).send({ attachments });
    },
  );
  routes.get(
    '/api/cases/:id/attachments/:attachmentId',
    { schema: { params: attachmentParameters } },
    async (request, reply) => {
      const { user } = requireUser(request);
      const file = await cases.attachment(user, request.params.id, request.params.attachmentId);
      // Always a download, never shown inline: an uploaded page must not run in the platform's origin.
      return reply
        .header('content-type', 'application/octet-stream')
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
  routes.delete(
    '/api/cases/:id/attachments/:attachmentId',
    { schema: { params: attachmentParameters } },
    async (request, reply) => {
      await cases.deleteAttachment(requireUser(request).user, request.params.id, request.params.attachmentId);
      return reply.status(204).send();
    },
  );

  // ---- the case book ----

  routes.post(
    '/api/admin/cases/export',
    { schema: { body: exportCaseBookRequestSchema } },
    async (request, reply) => {
      const { user } = requirePlatformAdmin(request);
      const file = await cases.exportBook(user, request.body);
      await audit.record({
        action: 'case-book-exported',
        actor: auditActorFromRequest(request),
        details: { format: request.body.format, caseCount: new Set(request.body.caseIds).size },
      });
      return sendFile(reply, file);
    },
  );
}

function uploadTooLarge(): AppError {
  return new AppError(
    'payload_too_large',
    413,
    `파일은 하나에 ${attachmentLimits.fileBytes / 1024 / 1024}MB, 한 번에 ${attachmentLimits.files}개까지 올릴 수 있습니다.`,
  );
}

function sendFile(reply: FastifyReply, file: ExportedFile): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.bytes));
}
