import { createServer } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/app-error.js';
import { Egress } from '../../../platform/egress.js';
import { startTestUpstream, type TestUpstream } from '../../../test/upstream/test-upstream.js';
import type { ProviderSettings } from '../provider-spec.js';
import { createEmbeddings } from './openai-embeddings.js';

/** A one-answer server for shapes the test upstream never produces (reordered or broken answers). */
async function startJsonServer(body: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('createEmbeddings', () => {
  let upstream: TestUpstream;
  let egress: Egress;
  let settings: ProviderSettings;

  beforeEach(async () => {
    upstream = await startTestUpstream({ apiKey: 'embed-key' });
    egress = new Egress();
    settings = { name: '임베딩 서버', baseUrl: upstream.url, apiKey: 'embed-key', timeoutMs: 5_000 };
  });

  afterEach(async () => {
    await egress.close();
    await upstream.close();
  });

  it('posts the OpenAI request shape and maps vectors and usage', async () => {
    const input = ['예산 편성 지침', 'budget guideline', '예산 편성 지침'];
    const result = await createEmbeddings(egress, settings, { model: 'test-embed', input });

    expect(upstream.requests).toHaveLength(1);
    const recorded = upstream.requests[0];
    expect(recorded?.method).toBe('POST');
    expect(recorded?.path).toBe('/v1/embeddings');
    expect(recorded?.headers.authorization).toBe('Bearer embed-key');
    expect(recorded?.headers['content-type']).toBe('application/json');
    expect(recorded?.body).toEqual({ model: 'test-embed', input, encoding_format: 'float' });

    expect(result.embeddings).toHaveLength(3);
    for (const vector of result.embeddings) {
      expect(vector).toHaveLength(8);
      expect(Math.hypot(...vector)).toBeCloseTo(1, 4);
    }
    // Equal texts, equal vectors; different texts, different vectors.
    expect(result.embeddings[2]).toEqual(result.embeddings[0]);
    expect(result.embeddings[1]).not.toEqual(result.embeddings[0]);
    // ceil(8 / 2) + ceil(16 / 2) + ceil(8 / 2)
    expect(result.usage).toEqual({ promptTokens: 16 });
  });

  it('sends dimensions when asked and gets vectors of that length', async () => {
    const result = await createEmbeddings(egress, settings, {
      model: 'test-embed',
      input: ['차원 지정'],
      dimensions: 32,
    });
    expect(upstream.requests[0]?.body).toMatchObject({ dimensions: 32, encoding_format: 'float' });
    expect(result.embeddings[0]).toHaveLength(32);
  });

  it('orders vectors by index, not by position in the answer', async () => {
    const server = await startJsonServer({
      object: 'list',
      data: [
        { object: 'embedding', index: 2, embedding: [2, 2] },
        { object: 'embedding', index: 0, embedding: [0, 0] },
        { object: 'embedding', index: 1, embedding: [1, 1] },
      ],
      model: 'any',
    });
    try {
      const result = await createEmbeddings(
        egress,
        { ...settings, baseUrl: server.url },
        { model: 'any', input: ['a', 'b', 'c'] },
      );
      expect(result.embeddings).toEqual([
        [0, 0],
        [1, 1],
        [2, 2],
      ]);
      // A server that reports no usage is not an error.
      expect(result.usage).toBeNull();
    } finally {
      await server.close();
    }
  });

  it('rejects an answer whose vectors do not match the inputs', async () => {
    const server = await startJsonServer({ data: [{ index: 0, embedding: [0.1] }] });
    try {
      const error = await caught(
        createEmbeddings(egress, { ...settings, baseUrl: server.url }, { model: 'any', input: ['a', 'b'] }),
      );
      expect(error.code).toBe('upstream_error');
      expect(error.message).toContain('개수');
    } finally {
      await server.close();
    }
  });

  it('does not call the server for an empty input', async () => {
    const result = await createEmbeddings(egress, settings, { model: 'test-embed', input: [] });
    expect(result).toEqual({ embeddings: [], usage: { promptTokens: 0 } });
    expect(upstream.requests).toHaveLength(0);
  });

  it('maps upstream statuses to upstream_error with the server message', async () => {
    const rateLimited = await caught(
      createEmbeddings(egress, settings, { model: 'test-embed', input: ['[[status:429]]'] }),
    );
    expect(rateLimited.code).toBe('upstream_error');
    expect(rateLimited.message).toContain('HTTP 429');
    expect(rateLimited.message).toContain('임베딩 서버');

    const unavailable = await caught(
      createEmbeddings(egress, settings, { model: 'test-embed', input: ['정상', '[[status:503]]'] }),
    );
    expect(unavailable.code).toBe('upstream_error');
    expect(unavailable.message).toContain('HTTP 503');

    const unknownModel = await caught(createEmbeddings(egress, settings, { model: 'nope', input: ['a'] }));
    expect(unknownModel.message).toContain("The model 'nope' does not exist.");

    const badKey = await caught(
      createEmbeddings(egress, { ...settings, apiKey: 'wrong' }, { model: 'test-embed', input: ['a'] }),
    );
    expect(badKey.code).toBe('upstream_error');
    expect(badKey.message).toContain('HTTP 401');
  });

  it('maps a slow answer to upstream_timeout and a closed port to upstream_unavailable', async () => {
    const slow = await caught(
      createEmbeddings(
        egress,
        { ...settings, timeoutMs: 100 },
        { model: 'test-embed', input: ['[[delay:3000]]'] },
      ),
    );
    expect(slow.code).toBe('upstream_timeout');

    const closed = await startTestUpstream();
    await closed.close();
    const refused = await caught(
      createEmbeddings(egress, { ...settings, baseUrl: closed.url }, { model: 'test-embed', input: ['a'] }),
    );
    expect(refused.code).toBe('upstream_unavailable');
  });
});
