import {
  assignmentInputSchema,
  assignmentListSchema,
  assignmentSchema,
  budgetInputSchema,
  budgetListSchema,
  budgetStatusSchema,
  monthSchema,
  notificationListSchema,
  planInputSchema,
  planListSchema,
  planSchema,
  priceInputSchema,
  priceListSchema,
  priceSchema,
  subscriptionStatusSchema,
  usageDashboardSchema,
  usageFilterSchema,
  usageReportInputSchema,
  usageReportListSchema,
  usageReportSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../../platform/clock.js';
import { auditActorFromRequest, type AuditService } from '../audit/index.js';
import { requirePlatformAdmin, requireUser } from '../auth/index.js';
import type { GatewayModel } from '../gateway/index.js';
import type { MeteringAdminService } from './metering-admin-service.js';
import type { NotificationRepository } from './notification-repository.js';
import type { DashboardViewer, UsageDashboardService } from './usage-dashboard-service.js';
import type { UsageReportExporter } from './usage-report-exporter.js';

const idParameters = z.object({ id: z.uuid() });

function viewerOf(request: FastifyRequest): DashboardViewer {
  const { user } = requireUser(request);
  return { id: user.id, role: user.role, departmentId: user.departmentId };
}

export interface MeteringRouteDependencies {
  admin: MeteringAdminService;
  dashboards: UsageDashboardService;
  exporter: UsageReportExporter;
  notifications: NotificationRepository;
  audit: AuditService;
  clock: Clock;
  listModels: () => Promise<GatewayModel[]>;
}

/** Prices, budgets and plans (platform admins); dashboards, reports and notifications (everyone, by role). */
export function registerMeteringRoutes(app: FastifyInstance, dependencies: MeteringRouteDependencies): void {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { admin, dashboards, exporter, notifications, audit, clock } = dependencies;

  // ------------------------------------------------------------ prices
  routes.get('/api/admin/prices', { schema: { response: { 200: priceListSchema } } }, async (request) => {
    requirePlatformAdmin(request);
    const models = await dependencies.listModels();
    return admin.listPrices(models.map((model) => model.id));
  });

  routes.post(
    '/api/admin/prices',
    { schema: { body: priceInputSchema, response: { 201: priceSchema } } },
    async (request, reply) => {
      const { user } = requirePlatformAdmin(request);
      const price = await admin.addPrice(request.body, user.id);
      await audit.record({
        action: 'price-added',
        actor: auditActorFromRequest(request),
        target: { type: 'price', id: price.id },
        details: { modelId: price.modelId, effectiveFrom: price.effectiveFrom },
      });
      return reply.status(201).send(price);
    },
  );

  routes.delete('/api/admin/prices/:id', { schema: { params: idParameters } }, async (request, reply) => {
    requirePlatformAdmin(request);
    const price = await admin.deletePrice(request.params.id);
    await audit.record({
      action: 'price-deleted',
      actor: auditActorFromRequest(request),
      target: { type: 'price', id: price.id },
      details: { modelId: price.modelId, effectiveFrom: price.effectiveFrom },
    });
    return reply.status(204).send();
  });

  // ------------------------------------------------------------ budgets
  routes.get('/api/admin/budgets', { schema: { response: { 200: budgetListSchema } } }, async (request) => {
    requirePlatformAdmin(request);
    return { budgets: await admin.listBudgets() };
  });

  routes.post(
    '/api/admin/budgets',
    { schema: { body: budgetInputSchema, response: { 201: budgetStatusSchema } } },
    async (request, reply) => {
      requirePlatformAdmin(request);
      const budget = await admin.createBudget(request.body);
      await audit.record({
        action: 'budget-created',
        actor: auditActorFromRequest(request),
        target: { type: 'budget', id: budget.id },
        details: {
          name: budget.name,
          scope: budget.scope,
          amount: budget.amount,
          unit: budget.unit,
          period: budget.period,
        },
      });
      return reply.status(201).send(budget);
    },
  );

  routes.put(
    '/api/admin/budgets/:id',
    { schema: { params: idParameters, body: budgetInputSchema, response: { 200: budgetStatusSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      const budget = await admin.updateBudget(request.params.id, request.body);
      await audit.record({
        action: 'budget-updated',
        actor: auditActorFromRequest(request),
        target: { type: 'budget', id: budget.id },
        details: { name: budget.name, amount: budget.amount, unit: budget.unit, active: budget.active },
      });
      return budget;
    },
  );

  routes.delete('/api/admin/budgets/:id', { schema: { params: idParameters } }, async (request, reply) => {
    requirePlatformAdmin(request);
    const budget = await admin.deleteBudget(request.params.id);
    await audit.record({
      action: 'budget-deleted',
      actor: auditActorFromRequest(request),
      target: { type: 'budget', id: budget.id },
      details: { name: budget.name },
    });
    return reply.status(204).send();
  });

  // ------------------------------------------------------------ plans
  routes.get('/api/admin/plans', { schema: { response: { 200: planListSchema } } }, async (request) => {
    requirePlatformAdmin(request);
    return { plans: await admin.listPlans() };
  });

  routes.post(
    '/api/admin/plans',
    { schema: { body: planInputSchema, response: { 201: planSchema } } },
    async (request, reply) => {
      requirePlatformAdmin(request);
      const plan = await admin.createPlan(request.body);
      await audit.record({
        action: 'plan-created',
        actor: auditActorFromRequest(request),
        target: { type: 'plan', id: plan.id },
        details: { name: plan.name, termMonths: plan.termMonths, models: plan.models },
      });
      return reply.status(201).send(plan);
    },
  );

  routes.put(
    '/api/admin/plans/:id',
    { schema: { params: idParameters, body: planInputSchema, response: { 200: planSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      const plan = await admin.updatePlan(request.params.id, request.body);
      await audit.record({
        action: 'plan-updated',
        actor: auditActorFromRequest(request),
        target: { type: 'plan', id: plan.id },
        details: { name: plan.name, active: plan.active },
      });
      return plan;
    },
  );

  routes.get(
    '/api/admin/plans/:id/assignments',
    { schema: { params: idParameters, response: { 200: assignmentListSchema } } },
    async (request) => {
      requirePlatformAdmin(request);
      return { assignments: await admin.listAssignments(request.params.id) };
    },
  );

  routes.post(
    '/api/admin/plans/:id/assignments',
    { schema: { params: idParameters, body: assignmentInputSchema, response: { 201: assignmentSchema } } },
    async (request, reply) => {
      const { user } = requirePlatformAdmin(request);
      const assignment = await admin.assign(request.params.id, request.body, user.id);
      await audit.record({
        action: 'plan-assigned',
        actor: auditActorFromRequest(request),
        target: { type: 'assignment', id: assignment.id },
        details: {
          planId: assignment.planId,
          userId: assignment.userId,
          startsOn: assignment.startsOn,
          endsOn: assignment.endsOn,
        },
      });
      return reply.status(201).send(assignment);
    },
  );

  routes.delete(
    '/api/admin/assignments/:id',
    { schema: { params: idParameters } },
    async (request, reply) => {
      requirePlatformAdmin(request);
      await admin.unassign(request.params.id);
      await audit.record({
        action: 'plan-unassigned',
        actor: auditActorFromRequest(request),
        target: { type: 'assignment', id: request.params.id },
      });
      return reply.status(204).send();
    },
  );

  // ------------------------------------------------------------ dashboards and reports
  routes.get(
    '/api/usage/dashboard',
    {
      schema: {
        querystring: usageFilterSchema.extend({
          scope: z.enum(['self', 'department', 'platform']).default('self'),
        }),
        response: { 200: usageDashboardSchema },
      },
    },
    async (request) => {
      const { scope, ...filter } = request.query;
      return dashboards.dashboard(viewerOf(request), scope, filter);
    },
  );

  routes.get(
    '/api/usage/reports/monthly',
    {
      schema: {
        querystring: z.object({
          month: monthSchema,
          kind: z.enum(['department', 'user']),
          format: z.enum(['xlsx', 'csv']),
          departmentId: z.uuid().optional(),
        }),
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const { month, kind, format, departmentId } = request.query;
      const departmentIds = dashboards.resolveDepartments(
        viewer,
        viewer.role === 'platform_admin' && departmentId === undefined ? 'platform' : 'department',
        departmentId,
      );
      const file = await exporter.monthly({ month, kind, format, departmentIds });
      return reply
        .header('content-type', file.contentType)
        .header(
          'content-disposition',
          `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        )
        .header('cache-control', 'no-store')
        .send(file.body);
    },
  );

  routes.get(
    '/api/usage/subscription',
    { schema: { response: { 200: subscriptionStatusSchema } } },
    async (request) => admin.subscriptionOf(viewerOf(request).id),
  );

  routes.get(
    '/api/usage/my-reports',
    { schema: { response: { 200: usageReportListSchema } } },
    async (request) => ({
      reports: await dashboards.myReports(viewerOf(request)),
    }),
  );

  routes.post(
    '/api/usage/my-reports',
    { schema: { body: usageReportInputSchema, response: { 201: usageReportSchema } } },
    async (request, reply) =>
      reply.status(201).send(await dashboards.submitReport(viewerOf(request), request.body)),
  );

  routes.get(
    '/api/admin/usage-reports',
    {
      schema: {
        querystring: z.object({ month: monthSchema.optional() }),
        response: { 200: usageReportListSchema },
      },
    },
    async (request) => {
      requirePlatformAdmin(request);
      return { reports: await dashboards.allReports(request.query.month) };
    },
  );

  // ------------------------------------------------------------ notifications
  routes.get(
    '/api/notifications',
    { schema: { response: { 200: notificationListSchema } } },
    async (request) => {
      const { id } = viewerOf(request);
      const [rows, unread] = await Promise.all([
        notifications.listFor(id, 30),
        notifications.unreadCount(id),
      ]);
      return {
        notifications: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          title: row.title,
          body: row.body,
          createdAt: row.createdAt.toISOString(),
          readAt: row.readAt?.toISOString() ?? null,
        })),
        unread,
      };
    },
  );

  routes.post('/api/notifications/:id/read', { schema: { params: idParameters } }, async (request, reply) => {
    await notifications.markRead(viewerOf(request).id, request.params.id, clock.now());
    return reply.status(204).send();
  });

  routes.post('/api/notifications/read-all', async (request, reply) => {
    await notifications.markRead(viewerOf(request).id, null, clock.now());
    return reply.status(204).send();
  });
}
