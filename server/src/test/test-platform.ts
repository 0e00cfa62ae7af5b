import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../config/index.js';
import { createPlatform, type Platform } from '../create-platform.js';
import { signPortalHeaders, type PortalIdentity } from '../modules/auth/index.js';
import type { Clock } from '../platform/clock.js';
import { migratedPgliteTemplate } from '../platform/database/index.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-postgres-database.js';

export type DatabaseTarget = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when DATABASE_URL is set (as in CI). */
export const databaseTargets: DatabaseTarget[] =
  process.env.DATABASE_URL === undefined ? ['pglite'] : ['pglite', 'postgres'];

export const testSsoSecret = 'test-sso-shared-secret-0123456789abcdef';

export interface TestPlatform extends Platform {
  config: Config;
  dispose(): Promise<void>;
}

/**
 * A fresh database per platform: a new PGlite in memory, or a new PostgreSQL database. Both start as copies of
 * databases that the run's global setup (global-setup.ts) migrated once, so a test pays for a copy, not for
 * every migration; the platform still runs the migrator on it, which finds nothing left to apply.
 */
async function freshPostgresDatabase(): Promise<ScratchDatabase> {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl === undefined) throw new Error('DATABASE_URL is not set');
  return createScratchDatabase(adminUrl, 'jumugwan_test', inject('postgresTemplateDatabase') ?? null);
}

let template: Promise<Blob> | undefined;

/** The run's migrated PGlite (made once by the global setup), read once per test file; every platform copies it. */
export function pgliteTemplate(): Promise<Blob> {
  const file = inject('pgliteTemplateFile') ?? null;
  template ??= file === null ? migratedPgliteTemplate() : readFile(file).then((bytes) => new Blob([bytes]));
  return template;
}

export async function createTestPlatform(
  options: {
    target?: DatabaseTarget;
    environment?: Record<string, string>;
    clock?: Clock;
    webDistDirectory?: string | null;
    logStream?: NodeJS.WritableStream;
    /** A PGlite folder that outlives the platform (restart tests); memory otherwise. */
    pgliteDirectory?: string;
  } = {},
): Promise<TestPlatform> {
  const target = options.target ?? 'pglite';
  const postgres = target === 'postgres' ? await freshPostgresDatabase() : null;
  let config: Config;
  let platform: Platform;
  try {
    config = loadConfig({
      yamlPath: '/nonexistent/jumugwan.yaml',
      environment: {
        DATA_DIR: `/tmp/jumugwan-test-${randomBytes(6).toString('hex')}`,
        SSO_SHARED_SECRET: testSsoSecret,
        SECRET_KEY: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'silent',
        ...(postgres === null ? {} : { DATABASE_URL: postgres.url }),
        ...options.environment,
      },
    });
    platform = await createPlatform({
      config,
      ...(postgres === null && options.pgliteDirectory === undefined
        ? { pgliteTemplate: await pgliteTemplate() }
        : {}),
      logger: options.logStream === undefined ? false : { stream: options.logStream },
      pgliteDirectory: options.pgliteDirectory ?? 'memory://',
      webDistDirectory: options.webDistDirectory ?? null,
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    });
  } catch (error) {
    // A platform that fails to start gets no dispose(): its PostgreSQL database would be left behind.
    await postgres?.drop();
    throw error;
  }
  return {
    ...platform,
    config,
    async dispose() {
      await platform.close(0);
      await postgres?.drop();
    },
  };
}

export function portalHeaders(
  identity: PortalIdentity,
  nowSeconds = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return signPortalHeaders(testSsoSecret, identity, nowSeconds);
}

/** A request through the in-process app as a signed-in client (its cookie and CSRF headers), with a JSON body. */
export function requestAs(
  platform: Pick<TestPlatform, 'app'>,
  client: SignedInClient,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return platform.app.inject({
    method,
    url,
    headers: client.headers,
    ...(payload === undefined ? {} : { payload }),
  });
}

export interface SignedInClient {
  cookie: string;
  csrfToken: string;
  userId: string;
  headers: Record<string, string>;
}

function sessionCookie(setCookie: string | string[] | undefined): string {
  const values = Array.isArray(setCookie) ? setCookie : setCookie === undefined ? [] : [setCookie];
  const found = values
    .map((value) => value.split(';')[0] ?? '')
    .find((value) => value.startsWith('jumugwan_session='));
  if (found === undefined) throw new Error('no session cookie was set');
  return found;
}

async function clientFromCookie(platform: Platform, cookie: string): Promise<SignedInClient> {
  const response = await platform.app.inject({ method: 'GET', url: '/api/session', headers: { cookie } });
  const body = response.json<{ csrfToken: string; user: { id: string } }>();
  return {
    cookie,
    csrfToken: body.csrfToken,
    userId: body.user.id,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  };
}

/** Signs in through the portal SSO headers, as a staff member arriving from the portal does. */
export async function signInThroughPortal(
  platform: Platform,
  identity: PortalIdentity,
): Promise<SignedInClient> {
  const response = await platform.app.inject({
    method: 'GET',
    url: '/api/session',
    // Signed by the platform's clock: a test's ManualClock stays put while a loaded machine's real time
    // moves on, and the server checks the signature's age against its own clock.
    headers: portalHeaders(identity, Math.floor(platform.clock.now().getTime() / 1000)),
  });
  if (response.statusCode !== 200)
    throw new Error(`portal sign-in failed: ${response.statusCode} ${response.body}`);
  return clientFromCookie(platform, sessionCookie(response.headers['set-cookie']));
}

/** Creates a platform admin with a local account and signs in with it. */
export async function signInAsAdmin(platform: Platform, username = 'admin'): Promise<SignedInClient> {
  const password = 'correct-horse-battery-staple';
  await platform.auth.createLocalAdmin({ username, name: '관리자', password });
  const response = await platform.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`admin sign-in failed: ${response.statusCode} ${response.body}`);
  return clientFromCookie(platform, sessionCookie(response.headers['set-cookie']));
}
