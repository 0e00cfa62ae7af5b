import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApiKeyCreated, ModelEndpoint } from '@jumugwan/contracts';
import { eq } from 'drizzle-orm';
import { tables } from '../../platform/database/index.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';
import {
  createTestPlatform,
  databaseTargets,
  portalHeaders,
  signInAsAdmin,
  signInThroughPortal,
  type TestPlatform,
} from '../../test/test-platform.js';

const providerKey = 'sk-provider-key-that-must-not-reach-the-audit-log';

/** The actions each admin flow writes, read straight from the table. */
describe.each(databaseTargets)('audit events written by the platform (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;

  beforeAll(async () => {
    upstream = await startTestUpstream({ apiKey: providerKey, models: ['test-chat'] });
  });
  afterAll(async () => {
    await upstream.close();
  });
  beforeEach(async () => {
    platform = await createTestPlatform({ target });
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const rows = () => platform.database.db.select().from(tables.auditEvents);
  const rowsOf = (action: string) =>
    platform.database.db.select().from(tables.auditEvents).where(eq(tables.auditEvents.action, action));

  it('a portal sign-in: one row per new session, none for requests within it', async () => {
    const identity = { employeeNumber: '20231234', name: '홍길동', departmentCode: null };
    const staff = await signInThroughPortal(platform, identity);
    const [first, ...others] = await rows();
    expect(others).toEqual([]);
    expect(first).toMatchObject({
      action: 'sign-in-succeeded',
      outcome: 'success',
      actorUserId: staff.userId,
      actorLabel: '홍길동 (20231234)',
      targetType: 'user',
      targetId: staff.userId,
      ipAddress: '127.0.0.1',
      details: { method: 'portal', firstVisit: true },
    });

    // The portal signs every request: with the session cookie this is not a new sign-in.
    const again = await platform.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { ...portalHeaders(identity), cookie: staff.cookie },
    });
    expect(again.statusCode).toBe(200);
    expect(await rows()).toHaveLength(1);

    // A new browser session is.
    await signInThroughPortal(platform, identity);
    const signIns = await rowsOf('sign-in-succeeded');
    expect(signIns.map((row) => row.details)).toEqual(
      expect.arrayContaining([
        { method: 'portal', firstVisit: true },
        { method: 'portal', firstVisit: false },
      ]),
    );
  });

  it('refused portal headers leave a failure row without an identity', async () => {
    const headers = portalHeaders({ employeeNumber: '1', name: '가짜', departmentCode: null });
    const signatureHeader = Object.keys(headers).find((name) => name.endsWith('signature')) ?? '';
    const response = await platform.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: { ...headers, [signatureHeader]: 'forged' },
    });
    expect(response.statusCode).toBe(401);
    expect(await rows()).toEqual([
      expect.objectContaining({
        action: 'sign-in-failed',
        outcome: 'failure',
        actorUserId: null,
        details: { method: 'portal', reason: 'sso_signature_invalid' },
      }),
    ]);
  });

  it('a failed local login: one failure row with a reason and never the password', async () => {
    await platform.auth.createLocalAdmin({
      username: 'admin',
      name: '관리자',
      password: 'correct-horse-battery',
    });
    const attempted = 'Tr0ub4dor&3-attempted-password';
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: attempted },
    });
    expect(response.statusCode).toBe(401);
    const all = await rows();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      action: 'sign-in-failed',
      outcome: 'failure',
      actorLabel: '관리자 (admin)',
      targetType: 'user',
      details: { method: 'local', reason: 'wrong_password' },
    });
    expect(JSON.stringify(all)).not.toContain(attempted);

    await platform.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'nobody', password: attempted },
    });
    const unknown = (await rowsOf('sign-in-failed')).find((row) => row.actorLabel === 'nobody');
    expect(unknown).toMatchObject({
      actorUserId: null,
      details: { method: 'local', reason: 'unknown_user' },
    });
    expect(JSON.stringify(await rows())).not.toContain(attempted);
  });

  it('first-run setup and sign-out', async () => {
    const setup = await platform.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { username: 'first', name: '첫 관리자', password: 'a-long-enough-password' },
    });
    expect(setup.statusCode).toBe(200);
    const created = await rowsOf('admin-created');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      actorLabel: '첫 관리자 (first)',
      details: { via: 'setup', username: 'first' },
    });
    expect(JSON.stringify(created)).not.toContain('a-long-enough-password');

    const admin = await signInAsAdmin(platform, 'second');
    const logout = await platform.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: admin.headers,
    });
    expect(logout.statusCode).toBe(204);
    expect(await rowsOf('sign-out')).toEqual([
      expect.objectContaining({ actorUserId: admin.userId, targetId: admin.userId, outcome: 'success' }),
    ]);
  });

  it('API key creation and revocation: one row each', async () => {
    const admin = await signInAsAdmin(platform);
    await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD300,교통정책과\n'));
    const departmentId = (await platform.org.listDepartments())[0]?.id ?? '';
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/api-keys',
      headers: admin.headers,
      payload: {
        name: '교통 민원 챗봇',
        departmentId,
        allowedModels: ['test-chat'],
        expiresAt: null,
        requestsPerMinute: null,
        tokensPerMinute: null,
      },
    });
    expect(response.statusCode).toBe(201);
    const created = response.json<ApiKeyCreated>();
    const createdRows = await rowsOf('api-key-created');
    expect(createdRows).toHaveLength(1);
    expect(createdRows[0]).toMatchObject({
      actorUserId: admin.userId,
      actorLabel: '관리자 (admin)',
      targetType: 'api-key',
      targetId: created.apiKey.id,
      details: {
        name: '교통 민원 챗봇',
        keyPrefix: created.apiKey.keyPrefix,
        departmentId,
        allowedModels: ['test-chat'],
      },
    });
    expect(JSON.stringify(createdRows)).not.toContain(created.key);

    const revoked = await platform.app.inject({
      method: 'POST',
      url: `/api/admin/api-keys/${created.apiKey.id}/revoke`,
      headers: admin.headers,
    });
    expect(revoked.statusCode).toBe(204);
    expect(await rowsOf('api-key-revoked')).toEqual([
      expect.objectContaining({
        actorUserId: admin.userId,
        targetType: 'api-key',
        targetId: created.apiKey.id,
      }),
    ]);
  });

  it('model endpoint creation, change and removal, and model settings', async () => {
    const admin = await signInAsAdmin(platform);
    const input = {
      name: '내부 vLLM',
      baseUrl: upstream.url,
      apiKey: providerKey,
      modelIds: ['test-chat'],
      location: 'internal',
    };
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/model-endpoints',
      headers: admin.headers,
      payload: input,
    });
    expect(response.statusCode).toBe(201);
    const endpoint = response.json<ModelEndpoint>();
    const createdRows = await rowsOf('model-endpoint-created');
    expect(createdRows).toHaveLength(1);
    expect(createdRows[0]).toMatchObject({
      actorUserId: admin.userId,
      targetType: 'model-endpoint',
      targetId: endpoint.id,
      details: { name: '내부 vLLM', location: 'internal', modelIds: ['test-chat'] },
    });

    const updated = await platform.app.inject({
      method: 'PATCH',
      url: `/api/admin/model-endpoints/${endpoint.id}`,
      headers: admin.headers,
      payload: { ...input, apiKey: undefined },
    });
    expect(updated.statusCode).toBe(200);
    expect((await rowsOf('model-endpoint-updated'))[0]?.details).toMatchObject({ apiKeyChanged: false });

    const settings = await platform.app.inject({
      method: 'PUT',
      url: '/api/admin/models/test-chat/settings',
      headers: admin.headers,
      payload: { capability: 'chat', fallbacks: [] },
    });
    expect(settings.statusCode).toBe(204);
    expect(await rowsOf('model-settings-updated')).toEqual([
      expect.objectContaining({
        targetType: 'model',
        targetId: 'test-chat',
        details: { capability: 'chat', fallbacks: [] },
      }),
    ]);

    const removed = await platform.app.inject({
      method: 'DELETE',
      url: `/api/admin/model-endpoints/${endpoint.id}`,
      headers: admin.headers,
    });
    expect(removed.statusCode).toBe(204);
    expect(await rowsOf('model-endpoint-deleted')).toHaveLength(1);
    expect(JSON.stringify(await rows())).not.toContain(providerKey);
  });

  it('an org import: counts only, failure when the file is refused', async () => {
    const admin = await signInAsAdmin(platform);
    const importDepartments = (csv: string) =>
      platform.app.inject({
        method: 'POST',
        url: '/api/admin/org/import/departments',
        headers: { ...admin.headers, 'content-type': 'text/csv' },
        payload: Buffer.from(csv),
      });
    expect((await importDepartments('부서코드,부서명\nD1,기획과\nD2,총무과\n')).statusCode).toBe(200);
    expect((await importDepartments('부서코드\n')).statusCode).toBe(200);
    const imports = await rowsOf('org-imported');
    expect(imports).toHaveLength(2);
    expect(imports.find((row) => row.outcome === 'success')?.details).toEqual({
      kind: 'departments',
      encoding: 'utf-8',
      created: 2,
      updated: 0,
      deactivated: 0,
      unchanged: 0,
    });
    expect(imports.find((row) => row.outcome === 'failure')?.details).toMatchObject({ kind: 'departments' });
    expect(JSON.stringify(imports)).not.toContain('기획과');
  });
});
