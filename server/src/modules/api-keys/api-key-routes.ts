import { apiKeyCreatedSchema, apiKeyInputSchema, apiKeyListSchema } from '@jumugwan/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorFromRequest } from '../audit/audit-actor.js';
import type { AuditService } from '../audit/audit-service.js';
import { requirePlatformAdmin } from '../auth/index.js';
import type { ApiKeyService } from './api-key-service.js';

export function registerApiKeyRoutes(app: FastifyInstance, keys: ApiKeyService, audit: AuditService): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/api/admin/api-keys', { schema: { response: { 200: apiKeyListSchema } } }, async (request) => {
    requirePlatformAdmin(request);
    return { keys: await keys.list() };
  });

  routes.post(
    '/api/admin/api-keys',
    { schema: { body: apiKeyInputSchema, response: { 201: apiKeyCreatedSchema } } },
    async (request, reply) => {
      const { user } = requirePlatformAdmin(request);
      const created = await keys.create(request.body, user.id);
      await audit.record({
        action: 'api-key-created',
        actor: auditActorFromRequest(request),
        target: { type: 'api-key', id: created.apiKey.id },
        details: {
          name: created.apiKey.name,
          keyPrefix: created.apiKey.keyPrefix,
          departmentId: created.apiKey.departmentId,
          allowedModels: created.apiKey.allowedModels,
        },
      });
      return reply.status(201).send(created);
    },
  );

  routes.post(
    '/api/admin/api-keys/:id/revoke',
    { schema: { params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      requirePlatformAdmin(request);
      await keys.revoke(request.params.id);
      await audit.record({
        action: 'api-key-revoked',
        actor: auditActorFromRequest(request),
        target: { type: 'api-key', id: request.params.id },
      });
      return reply.status(204).send();
    },
  );
}
