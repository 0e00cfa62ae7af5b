import {
  acknowledgeGuidelinesRequestSchema,
  guidelineAcknowledgementStatsSchema,
  guidelinesSchema,
  guidelinesStatusSchema,
  publishGuidelinesRequestSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorFromRequest, type AuditService } from '../audit/index.js';
import { requirePlatformAdmin, requireUser } from '../auth/index.js';
import type { GuidelinesService } from './guidelines-service.js';

export function registerGuidelinesRoutes(
  app: FastifyInstance,
  guidelines: GuidelinesService,
  audit: AuditService,
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get('/api/guidelines', { schema: { response: { 200: guidelinesStatusSchema } } }, (request) =>
    guidelines.status(requireUser(request).user),
  );
  routes.post(
    '/api/guidelines/acknowledge',
    { schema: { body: acknowledgeGuidelinesRequestSchema, response: { 200: guidelinesStatusSchema } } },
    (request) => guidelines.acknowledge(requireUser(request).user, request.body.version),
  );

  routes.get(
    '/api/admin/guidelines/acknowledgements',
    { schema: { response: { 200: guidelineAcknowledgementStatsSchema } } },
    (request) => {
      requirePlatformAdmin(request);
      return guidelines.acknowledgementStats();
    },
  );
  routes.get(
    '/api/admin/guidelines/versions/:version',
    {
      schema: {
        params: z.object({ version: z.coerce.number().int().min(1) }),
        response: { 200: guidelinesSchema },
      },
    },
    (request) => {
      requirePlatformAdmin(request);
      return guidelines.version(request.params.version);
    },
  );
  routes.put(
    '/api/admin/guidelines',
    { schema: { body: publishGuidelinesRequestSchema, response: { 200: guidelinesSchema } } },
    async (request) => {
      const { user } = requirePlatformAdmin(request);
      const published = await guidelines.publish(user, request.body.content);
      await audit.record({
        action: 'guidelines-published',
        actor: auditActorFromRequest(request),
        target: { type: 'guidelines', id: String(published.version) },
        details: { version: published.version },
      });
      return published;
    },
  );
}
