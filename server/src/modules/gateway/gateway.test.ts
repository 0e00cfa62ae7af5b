import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import type { ModelEndpointInput } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import { createTestPlatform, type TestPlatform } from '../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';
import type { ProviderStreamPart } from './provider-spec.js';

const question = (text: string) => [{ role: 'user' as const, content: text }];

/** A model server that answers every request with the same error status. */
async function startFailingServer(
  status: number,
): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((_request, response) => {
    hits += 1;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error: { message: `failing with ${status}`, type: 'server_error' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  return {
    url: `http://127.0.0.1:${address.port}/v1`,
    hits: () => hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('gateway routing', () => {
  let first: TestUpstream;
  let second: TestUpstream;
  let fallback: TestUpstream;
  let platform: TestPlatform;
  let clock: ManualClock;
  let failing: Awaited<ReturnType<typeof startFailingServer>>;

  beforeAll(async () => {
    failing = await startFailingServer(503);
    first = await startTestUpstream({ models: ['shared'] });
    second = await startTestUpstream({ models: ['shared'] });
    fallback = await startTestUpstream({ models: ['backup'] });
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close(), fallback.close(), failing.close()]);
  });
  beforeEach(async () => {
    clock = new ManualClock(new Date());
    platform = await createTestPlatform({ clock });
    for (const upstream of [first, second, fallback]) upstream.reset();
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const register = (
    input: Partial<ModelEndpointInput> & { name: string; baseUrl: string; modelIds: string[] },
  ) => platform.models.createEndpoint({ location: 'internal', ...input });

  it('spreads concurrent requests over deployments by in-flight count', async () => {
    await register({ name: 'gpu-1', baseUrl: first.url, modelIds: ['shared'] });
    await register({ name: 'gpu-2', baseUrl: second.url, modelIds: ['shared'] });
    await Promise.all(
      Array.from({ length: 8 }, () =>
        platform.gateway.chat({ model: 'shared', messages: question('[[delay:80]] 동시 요청') }),
      ),
    );
    expect(first.requests.length).toBe(4);
    expect(second.requests.length).toBe(4);
  });

  it('retries a failing deployment on another one, cools it down, and tries it again later', async () => {
    await register({ name: 'down', baseUrl: 'http://127.0.0.1:9/v1', modelIds: ['shared'] });
    for (let index = 0; index < 3; index += 1) {
      await expect(
        platform.gateway.chat({ model: 'shared', messages: question('실패') }),
      ).rejects.toMatchObject({
        code: 'upstream_unavailable',
      });
    }
    let down = (await platform.models.listModelStatus())[0]?.deployments[0];
    expect(down).toMatchObject({ recentRequests: 3, recentErrorRate: 1, consecutiveFailures: 3 });
    expect(down?.coolingDownUntil).not.toBeNull();
    expect(down?.lastError).toContain('연결할 수 없습니다');

    await register({ name: 'up', baseUrl: first.url, modelIds: ['shared'] });
    for (let index = 0; index < 4; index += 1) {
      const { served } = await platform.gateway.chat({ model: 'shared', messages: question('재시도') });
      expect(served.endpointName).toBe('up');
    }
    down = (await platform.models.listModelStatus())[0]?.deployments.find(
      (deployment) => deployment.endpointName === 'down',
    );
    expect(down?.recentRequests).toBe(3);

    // After the cool-down a request that finds "up" busy may go to "down" again; a retry still answers it.
    clock.advance(31_000);
    down = (await platform.models.listModelStatus())[0]?.deployments.find(
      (deployment) => deployment.endpointName === 'down',
    );
    expect(down?.coolingDownUntil).toBeNull();
    const answers = await Promise.all(
      Array.from({ length: 3 }, () =>
        platform.gateway.chat({ model: 'shared', messages: question('[[delay:50]] 다시') }),
      ),
    );
    expect(answers.every((answer) => answer.served.endpointName === 'up')).toBe(true);
    down = (await platform.models.listModelStatus())[0]?.deployments.find(
      (deployment) => deployment.endpointName === 'down',
    );
    expect(down?.recentRequests).toBeGreaterThan(3);
  });

  it('walks the fallback chain when every deployment of a model fails', async () => {
    await register({ name: 'primary', baseUrl: failing.url, modelIds: ['shared'] });
    await register({ name: 'backup', baseUrl: fallback.url, modelIds: ['backup'] });
    await platform.models.saveModelSettings('shared', { capability: 'chat', fallbacks: ['backup'] });
    const { result, served } = await platform.gateway.chat({
      model: 'shared',
      messages: question('대체 모델'),
    });
    expect(served.modelId).toBe('backup');
    expect(result.text).toContain('대체 모델');
    expect(fallback.requests.at(-1)?.body).toMatchObject({ model: 'backup' });
  });

  it('does not retry client errors', async () => {
    await register({ name: 'a', baseUrl: first.url, modelIds: ['shared'] });
    await register({ name: 'b', baseUrl: second.url, modelIds: ['shared'] });
    const failure = await platform.gateway
      .chat({ model: 'shared', messages: question('[[status:400]] 잘못된 요청') })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(first.requests.length + second.requests.length).toBe(1);
  });

  it('retries a stream only before its first byte and always ends it with usage', async () => {
    await register({ name: 'broken', baseUrl: failing.url, modelIds: ['shared'] });
    await register({ name: 'fine', baseUrl: second.url, modelIds: ['shared'] });
    for (let index = 0; index < 2; index += 1) {
      const parts: ProviderStreamPart[] = [];
      const { parts: stream, served } = await platform.gateway.chatStream({
        model: 'shared',
        messages: question('스트림'),
      });
      for await (const batch of stream) parts.push(...batch);
      expect(served.endpointName).toBe('fine');
      expect(parts.at(-1)?.type).toBe('usage');
      expect(parts.filter((part) => part.type === 'usage')).toHaveLength(1);
    }

    const cut = await platform.gateway.chatStream({
      model: 'shared',
      messages: question('[[chunks:6]] [[disconnect-after:3]] 끊김'),
    });
    const received: string[] = [];
    const error = await (async () => {
      for await (const batch of cut.parts)
        for (const part of batch) if (part.type === 'text-delta') received.push(part.text);
    })().catch((caught: unknown) => caught);
    expect(received).toHaveLength(3);
    expect(error).toMatchObject({ code: 'upstream_interrupted' });
    // The cut came after bytes reached the caller: no second attempt.
    expect(second.requests.length).toBe(3);
  });

  it('tells unknown models, missing registrations and wrong capabilities apart', async () => {
    await expect(platform.gateway.chat({ model: 'x', messages: question('안녕') })).rejects.toMatchObject({
      code: 'no_model_registered',
    });
    await register({ name: 'a', baseUrl: first.url, modelIds: ['shared'] });
    await expect(platform.gateway.chat({ model: 'x', messages: question('안녕') })).rejects.toMatchObject({
      code: 'model_not_found',
    });
    await expect(
      platform.gateway.chat({ model: 'shared', messages: question('안녕') }, { allowedModels: ['other'] }),
    ).rejects.toMatchObject({
      statusCode: 403,
    });
    await expect(platform.gateway.embed({ model: 'shared', input: ['문장'] })).rejects.toMatchObject({
      statusCode: 400,
    });
  });
});
