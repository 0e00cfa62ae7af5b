import {
  assistantDetailSchema,
  assistantExampleSchema,
  assistantGalleryQuerySchema,
  assistantGallerySchema,
  assistantModelChoiceSchema,
  assistantSharingSchema,
  assistantSummarySchema,
  assistantVersionListSchema,
  assistantVersionSchema,
  createAssistantRequestSchema,
  publishExampleRequestSchema,
  rateAssistantRequestSchema,
  rollbackAssistantRequestSchema,
  updateAssistantRequestSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorFromRequest, type AuditService } from '../audit/index.js';
import { requireUser } from '../auth/index.js';
import type { AssistantService } from './assistant-service.js';

const assistantParameters = z.object({ id: z.uuid() });
const versionParameters = assistantParameters.extend({ number: z.coerce.number().int().min(1) });
const exampleParameters = assistantParameters.extend({ exampleId: z.uuid() });
/** Examples hold up to 20 messages of 20,000 characters, up to 3 bytes each in UTF-8. */
const exampleBodyLimit = 2 * 1024 * 1024;

export function registerAssistantRoutes(
  app: FastifyInstance,
  assistants: AssistantService,
  audit: AuditService,
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/assistants',
    { schema: { querystring: assistantGalleryQuerySchema, response: { 200: assistantGallerySchema } } },
    (request) => assistants.gallery(requireUser(request).user, request.query),
  );
  routes.get(
    '/api/assistants/models',
    { schema: { response: { 200: z.object({ models: z.array(assistantModelChoiceSchema) }) } } },
    async (request) => {
      requireUser(request);
      return { models: await assistants.models() };
    },
  );
  routes.post(
    '/api/assistants',
    { schema: { body: createAssistantRequestSchema, response: { 201: assistantDetailSchema } } },
    async (request, reply) => {
      const detail = await assistants.create(requireUser(request).user, request.body);
      await audit.record({
        action: 'assistant-created',
        actor: auditActorFromRequest(request),
        target: { type: 'assistant', id: detail.id },
        details: { visibility: detail.visibility, copiedFrom: null },
      });
      return reply.status(201).send(detail);
    },
  );
  routes.get(
    '/api/assistants/:id',
    { schema: { params: assistantParameters, response: { 200: assistantDetailSchema } } },
    (request) => assistants.detail(requireUser(request).user, request.params.id),
  );
  routes.put(
    '/api/assistants/:id',
    {
      schema: {
        params: assistantParameters,
        body: updateAssistantRequestSchema,
        response: { 200: assistantDetailSchema },
      },
    },
    async (request) => {
      const { detail, changedFields } = await assistants.update(
        requireUser(request).user,
        request.params.id,
        request.body,
      );
      await audit.record({
        action: 'assistant-edited',
        actor: auditActorFromRequest(request),
        target: { type: 'assistant', id: detail.id },
        details: { version: detail.version, changedFields },
      });
      return detail;
    },
  );
  routes.put(
    '/api/assistants/:id/sharing',
    {
      schema: {
        params: assistantParameters,
        body: assistantSharingSchema,
        response: { 200: assistantDetailSchema },
      },
    },
    async (request) => {
      const detail = await assistants.updateSharing(
        requireUser(request).user,
        request.params.id,
        request.body,
      );
      const sharing = detail.sharing;
      await audit.record({
        action: 'assistant-sharing-changed',
        actor: auditActorFromRequest(request),
        target: { type: 'assistant', id: detail.id },
        details: {
          visibility: detail.visibility,
          departmentId: sharing?.departmentId ?? null,
          includeSubdepartments: sharing?.includeSubdepartments ?? false,
          userCount: sharing?.userIds.length ?? 0,
          editorCount: sharing?.editorIds.length ?? 0,
        },
      });
      return detail;
    },
  );
  routes.delete(
    '/api/assistants/:id',
    { schema: { params: assistantParameters } },
    async (request, reply) => {
      await assistants.archive(requireUser(request).user, request.params.id);
      await audit.record({
        action: 'assistant-archived',
        actor: auditActorFromRequest(request),
        target: { type: 'assistant', id: request.params.id },
      });
      return reply.status(204).send();
    },
  );

  // ---- versions ----

  routes.get(
    '/api/assistants/:id/versions',
    { schema: { params: assistantParameters, response: { 200: assistantVersionListSchema } } },
    async (request) => ({
      versions: await assistants.versions(requireUser(request).user, request.params.id),
    }),
  );
  routes.get(
    '/api/assistants/:id/versions/:number',
    { schema: { params: versionParameters, response: { 200: assistantVersionSchema } } },
    (request) => assistants.version(requireUser(request).user, request.params.id, request.params.number),
  );
  routes.post(
    '/api/assistants/:id/rollback',
    {
      schema: {
        params: assistantParameters,
        body: rollbackAssistantRequestSchema,
        response: { 200: assistantDetailSchema },
      },
    },
    async (request) => {
      const detail = await assistants.rollback(
        requireUser(request).user,
        request.params.id,
        request.body.version,
      );
      await audit.record({
        action: 'assistant-rolled-back',
        actor: auditActorFromRequest(request),
        target: { type: 'assistant', id: detail.id },
        details: { version: detail.version, restoredFrom: request.body.version },
      });
      return detail;
    },
  );
  routes.post(
    '/api/assistants/:id/copy',
    { schema: { params: assistantParameters, response: { 201: assistantDetailSchema } } },
    async (request, reply) => {
      const detail = await assistants.copy(requireUser(request).user, request.params.id);
      await audit.record({
        action: 'assistant-created',
        actor: auditActorFromRequest(request),
        target: { type: 'assistant', id: detail.id },
        details: { visibility: detail.visibility, copiedFrom: request.params.id },
      });
      return reply.status(201).send(detail);
    },
  );

  // ---- saves, ratings, examples ----

  routes.put(
    '/api/assistants/:id/save',
    { schema: { params: assistantParameters, response: { 200: assistantSummarySchema } } },
    (request) => assistants.save(requireUser(request).user, request.params.id, true),
  );
  routes.delete(
    '/api/assistants/:id/save',
    { schema: { params: assistantParameters, response: { 200: assistantSummarySchema } } },
    (request) => assistants.save(requireUser(request).user, request.params.id, false),
  );
  routes.put(
    '/api/assistants/:id/rating',
    {
      schema: {
        params: assistantParameters,
        body: rateAssistantRequestSchema,
        response: { 200: assistantSummarySchema },
      },
    },
    (request) => assistants.rate(requireUser(request).user, request.params.id, request.body.stars),
  );
  routes.post(
    '/api/assistants/:id/examples',
    {
      bodyLimit: Math.max(app.initialConfig.bodyLimit ?? 0, exampleBodyLimit),
      schema: {
        params: assistantParameters,
        body: publishExampleRequestSchema,
        response: { 201: assistantExampleSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await assistants.publishExample(requireUser(request).user, request.params.id, request.body)),
  );
  routes.delete(
    '/api/assistants/:id/examples/:exampleId',
    { schema: { params: exampleParameters } },
    async (request, reply) => {
      await assistants.deleteExample(requireUser(request).user, request.params.id, request.params.exampleId);
      return reply.status(204).send();
    },
  );
}
