import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiKeyCreated, ApiKey } from '@jumugwan/contracts';
import { tables } from '../../platform/database/index.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';

describe.each(databaseTargets)('API key administration (%s)', (target) => {
  let platform: TestPlatform;
  let admin: SignedInClient;
  let departmentId: string;

  beforeEach(async () => {
    platform = await createTestPlatform({ target });
    admin = await signInAsAdmin(platform);
    await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD300,교통정책과\n'));
    departmentId = (await platform.org.listDepartments())[0]?.id ?? '';
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const create = (payload: Record<string, unknown>, headers = admin.headers) =>
    platform.app.inject({ method: 'POST', url: '/api/admin/api-keys', headers, payload });

  const validInput = () => ({
    name: '교통 민원 챗봇',
    departmentId,
    allowedModels: ['test-chat'],
    expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    requestsPerMinute: 60,
    tokensPerMinute: 100_000,
  });

  it('shows the key once, stores only its hash, and lists it without the key', async () => {
    const response = await create(validInput());
    expect(response.statusCode).toBe(201);
    const created = response.json<ApiKeyCreated>();
    expect(created.key).toMatch(/^jmg_[A-Za-z0-9_-]{43}$/);
    expect(created.apiKey).toMatchObject({
      status: 'active',
      departmentName: '교통정책과',
      keyPrefix: created.key.slice(0, 12),
    });

    const rows = await platform.database.db.select().from(tables.apiKeys);
    expect(JSON.stringify(rows)).not.toContain(created.key);
    expect(rows[0]?.keyHash).toMatch(/^[0-9a-f]{64}$/);

    const listed = await platform.app.inject({
      method: 'GET',
      url: '/api/admin/api-keys',
      headers: admin.headers,
    });
    expect(listed.body).not.toContain(created.key);
    expect(listed.json<{ keys: ApiKey[] }>().keys).toHaveLength(1);

    const revoked = await platform.app.inject({
      method: 'POST',
      url: `/api/admin/api-keys/${created.apiKey.id}/revoke`,
      headers: admin.headers,
    });
    expect(revoked.statusCode).toBe(204);
    const after = await platform.app.inject({
      method: 'GET',
      url: '/v1/models',
      headers: { authorization: `Bearer ${created.key}` },
    });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ error: { code: 'invalid_api_key', type: 'authentication_error' } });
  });

  it('refuses expired keys and bad input', async () => {
    const past = await create({ ...validInput(), expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(past.statusCode).toBe(400);
    const unknownDepartment = await create({
      ...validInput(),
      departmentId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownDepartment.statusCode).toBe(400);
    const negative = await create({ ...validInput(), requestsPerMinute: -1 });
    expect(negative.statusCode).toBe(400);
  });

  it('is for platform admins only', async () => {
    const staff = await signInThroughPortal(platform, {
      employeeNumber: 'S9',
      name: '직원',
      departmentCode: null,
    });
    expect((await create(validInput(), staff.headers)).statusCode).toBe(403);
    expect(
      (await platform.app.inject({ method: 'GET', url: '/api/admin/api-keys', headers: staff.headers }))
        .statusCode,
    ).toBe(403);
  });
});

describe('API documentation', () => {
  it('publishes the /v1 OpenAPI document and a docs page', async () => {
    const platform = await createTestPlatform();
    try {
      const document = await platform.app.inject({ method: 'GET', url: '/docs/json' });
      expect(document.statusCode).toBe(200);
      const paths = Object.keys(document.json<{ paths: Record<string, unknown> }>().paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/v1/chat/completions',
          '/v1/embeddings',
          '/v1/models',
          '/v1/images/generations',
          '/v1/rerank',
          '/v1/translations',
        ]),
      );
      expect(paths.some((path) => path.startsWith('/api/'))).toBe(false);
      const page = await platform.app.inject({ method: 'GET', url: '/docs/' });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
    } finally {
      await platform.dispose();
    }
  });
});
