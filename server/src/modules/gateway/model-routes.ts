import {
  chatModelListSchema,
  connectionTestResultSchema,
  modelEndpointInputSchema,
  modelEndpointListSchema,
  modelEndpointSchema,
  modelCapabilitySchema,
  modelSettingsInputSchema,
  modelStatusListSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditActorFromRequest } from '../audit/audit-actor.js';
import type { AuditService } from '../audit/audit-service.js';
import { requirePlatformAdmin, requireUser } from '../auth/index.js';
import type { Gateway } from './gateway.js';
import type { ModelRegistry } from './model-registry.js';

const idParameters = z.object({ id: z.uuid() });

export function registerModelRoutes(
  app: FastifyInstance,
  registry: ModelRegistry,
  gateway: Gateway,
  audit: AuditService,
): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/models',
    {
      schema: {
        querystring: z.object({ capability: modelCapabilitySchema.default('chat') }),
        response: { 200: chatModelListSchema },
      },
    },
    async (request) => {
      requireUser(request);
      const models = await gateway.listModels();
      return {
        models: models
          .filter((model) => model.capability === request.query.capability)
          .map((model) => ({ id: model.id, location: model.location, capability: model.capability })),
      };
    },
  );

  routes.get(
    '/api/admin/models',
    { schema: { response: { 200: modelStatusListSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      return { models: await registry.listModelStatus() };
    },
  );

  routes.put(
    '/api/admin/models/:modelId/settings',
    { schema: { params: z.object({ modelId: z.string().min(1).max(200) }), body: modelSettingsInputSchema } },
    async (request, reply) => {
      requirePlatformAdmin(request);
      await registry.saveModelSettings(request.params.modelId, request.body);
      await audit.record({
        action: 'model-settings-updated',
        actor: auditActorFromRequest(request),
        target: { type: 'model', id: request.params.modelId },
        details: { capability: request.body.capability, fallbacks: request.body.fallbacks },
      });
      return reply.status(204).send();
    },
  );

  routes.get(
    '/api/admin/model-endpoints',
    { schema: { response: { 200: modelEndpointListSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      return { endpoints: await registry.listEndpoints() };
    },
  );

  routes.post(
    '/api/admin/model-endpoints',
    { schema: { body: modelEndpointInputSchema, response: { 201: modelEndpointSchema } } },
    async (request, reply) => {
      requirePlatformAdmin(request);
      const endpoint = await registry.createEndpoint(request.body);
      await audit.record({
        action: 'model-endpoint-created',
        actor: auditActorFromRequest(request),
        target: { type: 'model-endpoint', id: endpoint.id },
        details: { name: endpoint.name, location: endpoint.location, modelIds: endpoint.modelIds },
      });
      return reply.status(201).send(endpoint);
    },
  );

  routes.patch(
    '/api/admin/model-endpoints/:id',
    {
      schema: {
        params: idParameters,
        body: modelEndpointInputSchema,
        response: { 200: modelEndpointSchema },
      },
    },
    async (request) => {
      requirePlatformAdmin(request);
      const endpoint = await registry.updateEndpoint(request.params.id, request.body);
      await audit.record({
        action: 'model-endpoint-updated',
        actor: auditActorFromRequest(request),
        target: { type: 'model-endpoint', id: endpoint.id },
        details: {
          name: endpoint.name,
          location: endpoint.location,
          enabled: endpoint.enabled,
          modelIds: endpoint.modelIds,
          apiKeyChanged: request.body.apiKey !== undefined,
        },
      });
      return endpoint;
    },
  );

  routes.delete(
    '/api/admin/model-endpoints/:id',
    { schema: { params: idParameters } },
    async (request, reply) => {
      requirePlatformAdmin(request);
      await registry.deleteEndpoint(request.params.id);
      await audit.record({
        action: 'model-endpoint-deleted',
        actor: auditActorFromRequest(request),
        target: { type: 'model-endpoint', id: request.params.id },
      });
      return reply.status(204).send();
    },
  );

  routes.post(
    '/api/admin/model-endpoints/:id/test',
    { schema: { params: idParameters, response: { 200: connectionTestResultSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      return registry.testEndpoint(request.params.id);
    },
  );
}
