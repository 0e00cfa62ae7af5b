import {
  loginRequestSchema,
  sessionResponseSchema,
  setupRequestSchema,
  setupStatusSchema,
} from '@jumugwan/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config/index.js';
import { auditActorFromRequest } from '../audit/audit-actor.js';
import type { AuditService } from '../audit/audit-service.js';
import type { OrgService, UserRow } from '../org/index.js';
import type { AuthService } from './auth-service.js';
import {
  clearSessionCookie,
  requireUser,
  sessionCookieName,
  setSessionCookie,
} from './authenticate-request.js';
import type { SessionRow } from './session-repository.js';
import type { SessionService } from './session-service.js';

export interface AuthRouteDependencies {
  config: Config;
  auth: AuthService;
  sessions: SessionService;
  org: OrgService;
  audit: AuditService;
}

export function registerAuthRoutes(app: FastifyInstance, dependencies: AuthRouteDependencies): void {
  const { config, auth, sessions, org, audit } = dependencies;
  const routes = app.withTypeProvider<ZodTypeProvider>();

  async function present(user: UserRow, session: SessionRow) {
    return {
      user: await org.presentCurrentUser(user),
      csrfToken: session.csrfToken,
      expiresAt: session.expiresAt.toISOString(),
    };
  }

  async function startSession(reply: FastifyReply, user: UserRow) {
    const created = await sessions.create(user.id);
    setSessionCookie(reply, config, created.token, created.session.expiresAt);
    return present(user, created.session);
  }

  routes.get('/api/session', { schema: { response: { 200: sessionResponseSchema } } }, async (request) => {
    const context = requireUser(request);
    return present(context.user, context.session);
  });

  routes.post(
    '/api/auth/login',
    { schema: { body: loginRequestSchema, response: { 200: sessionResponseSchema } } },
    async (request, reply) => {
      const user = await auth.signInLocal(request.body.username, request.body.password, request.ip);
      return startSession(reply, user);
    },
  );

  routes.post('/api/auth/logout', async (request, reply) => {
    const token = request.cookies[sessionCookieName];
    if (token !== undefined) await sessions.destroy(token);
    if (request.auth !== null) {
      await audit.record({
        action: 'sign-out',
        actor: auditActorFromRequest(request),
        target: { type: 'user', id: request.auth.user.id },
      });
    }
    clearSessionCookie(reply, config);
    return reply.status(204).send();
  });

  routes.get('/api/setup', { schema: { response: { 200: setupStatusSchema } } }, async () => ({
    open: await auth.isSetupOpen(),
    institutionName: org.institution.name,
  }));

  routes.post(
    '/api/setup',
    { schema: { body: setupRequestSchema, response: { 200: sessionResponseSchema } } },
    async (request, reply) => {
      const user = await auth.createFirstAdmin(request.body, request.ip);
      return startSession(reply, user);
    },
  );
}
