import { Readable } from 'node:stream';
import { auditEventListSchema, auditQuerySchema } from '@jumugwan/contracts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../../platform/clock.js';
import { requirePlatformAdmin } from '../auth/index.js';
import { auditCsv, formatKoreanTime } from './audit-csv.js';
import { auditExportMaxRows, type AuditService } from './audit-service.js';

export interface AuditRouteDependencies {
  audit: AuditService;
  clock: Clock;
}

/** The audit log for platform admins: a paged list and a CSV export with the same filters. */
export function registerAuditRoutes(app: FastifyInstance, dependencies: AuditRouteDependencies): void {
  const { audit, clock } = dependencies;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/admin/audit',
    { schema: { querystring: auditQuerySchema, response: { 200: auditEventListSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      return audit.list(request.query);
    },
  );

  routes.get(
    '/api/admin/audit/export.csv',
    { schema: { querystring: auditQuerySchema } },
    async (request, reply) => {
      requirePlatformAdmin(request);
      const total = await audit.count(request.query);
      const day = formatKoreanTime(clock.now()).slice(0, 10);
      const rows = audit.exportRows(request.query, auditExportMaxRows);
      const body = Readable.from(auditCsv(rows));
      body.on('error', (error) => request.log.warn({ err: error }, 'audit export stopped'));
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="audit-log-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`감사로그-${day}.csv`)}`,
        )
        .header('cache-control', 'no-store')
        .header('x-audit-total', String(total))
        .header('x-audit-truncated', String(total > auditExportMaxRows))
        .send(body);
    },
  );
}
