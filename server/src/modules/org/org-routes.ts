import {
  departmentListSchema,
  directoryDepartmentListSchema,
  directoryUserListSchema,
  importResultSchema,
  userListSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ImportResult } from '@jumugwan/contracts';
import { AppError, errors } from '../../platform/app-error.js';
import { auditActorFromRequest } from '../audit/audit-actor.js';
import type { AuditActor } from '../audit/audit-event.js';
import type { AuditService } from '../audit/audit-service.js';
import { requirePlatformAdmin, requireUser } from '../auth/index.js';
import type { OrgService } from './org-service.js';

const importBodyLimit = 20 * 1024 * 1024;

export interface OrgRouteDependencies {
  org: OrgService;
  /** Signs out users the import deactivated. */
  endSessionsOf(userId: string): Promise<void>;
  /**
   * Tells the modules that hold things people own (assistants) that these accounts were deleted
   * (deactivated), so they hand them over; `actor` is who deleted them, for the audit log.
   */
  usersDeactivated(userIds: readonly string[], actor: AuditActor): Promise<void>;
  /** Tells caches of the department tree (budgets, dashboards) that it changed. */
  departmentsChanged(): Promise<void>;
  audit: AuditService;
}

export function registerOrgRoutes(app: FastifyInstance, dependencies: OrgRouteDependencies): void {
  const { org, audit } = dependencies;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  /** Counts only: the file's names and numbers stay out of the log. */
  const recordImport = (request: FastifyRequest, kind: 'departments' | 'users', result: ImportResult) =>
    audit.record({
      action: 'org-imported',
      outcome: result.ok ? 'success' : 'failure',
      actor: auditActorFromRequest(request),
      target: { type: 'org-import', id: kind },
      details: result.ok
        ? {
            kind,
            encoding: result.encoding,
            created: result.created,
            updated: result.updated,
            deactivated: result.deactivated,
            unchanged: result.unchanged,
          }
        : { kind, encoding: result.encoding, errorCount: result.errors.length },
    });

  // CSV arrives as raw bytes: the encoding (UTF-8 or CP949) is detected by the importer, not by HTTP.
  app.addContentTypeParser(
    ['text/csv', 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: importBodyLimit },
    (_request, body, done) => {
      done(null, body);
    },
  );

  routes.get(
    '/api/admin/org/departments',
    { schema: { response: { 200: departmentListSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      return { departments: await org.listDepartments() };
    },
  );

  routes.get(
    '/api/directory/departments',
    { schema: { response: { 200: directoryDepartmentListSchema } } },
    async (request) => {
      requireUser(request);
      const departments = await org.listDepartments();
      return {
        departments: departments
          .filter((department) => department.active)
          .map(({ id, name, parentId, kind }) => ({ id, name, parentId, kind })),
      };
    },
  );

  routes.get(
    '/api/directory/users',
    {
      schema: {
        querystring: z.object({ query: z.string().trim().min(1, '이름이나 사번을 입력하세요.').max(100) }),
        response: { 200: directoryUserListSchema },
      },
    },
    async (request) => {
      requireUser(request);
      const { users } = await org.listUsers({
        search: request.query.query,
        activeOnly: true,
        offset: 0,
        limit: 20,
      });
      return {
        users: users.map((user) => ({
          id: user.id,
          name: user.name,
          rank: user.rank,
          departmentName: user.departmentName,
        })),
      };
    },
  );

  routes.get(
    '/api/admin/org/users',
    {
      schema: {
        querystring: z.object({
          query: z.string().max(100).optional(),
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: userListSchema },
      },
    },
    async (request) => {
      requirePlatformAdmin(request);
      return org.listUsers({
        search: request.query.query,
        offset: request.query.offset,
        limit: request.query.limit,
      });
    },
  );

  const bodyBytes = (body: unknown): Uint8Array => {
    if (!Buffer.isBuffer(body) || body.length === 0)
      throw errors.validation({ message: 'CSV 파일 내용이 비어 있습니다.' });
    return body;
  };

  routes.post(
    '/api/admin/org/import/departments',
    { bodyLimit: importBodyLimit, schema: { response: { 200: importResultSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      const result = await org.importDepartments(bodyBytes(request.body));
      await dependencies.departmentsChanged();
      await recordImport(request, 'departments', result);
      return result;
    },
  );

  routes.post(
    '/api/admin/org/import/users',
    { bodyLimit: importBodyLimit, schema: { response: { 200: importResultSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      const { deactivatedUserIds, ...result } = await org.importUsers(bodyBytes(request.body));
      for (const userId of deactivatedUserIds ?? []) await dependencies.endSessionsOf(userId);
      await recordImport(request, 'users', result);
      if (deactivatedUserIds !== undefined && deactivatedUserIds.length > 0)
        await dependencies.usersDeactivated(deactivatedUserIds, auditActorFromRequest(request));
      return result;
    },
  );

  routes.delete(
    '/api/admin/org/users/:id',
    { schema: { params: z.object({ id: z.uuid() }) } },
    async (request, reply) => {
      const { user: admin } = requirePlatformAdmin(request);
      if (request.params.id === admin.id)
        throw new AppError('validation_failed', 400, '자신의 계정은 삭제할 수 없습니다.');
      const user = await org.deactivateUser(request.params.id);
      if (user === undefined) throw errors.notFound('사용자');
      await dependencies.endSessionsOf(user.id);
      const actor = auditActorFromRequest(request);
      await audit.record({ action: 'user-deactivated', actor, target: { type: 'user', id: user.id } });
      await dependencies.usersDeactivated([user.id], actor);
      return reply.status(204).send();
    },
  );
}
