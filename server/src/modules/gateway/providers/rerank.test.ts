import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/app-error.js';
import { Egress } from '../../../platform/egress.js';
import { startTestUpstream, type TestUpstream } from '../../../test/upstream/test-upstream.js';
import type { ProviderSettings } from '../provider-spec.js';
import { rerankDocuments } from './rerank.js';

/** Serves one fixed JSON body, for answers the test upstream never gives (Cohere's own, unsorted). */
async function startJsonServer(body: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readFixtureJson(relativePath: string): unknown {
  const url = new URL(`../../../test/upstream/fixtures/${relativePath}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8'));
}

async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const documents = [
  '날씨가 맑습니다.',
  '예산 편성 지침을 안내합니다.',
  '예산 집행 현황',
  '올해 예산 편성 지침 개정 사항',
];

describe('rerankDocuments', () => {
  let upstream: TestUpstream;
  let egress: Egress;
  let settings: ProviderSettings;

  beforeEach(async () => {
    upstream = await startTestUpstream();
    egress = new Egress();
    settings = { name: '재정렬 서버', baseUrl: upstream.url, apiKey: 'rerank-key', timeoutMs: 5_000 };
  });

  afterEach(async () => {
    await egress.close();
    await upstream.close();
  });

  describe('Cohere style', () => {
    it('posts {model, query, documents, top_n} and returns the best topN first', async () => {
      const result = await rerankDocuments(egress, settings, {
        model: 'test-rerank',
        query: '예산 편성 지침',
        documents,
        topN: 2,
      });

      const recorded = upstream.requests[0];
      expect(recorded?.path).toBe('/v1/rerank');
      expect(recorded?.headers.authorization).toBe('Bearer rerank-key');
      expect(recorded?.body).toEqual({ model: 'test-rerank', query: '예산 편성 지침', documents, top_n: 2 });

      // Documents 1 and 3 hold every syllable of the query; 1 comes first on the tie.
      expect(result.results).toEqual([
        { index: 1, score: 1 },
        { index: 3, score: 1 },
      ]);
      // The test upstream reports vLLM/Jina-style token usage.
      expect(result.usage?.promptTokens).toBeGreaterThan(0);
    });

    it('leaves top_n out when no topN is given and returns every document', async () => {
      const result = await rerankDocuments(egress, settings, {
        model: 'test-rerank',
        query: '예산 편성 지침',
        documents,
      });
      expect(upstream.requests[0]?.body).not.toHaveProperty('top_n');
      expect(result.results.map((item) => item.index)).toEqual([1, 3, 2, 0]);
      // 예, 산 of 예산 편성 지침's six syllables.
      expect(result.results[2]?.score).toBeCloseTo(2 / 6, 6);
      expect(result.results[3]?.score).toBe(0);
    });

    it("maps Cohere's documented answer (no token usage) and sorts it", async () => {
      const server = await startJsonServer(readFixtureJson('cohere/rerank.json'));
      try {
        const result = await rerankDocuments(
          egress,
          { ...settings, baseUrl: `${server.url}/v2` },
          { model: 'rerank-v3.5', query: 'q', documents: ['a', 'b', 'c', 'd', 'e'], topN: 2 },
        );
        expect(result.results).toEqual([
          { index: 3, score: 0.999071 },
          { index: 4, score: 0.7867867 },
        ]);
        expect(result.usage).toBeNull();
      } finally {
        await server.close();
      }
    });

    it('rejects an answer pointing at a document that was not sent', async () => {
      const server = await startJsonServer({ results: [{ index: 5, relevance_score: 0.5 }] });
      try {
        const error = await caught(
          rerankDocuments(
            egress,
            { ...settings, baseUrl: server.url },
            { model: 'm', query: 'q', documents: ['a'] },
          ),
        );
        expect(error.code).toBe('upstream_error');
        expect(error.message).toContain('문서 번호');
      } finally {
        await server.close();
      }
    });

    it('maps statuses and refused connections', async () => {
      const failed = await caught(
        rerankDocuments(egress, settings, { model: 'test-rerank', query: '[[status:500]] 질의', documents }),
      );
      expect(failed.code).toBe('upstream_error');
      expect(failed.message).toContain('HTTP 500');

      const rateLimited = await caught(
        rerankDocuments(egress, settings, { model: 'test-rerank', query: '[[status:429]]', documents }),
      );
      expect(rateLimited.message).toContain('HTTP 429');

      const closed = await startTestUpstream();
      await closed.close();
      const refused = await caught(
        rerankDocuments(
          egress,
          { ...settings, baseUrl: closed.url },
          { model: 'test-rerank', query: 'q', documents },
        ),
      );
      expect(refused.code).toBe('upstream_unavailable');
    });

    it('does not call the server without documents', async () => {
      const result = await rerankDocuments(egress, settings, {
        model: 'test-rerank',
        query: 'q',
        documents: [],
      });
      expect(result).toEqual({ results: [], usage: null });
      expect(upstream.requests).toHaveLength(0);
    });
  });

  describe('TEI style', () => {
    it('posts {query, texts} to the root /rerank and applies topN itself', async () => {
      const teiSettings = { ...settings, baseUrl: upstream.url.replace(/\/v1$/, '') };
      const result = await rerankDocuments(
        egress,
        teiSettings,
        { model: 'ignored-by-tei', query: '예산 편성 지침', documents, topN: 3 },
        undefined,
        'tei',
      );

      const recorded = upstream.requests[0];
      expect(recorded?.path).toBe('/rerank');
      expect(recorded?.body).toEqual({ query: '예산 편성 지침', texts: documents });
      expect(result.results.map((item) => item.index)).toEqual([1, 3, 2]);
      expect(result.results[0]?.score).toBe(1);
      expect(result.usage).toBeNull();
    });

    it('sorts an unsorted TEI answer best first', async () => {
      const server = await startJsonServer([
        { index: 0, score: 0.1 },
        { index: 2, score: 0.9 },
        { index: 1, score: 0.5 },
      ]);
      try {
        const result = await rerankDocuments(
          egress,
          { ...settings, baseUrl: server.url },
          { model: 'm', query: 'q', documents: ['a', 'b', 'c'] },
          undefined,
          'tei',
        );
        expect(result.results.map((item) => item.index)).toEqual([2, 1, 0]);
      } finally {
        await server.close();
      }
    });

    it("surfaces TEI's error message", async () => {
      const error = await caught(
        rerankDocuments(
          egress,
          { ...settings, baseUrl: upstream.url.replace(/\/v1$/, '') },
          { model: 'm', query: '[[status:429]]', documents },
          undefined,
          'tei',
        ),
      );
      expect(error.code).toBe('upstream_error');
      expect(error.message).toContain('HTTP 429: Simulated upstream error (status 429).');
    });
  });
});
