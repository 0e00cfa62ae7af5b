import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionTestResult, ModelEndpoint } from '@jumugwan/contracts';
import { tables } from '../../platform/database/index.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';

const providerKey = 'sk-test-provider-key-that-must-never-leak';

describe.each(databaseTargets)('model endpoints (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let admin: SignedInClient;

  beforeAll(async () => {
    upstream = await startTestUpstream({ apiKey: providerKey, models: ['test-chat', 'test-chat-2'] });
  });
  afterAll(async () => {
    await upstream.close();
  });
  beforeEach(async () => {
    platform = await createTestPlatform({ target });
    admin = await signInAsAdmin(platform);
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const create = (payload: Record<string, unknown>) =>
    platform.app.inject({
      method: 'POST',
      url: '/api/admin/model-endpoints',
      headers: admin.headers,
      payload,
    });

  it('stores the provider key encrypted and never returns it', async () => {
    const created = await create({
      name: '내부 vLLM',
      baseUrl: upstream.url,
      apiKey: providerKey,
      modelIds: ['test-chat'],
      location: 'internal',
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toContain(providerKey);
    const endpoint = created.json<ModelEndpoint>();
    expect(endpoint.hasApiKey).toBe(true);

    const listed = await platform.app.inject({
      method: 'GET',
      url: '/api/admin/model-endpoints',
      headers: admin.headers,
    });
    expect(listed.body).not.toContain(providerKey);
    const rows = await platform.database.db.select().from(tables.modelEndpoints);
    expect(JSON.stringify(rows)).not.toContain(providerKey);
    expect(rows[0]?.apiKeyCiphertext).toMatch(/^v1\./);

    // Updating without a key keeps the stored one.
    const updated = await platform.app.inject({
      method: 'PATCH',
      url: `/api/admin/model-endpoints/${endpoint.id}`,
      headers: admin.headers,
      payload: {
        name: '내부 vLLM',
        baseUrl: upstream.url,
        modelIds: ['test-chat', 'test-chat-2'],
        location: 'internal',
      },
    });
    expect(updated.json<ModelEndpoint>()).toMatchObject({
      hasApiKey: true,
      modelIds: ['test-chat', 'test-chat-2'],
    });
    const test = await platform.app.inject({
      method: 'POST',
      url: `/api/admin/model-endpoints/${endpoint.id}/test`,
      headers: admin.headers,
    });
    expect(test.json<ConnectionTestResult>()).toMatchObject({ ok: true, missingModels: [] });
    expect(upstream.requests.at(-1)?.headers.authorization).toBe(`Bearer ${providerKey}`);
  });

  it('tests the connection and explains failures', async () => {
    const wrongKey = (
      await create({
        name: '키 틀림',
        baseUrl: upstream.url,
        apiKey: 'wrong',
        modelIds: ['test-chat'],
        location: 'external',
      })
    ).json<ModelEndpoint>();
    const refused = (
      await platform.app.inject({
        method: 'POST',
        url: `/api/admin/model-endpoints/${wrongKey.id}/test`,
        headers: admin.headers,
      })
    ).json<ConnectionTestResult>();
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('HTTP 401');

    const missing = (
      await create({
        name: '모델 없음',
        baseUrl: upstream.url,
        apiKey: providerKey,
        modelIds: ['no-such-model'],
        location: 'internal',
      })
    ).json<ModelEndpoint>();
    const partial = (
      await platform.app.inject({
        method: 'POST',
        url: `/api/admin/model-endpoints/${missing.id}/test`,
        headers: admin.headers,
      })
    ).json<ConnectionTestResult>();
    expect(partial).toMatchObject({ ok: false, missingModels: ['no-such-model'] });

    const down = (
      await create({
        name: '꺼진 서버',
        baseUrl: 'http://127.0.0.1:9/v1',
        modelIds: ['x'],
        location: 'internal',
      })
    ).json<ModelEndpoint>();
    const unreachable = (
      await platform.app.inject({
        method: 'POST',
        url: `/api/admin/model-endpoints/${down.id}/test`,
        headers: admin.headers,
      })
    ).json<ConnectionTestResult>();
    expect(unreachable.ok).toBe(false);
    expect(unreachable.message).toContain('연결할 수 없습니다');
    const listed = (
      await platform.app.inject({ method: 'GET', url: '/api/admin/model-endpoints', headers: admin.headers })
    ).json<{ endpoints: ModelEndpoint[] }>();
    expect(listed.endpoints.find((endpoint) => endpoint.id === down.id)?.lastTest?.ok).toBe(false);
  });

  it('validates input and lists chat models to staff', async () => {
    const invalid = await create({ name: '', baseUrl: 'ftp://x', modelIds: [], location: 'moon' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json()).toMatchObject({ error: { code: 'validation_failed' } });
    await create({
      name: '외부',
      baseUrl: upstream.url,
      apiKey: providerKey,
      modelIds: ['test-chat-2'],
      location: 'external',
    });
    const duplicate = await create({
      name: '외부',
      baseUrl: upstream.url,
      modelIds: ['a'],
      location: 'external',
    });
    expect(duplicate.statusCode).toBe(409);
    const staff = await signInThroughPortal(platform, {
      employeeNumber: 'S1',
      name: '직원',
      departmentCode: null,
    });
    const models = await platform.app.inject({ method: 'GET', url: '/api/models', headers: staff.headers });
    expect(models.json()).toEqual({
      models: [{ id: 'test-chat-2', location: 'external', capability: 'chat' }],
    });
    const forbidden = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/model-endpoints',
      headers: staff.headers,
      payload: { name: 'x', baseUrl: upstream.url, modelIds: ['a'], location: 'internal' },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
