import {
  composeRequestSchema,
  composeResponseSchema,
  createDraftRequestSchema,
  draftDetailSchema,
  draftingSettingsResponseSchema,
  draftingSettingsSchema,
  draftListSchema,
  draftTemplateDetailSchema,
  draftTemplateListSchema,
  draftVersionSchema,
  exportFormatSchema,
  generateDraftRequestSchema,
  lintRequestSchema,
  lintResponseSchema,
  saveDraftRequestSchema,
  statelessExportRequestSchema,
  statelessGenerateRequestSchema,
  templatePreviewRequestSchema,
  templatePreviewResponseSchema,
  type DraftDoneEvent,
} from '@jumugwan/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/app-error.js';
import { attachmentDisposition } from '../../platform/http/content-disposition.js';
import { openEventStream } from '../../platform/http/event-stream.js';
import { auditActorFromRequest, type AuditService } from '../audit/index.js';
import { requirePlatformAdmin, requireUser } from '../auth/index.js';
import { staffCaller } from '../guard/index.js';
import type { DraftingService, GenerateInput } from './drafting-service.js';
import type { ExportedFile } from './export-draft.js';

const draftParameters = z.object({ id: z.uuid() });
const templateParameters = z.object({ id: z.string().min(1).max(60) });
const versionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
/** A draft with five attached files of 200,000 characters, up to 3 bytes each in UTF-8. */
const draftBodyLimit = 4 * 1024 * 1024;

