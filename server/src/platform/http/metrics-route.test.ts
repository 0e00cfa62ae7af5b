import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { multipartBody, multipartContentType } from '../../test/multipart-body.js';
import { createTestPlatform, signInAsAdmin, type TestPlatform } from '../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';

/** The value of one sample line (`name{labels} value`), or undefined when the line is absent. */
function sample(text: string, line: string): number | undefined {
  const found = text.split('\n').find((candidate) => candidate.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe('/metrics', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['metrics-chat'] });
  });
  afterAll(async () => {
    await upstream.close();
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const scrape = async (headers: Record<string, string> = {}) =>
    platform.app.inject({ method: 'GET', url: '/metrics', headers });

  it('serves the process figures, requests by route, model calls with tokens, deployments and the ingestion queue', async () => {
    platform = await createTestPlatform();
    await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD300,스마트도시과\n'));
    const departmentId = (await platform.org.listDepartments())[0]?.id ?? '';
    const admin = await signInAsAdmin(platform);
    await platform.models.createEndpoint({
      name: '내부 모델 서버',
      baseUrl: upstream.url,
      modelIds: ['metrics-chat'],
      location: 'internal',
    });
    const { key } = await platform.apiKeys.create(
      {
        name: '민원 시스템',
        departmentId,
        allowedModels: null,
        expiresAt: null,
        requestsPerMinute: null,
        tokensPerMinute: null,
      },
      admin.userId,
    );
    const answer = await platform.app.inject({
      method: 'POST',
      url: '/v1/chat/completions',
      headers: { authorization: `Bearer ${key}` },
      payload: {
        model: 'metrics-chat',
        messages: [{ role: 'user', content: '민원 처리 기한을 알려 주세요' }],
      },
    });
    expect(answer.statusCode).toBe(200);
    const usage = answer.json<{ usage: { prompt_tokens: number; completion_tokens: number } }>().usage;

    const first = await scrape();
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(first.body).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(first.body).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(
      sample(
        first.body,
        'jumugwan_http_requests_total{method="POST",route="/v1/chat/completions",status="200"}',
      ),
    ).toBe(1);
    expect(first.body).toMatch(
      /^jumugwan_http_request_duration_seconds_count\{method="POST",route="\/v1\/chat\/completions"\} 1$/m,
    );
    expect(
      sample(first.body, 'jumugwan_deployment_in_flight{model="metrics-chat",endpoint="내부 모델 서버"}'),
    ).toBe(0);
    expect(
      sample(first.body, 'jumugwan_deployment_cooling_down{model="metrics-chat",endpoint="내부 모델 서버"}'),
    ).toBe(0);
    // Route patterns, never raw URLs with ids or queries.
    expect(first.body).not.toContain(key);

    // Usage counts once the meter has written its batch (every half second).
    await expect
      .poll(async () =>
        sample(
          (await scrape()).body,
          'jumugwan_model_calls_total{model="metrics-chat",channel="v1",status="ok"}',
        ),
      )
      .toBe(1);
    const later = (await scrape()).body;
    expect(sample(later, 'jumugwan_model_tokens_total{model="metrics-chat",kind="prompt"}')).toBe(
      usage.prompt_tokens,
    );
    expect(sample(later, 'jumugwan_model_tokens_total{model="metrics-chat",kind="completion"}')).toBe(
      usage.completion_tokens,
    );
    // The scrapes themselves are requests too.
    expect(
      sample(later, 'jumugwan_http_requests_total{method="GET",route="/metrics",status="200"}'),
    ).toBeGreaterThan(1);
  });

  it('counts knowledge documents by ingestion status', async () => {
    platform = await createTestPlatform({ environment: { KNOWLEDGE_WORKERS: '0' } });
    const admin = await signInAsAdmin(platform);
    const created = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: admin.headers,
      payload: { name: '업무 매뉴얼', scope: 'personal' },
    });
    expect(created.statusCode).toBe(201);
    const upload = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/collections/${created.json<{ id: string }>().id}/documents`,
      headers: { ...admin.headers, 'content-type': multipartContentType },
      payload: multipartBody([
        { fileName: 'manual.txt', bytes: Buffer.from('민원 접수 절차를 설명합니다.') },
      ]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    expect(sample((await scrape()).body, 'jumugwan_knowledge_documents{status="queued"}')).toBe(1);
    await platform.ingestion.drain();
    const after = (await scrape()).body;
    expect(sample(after, 'jumugwan_knowledge_documents{status="ready"}')).toBe(1);
    expect(sample(after, 'jumugwan_knowledge_documents{status="queued"}')).toBeUndefined();
  });

  it('asks for METRICS_TOKEN when it is set, and stays inside the allowed networks', async () => {
    const token = 'scrape-token-0123456789';
    platform = await createTestPlatform({ environment: { METRICS_TOKEN: token } });
    const missing = await scrape();
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await scrape({ authorization: 'Bearer wrong-token-0123456789' })).statusCode).toBe(401);
    const allowed = await scrape({ authorization: `Bearer ${token}` });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.body).toContain('jumugwan_http_requests_total');
    const outside = await platform.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress: '203.0.113.7',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(outside.statusCode).toBe(403);
  });
});
