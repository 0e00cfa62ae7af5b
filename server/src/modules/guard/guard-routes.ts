import {
  bannedWordListInputSchema,
  bannedWordListSchema,
  bannedWordListsSchema,
  departmentRetentionListSchema,
  departmentRetentionRequestSchema,
  guardPolicyResponseSchema,
  guardPolicySchema,
  guardTestRequestSchema,
  guardTestResponseSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePlatformAdmin } from '../auth/index.js';
import { staffCaller, type GuardCaller } from './guard-caller.js';
import type { GuardService } from './guard-service.js';

const idParameters = z.object({ id: z.uuid() });

function admin(request: FastifyRequest): GuardCaller {
  const { user } = requirePlatformAdmin(request);
  return staffCaller(user, request.ip, 'chat');
}

/** Platform admins edit the guard policy and 금칙어 lists, and try sentences against them. */
export function registerGuardRoutes(app: FastifyInstance, guard: GuardService): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/admin/guard/policy',
    { schema: { response: { 200: guardPolicyResponseSchema } } },
    async (request) => {
      admin(request);
      return guard.getPolicy();
    },
  );

  routes.put(
    '/api/admin/guard/policy',
    { schema: { body: guardPolicySchema, response: { 200: guardPolicyResponseSchema } } },
    async (request) => guard.updatePolicy(admin(request), request.body),
  );

  routes.get(
    '/api/admin/guard/banned-words',
    { schema: { response: { 200: bannedWordListsSchema } } },
    async (request) => {
      admin(request);
      return { lists: await guard.listBannedWordLists() };
    },
  );

  routes.post(
    '/api/admin/guard/banned-words',
    { schema: { body: bannedWordListInputSchema, response: { 201: bannedWordListSchema } } },
    async (request, reply) =>
      reply.status(201).send(await guard.createBannedWordList(admin(request), request.body)),
  );

  routes.put(
    '/api/admin/guard/banned-words/:id',
    {
      schema: {
        params: idParameters,
        body: bannedWordListInputSchema,
        response: { 200: bannedWordListSchema },
      },
    },
    async (request) => guard.updateBannedWordList(admin(request), request.params.id, request.body),
  );

  routes.delete(
    '/api/admin/guard/banned-words/:id',
    { schema: { params: idParameters } },
    async (request, reply) => {
      await guard.deleteBannedWordList(admin(request), request.params.id);
      return reply.status(204).send();
    },
  );

  routes.post(
    '/api/admin/guard/test',
    { schema: { body: guardTestRequestSchema, response: { 200: guardTestResponseSchema } } },
    async (request) => {
      admin(request);
      return guard.test(request.body.text, request.body.location);
    },
  );

  routes.get(
    '/api/admin/guard/department-retention',
    { schema: { response: { 200: departmentRetentionListSchema } } },
    async (request) => {
      admin(request);
      return { departments: await guard.departmentOverrides() };
    },
  );

  routes.put(
    '/api/admin/guard/departments/:id/retention',
    { schema: { params: idParameters, body: departmentRetentionRequestSchema } },
    async (request, reply) => {
      await guard.setDepartmentRetention(admin(request), request.params.id, request.body.retention);
      return reply.status(204).send();
    },
  );
}