export function registerDraftingRoutes(
  app: FastifyInstance,
  drafting: DraftingService,
  audit: AuditService,
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const bodyLimit = Math.max(app.initialConfig.bodyLimit ?? 0, draftBodyLimit);

  routes.get(
    '/api/drafting/settings',
    { schema: { response: { 200: draftingSettingsResponseSchema } } },
    (request) => drafting.settings(requireUser(request).user),
  );
  routes.put(
    '/api/drafting/settings',
    { schema: { body: draftingSettingsSchema, response: { 200: draftingSettingsSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      const saved = await drafting.saveSettings(request.body);
      await audit.record({
        action: 'drafting-settings-updated',
        actor: auditActorFromRequest(request),
        details: { visibleDisclosure: saved.visibleDisclosure },
      });
      return saved;
    },
  );
  routes.post('/api/drafting/acknowledge', async (request) =>
    drafting.acknowledge(requireUser(request).user),
  );

  // ---- templates ----

  routes.get(
    '/api/drafting/templates',
    { schema: { response: { 200: draftTemplateListSchema } } },
    async (request) => {
      requireUser(request);
      return { templates: await drafting.templates.list() };
    },
  );
  routes.get(
    '/api/drafting/templates/:id',
    {
      schema: {
        params: templateParameters,
        querystring: versionQuery,
        response: { 200: draftTemplateDetailSchema },
      },
    },
    (request) => {
      const { user } = requireUser(request);
      return drafting.templates.detail(
        request.params.id,
        request.query.version,
        user.role === 'platform_admin',
      );
    },
  );
  routes.post(
    '/api/drafting/templates',
    { schema: { response: { 201: draftTemplateDetailSchema } } },
    async (request, reply) => {
      const { user } = requirePlatformAdmin(request);
      const template = await drafting.templates.create(request.body, user.id);
      await audit.record({
        action: 'drafting-template-saved',
        actor: auditActorFromRequest(request),
        target: { type: 'drafting-template', id: template.id },
        details: { version: template.version, created: true },
      });
      return reply.status(201).send(await drafting.templates.detail(template.id, undefined, true));
    },
  );
  routes.put(
    '/api/drafting/templates/:id',
    { schema: { params: templateParameters, response: { 200: draftTemplateDetailSchema } } },
    async (request) => {
      const { user } = requirePlatformAdmin(request);
      const template = await drafting.templates.update(request.params.id, request.body, user.id);
      await audit.record({
        action: 'drafting-template-saved',
        actor: auditActorFromRequest(request),
        target: { type: 'drafting-template', id: template.id },
        details: { version: template.version, created: false },
      });
      return drafting.templates.detail(template.id, undefined, true);
    },
  );
  routes.delete(
    '/api/drafting/templates/:id',
    { schema: { params: templateParameters } },
    async (request, reply) => {
      requirePlatformAdmin(request);
      await drafting.templates.archive(request.params.id);
      await audit.record({
        action: 'drafting-template-archived',
        actor: auditActorFromRequest(request),
        target: { type: 'drafting-template', id: request.params.id },
      });
      return reply.status(204).send();
    },
  );
  routes.post(
    '/api/drafting/templates/preview',
    { schema: { body: templatePreviewRequestSchema, response: { 200: templatePreviewResponseSchema } } },
    (request) => {
      const { user } = requireUser(request);
      return drafting.preview(user, request.body.template, request.body.values);
    },
  );

  routes.post(
    '/api/drafting/lint',
    { bodyLimit, schema: { body: lintRequestSchema, response: { 200: lintResponseSchema } } },
    async (request) => {
      requireUser(request);
      return { findings: await drafting.lint(request.body.text, request.body.templateId) };
    },
  );

  // ---- stateless drafting ----

  routes.post(
    '/api/drafting/compose',
    { bodyLimit, schema: { body: composeRequestSchema, response: { 200: composeResponseSchema } } },
    (request) => drafting.compose(requireUser(request).user, request.body.templateId, request.body.values),
  );
  routes.post(
    '/api/drafting/generate',
    { bodyLimit, schema: { body: statelessGenerateRequestSchema } },
    async (request, reply) => {
      const { user } = requireUser(request);
      const { model, instruction, ...draft } = request.body;
      await streamGeneration(request, reply, (input) =>
        drafting.generateStateless(user, staffCaller(user, request.ip, 'drafting'), draft, {
          ...input,
          model,
          ...(instruction === undefined ? {} : { instruction }),
        }),
      );
    },
  );
  routes.post(
    '/api/drafting/export',
    { bodyLimit, schema: { body: statelessExportRequestSchema } },
    async (request, reply) => {
      const { user } = requireUser(request);
      const file = await drafting.exportStateless(
        user,
        request.body.templateId,
        request.body.document,
        request.body.format,
      );
      return sendExport(reply, file);
    },
  );

  // ---- stored drafts ----

  routes.get('/api/drafting/drafts', { schema: { response: { 200: draftListSchema } } }, async (request) => ({
    drafts: await drafting.listDrafts(requireUser(request).user),
  }));
  routes.post(
    '/api/drafting/drafts',
    { bodyLimit, schema: { body: createDraftRequestSchema, response: { 201: draftDetailSchema } } },
    async (request, reply) =>
      reply.status(201).send(await drafting.createDraft(requireUser(request).user, request.body)),
  );
  routes.get(
    '/api/drafting/drafts/:id',
    { schema: { params: draftParameters, response: { 200: draftDetailSchema } } },
    (request) => drafting.draft(requireUser(request).user, request.params.id),
  );
  routes.get(
    '/api/drafting/drafts/:id/versions/:number',
    {
      schema: {
        params: draftParameters.extend({ number: z.coerce.number().int().min(1) }),
        response: { 200: draftVersionSchema },
      },
    },
    (request) => drafting.version(requireUser(request).user, request.params.id, request.params.number),
  );
  routes.put(
    '/api/drafting/drafts/:id',
    {
      bodyLimit,
      schema: { params: draftParameters, body: saveDraftRequestSchema, response: { 200: draftDetailSchema } },
    },
    (request) =>
      drafting.saveVersion(
        requireUser(request).user,
        request.params.id,
        request.body.document,
        request.body.source,
      ),
  );
  routes.delete(
    '/api/drafting/drafts/:id',
    { schema: { params: draftParameters } },
    async (request, reply) => {
      await drafting.deleteDraft(requireUser(request).user, request.params.id);
      return reply.status(204).send();
    },
  );
  routes.post(
    '/api/drafting/drafts/:id/generate',
    { schema: { params: draftParameters, body: generateDraftRequestSchema } },
    async (request, reply) => {
      const { user } = requireUser(request);
      const { model, instruction } = request.body;
      await streamGeneration(request, reply, (input) =>
        drafting.generate(user, staffCaller(user, request.ip, 'drafting'), request.params.id, {
          ...input,
          model,
          ...(instruction === undefined ? {} : { instruction }),
        }),
      );
    },
  );
  routes.get(
    '/api/drafting/drafts/:id/export',
    {
      schema: {
        params: draftParameters,
        querystring: z.object({
          format: exportFormatSchema,
          version: z.coerce.number().int().min(1).optional(),
        }),
      },
    },
    async (request, reply) => {
      const { user } = requireUser(request);
      const file = await drafting.exportDraft(
        user,
        request.params.id,
        request.query.format,
        request.query.version,
      );
      return sendExport(reply, file);
    },
  );
}

/**
 * Runs one generation as a server-sent event stream: `delta` while the model writes, then `done`, or
 * `error` once streaming has begun (before that, errors answer as JSON with their status).
 */
async function streamGeneration(
  request: FastifyRequest,
  reply: FastifyReply,
  run: (input: Pick<GenerateInput, 'onDelta' | 'signal'>) => Promise<DraftDoneEvent>,
): Promise<void> {
  const stream = openEventStream(request, reply);
  try {
    const done = await run({
      signal: stream.signal,
      onDelta: (text) => stream.send('delta', { text }),
    });
    stream.send('done', done);
  } catch (error) {
    if (!stream.started) throw error;
    const known = error instanceof AppError ? error : null;
    if (known === null) request.log.error({ err: error }, 'draft generation failed');
    stream.send('error', {
      code: known?.code ?? 'upstream_error',
      message: known?.message ?? '초안을 쓰지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
    });
  } finally {
    stream.end();
  }
}

function sendExport(reply: FastifyReply, file: ExportedFile): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.bytes));
}
