import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config/index.js';
import { AppError, errors } from '../../platform/app-error.js';
import { sameSecret } from '../../platform/same-secret.js';
import type { Clock } from '../../platform/clock.js';
import { errorBody } from '../../platform/http/error-handler.js';
import { koreanErrorPage } from '../../platform/http/korean-error-page.js';
import type { UserRow } from '../org/index.js';
import type { AuthService } from './auth-service.js';
import { verifyPortalHeaders } from './portal-sso.js';
import type { SessionRow } from './session-repository.js';
import type { SessionService } from './session-service.js';

export const sessionCookieName = 'jumugwan_session';

export interface AuthContext {
  user: UserRow;
  session: SessionRow;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    sessionExpired: boolean;
  }
}

export interface AuthenticationDependencies {
  config: Config;
  clock: Clock;
  sessions: SessionService;
  auth: AuthService;
  findUser(id: string): Promise<UserRow | undefined>;
}

const ssoMessages = {
  sso_headers_missing: '포털 인증 정보가 빠져 있습니다. 내부 포털을 통해 다시 접속해 주세요.',
  sso_signature_invalid: '포털 인증 서명이 올바르지 않습니다. 내부 포털을 통해 다시 접속해 주세요.',
  sso_timestamp_expired: '포털 인증 정보의 유효 시간이 지났습니다. 포털에서 다시 접속해 주세요.',
} as const;

function wantsHtml(request: FastifyRequest): boolean {
  return !request.url.startsWith('/api/') && !request.url.startsWith('/v1/');
}

/** Refusals before the app loads: a Korean page for browsers, the JSON error for API calls. */
export function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  error: AppError,
  title: string,
): FastifyReply {
  void reply.status(error.statusCode);
  if (wantsHtml(request)) {
    return reply.type('text/html; charset=utf-8').send(koreanErrorPage(title, error.message, error.code));
  }
  return reply.send(errorBody(error.code, error.message));
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string, expiresAt: Date): void {
  void reply.setCookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.COOKIE_SECURE,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  void reply.clearCookie(sessionCookieName, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.COOKIE_SECURE,
  });
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const csrfExemptPaths = new Set(['/api/auth/login', '/api/setup']);

/**
 * Resolves who is calling, on every request: a valid session cookie, or portal SSO headers (which create
 * the session). State-changing /api calls must echo the session's CSRF token in `x-csrf-token`.
 */
export function registerAuthentication(app: FastifyInstance, dependencies: AuthenticationDependencies): void {
  const { config, clock, sessions, auth } = dependencies;
  app.decorateRequest('auth', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', (request, reply, done) => {
    // /v1 authenticates by API key only; health checks and the metrics scrape (its own token) need no
    // identity. They skip without a promise.
    if (
      request.url === '/healthz' ||
      request.url === '/readyz' ||
      request.url === '/metrics' ||
      request.url.startsWith('/v1/')
    ) {
      done();
      return;
    }
    authenticate(request, reply).then(
      () => {
        if (!reply.sent) done();
      },
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
    );
  });

  async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    const token = request.cookies[sessionCookieName];
    if (token !== undefined && token !== '') {
      const lookup = await sessions.lookup(token);
      if (lookup.kind === 'valid') {
        const user = await dependencies.findUser(lookup.session.userId);
        if (user?.active === true) request.auth = { user, session: lookup.session };
      } else if (lookup.kind === 'expired') {
        request.sessionExpired = true;
      }
    }

    if (config.SSO_SHARED_SECRET !== undefined) {
      const verification = verifyPortalHeaders(request.headers, {
        secret: config.SSO_SHARED_SECRET,
        prefix: config.SSO_HEADER_PREFIX,
        maxAgeSeconds: config.SSO_MAX_AGE_SECONDS,
        nowSeconds: Math.floor(clock.now().getTime() / 1000),
      });
      if (verification.outcome === 'invalid') {
        const failure = new AppError(verification.reason, 401, ssoMessages[verification.reason]);
        await auth.recordPortalRefusal(verification.reason, request.ip);
        return refuse(request, reply, failure, '포털 인증에 실패했습니다');
      }
      if (verification.outcome === 'valid') {
        const current = request.auth;
        const sameUser =
          current !== null && current.user.employeeNumber === verification.identity.employeeNumber;
        if (!sameUser || current.user.name !== verification.identity.name) {
          let user: UserRow;
          try {
            user = await auth.signInPortal(verification.identity, {
              clientAddress: request.ip,
              newSession: !sameUser,
            });
          } catch (error) {
            if (error instanceof AppError) return refuse(request, reply, error, '접속할 수 없습니다');
            throw error;
          }
          if (sameUser) {
            request.auth = { user, session: current.session };
          } else {
            const created = await sessions.create(user.id);
            setSessionCookie(reply, config, created.token, created.session.expiresAt);
            request.auth = { user, session: created.session };
            request.sessionExpired = false;
          }
        }
      }
    }

    if (unsafeMethods.has(request.method) && request.url.startsWith('/api/')) {
      const path = request.url.split('?')[0] ?? request.url;
      if (csrfExemptPaths.has(path)) {
        // No session yet, so no token: a cross-site form posting here is refused by its Origin instead.
        const origin = request.headers.origin;
        if (origin !== undefined && new URL(origin).host !== request.headers.host) {
          const failure = errors.csrf();
          return reply.status(failure.statusCode).send(errorBody(failure.code, failure.message));
        }
        return;
      }
      const current = request.auth;
      if (current === null) return; // the route itself answers 401
      const header = request.headers['x-csrf-token'];
      const given = Array.isArray(header) ? header[0] : header;
      if (given === undefined || !sameSecret(given, current.session.csrfToken)) {
        const failure = errors.csrf();
        return reply.status(failure.statusCode).send(errorBody(failure.code, failure.message));
      }
    }
    return undefined;
  }
}

/** Route guard: the signed-in user, or 401 (session_expired when the cookie was valid once). */
export function requireUser(request: FastifyRequest): AuthContext {
  if (request.auth !== null) return request.auth;
  throw request.sessionExpired ? errors.sessionExpired() : errors.unauthenticated();
}

export function requirePlatformAdmin(request: FastifyRequest): AuthContext {
  const context = requireUser(request);
  if (context.user.role !== 'platform_admin') throw errors.forbidden();
  return context;
}
