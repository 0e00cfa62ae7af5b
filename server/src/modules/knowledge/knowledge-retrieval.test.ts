import type { KnowledgeCollection, KnowledgeSearchResponse } from '@jumugwan/contracts';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { multipartBody, multipartContentType } from '../../test/multipart-body.js';
import {
  createTestPlatform,
  databaseTargets,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';

const passages = [
  '제3조(배차 신청) 공용차량은 사용 2일 전까지 차량관리시스템으로 배차를 신청한다.',
  '제4조(운행 기록) 운행을 마친 사람은 주행거리와 주유량을 운행일지에 적는다.',
  '제5조(열쇠 관리) 차량 열쇠는 당직실에 반납하고 분실하면 즉시 총무과에 알린다.',
];

describe.each(databaseTargets)('hybrid retrieval with embeddings and rerank (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let owner: SignedInClient;
  let stranger: SignedInClient;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['inside-chat'] });
  });
  afterAll(async () => {
    await upstream.close();
  });
  beforeEach(async () => {
    platform = await createTestPlatform({
      target,
      environment: { KNOWLEDGE_WORKERS: '0', KNOWLEDGE_RERANK_MODEL: 'test-rerank' },
    });
    await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD100,총무과\nD200,세무과\n'));
    await platform.models.createEndpoint({
      name: '내부 임베딩',
      baseUrl: upstream.url,
      modelIds: ['test-embed', 'test-rerank'],
      location: 'internal',
    });
    await platform.models.saveModelSettings('test-embed', { capability: 'embedding', fallbacks: [] });
    await platform.models.saveModelSettings('test-rerank', { capability: 'rerank', fallbacks: [] });
    owner = await signInThroughPortal(platform, {
      employeeNumber: 'O1',
      name: '소유자',
      departmentCode: 'D100',
    });
    stranger = await signInThroughPortal(platform, {
      employeeNumber: 'S1',
      name: '타부서',
      departmentCode: 'D200',
    });
  });
  afterEach(async () => {
    await platform.dispose();
  });

  async function collectionWith(client: SignedInClient, name: string, texts: string[]): Promise<string> {
    const created = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: client.headers,
      payload: { name, scope: 'personal', embeddingModel: 'test-embed' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const collection = created.json<KnowledgeCollection>();
    expect(collection.embeddingModel).toBe('test-embed');
    const uploaded = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/collections/${collection.id}/documents`,
      headers: { ...client.headers, 'content-type': multipartContentType },
      payload: multipartBody(
        texts.map((text, index) => ({ fileName: `${name}-${String(index)}.txt`, bytes: Buffer.from(text) })),
      ),
    });
    expect(uploaded.statusCode).toBe(201);
    await platform.ingestion.drain();
    return collection.id;
  }

  const search = async (client: SignedInClient, query: string, collectionIds?: string[]) => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/search',
      headers: client.headers,
      payload: { query, ...(collectionIds === undefined ? {} : { collectionIds }) },
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<KnowledgeSearchResponse>();
  };

  it('fuses lexical and vector ranks, reranks, and says how vectors were compared', async () => {
    const collectionId = await collectionWith(owner, '차량 규칙', passages);
    const embedCalls = upstream.requests.filter((request) => request.path === '/v1/embeddings');
    // One probe at creation, then one call per document.
    expect(embedCalls.length).toBe(1 + passages.length);

    const result = await search(owner, '차량 열쇠를 잃어버리면 어디에 알려야 하나요', [collectionId]);
    expect(result.mode).toBe('hybrid');
    expect(result.vectorExactScan).toBe(!platform.database.vectorAvailable);
    expect(result.reranked).toBe(true);
    expect(result.hits[0]?.text).toContain('열쇠');
    for (const hit of result.hits) {
      expect(hit.scores.vector).not.toBeNull();
      expect(hit.scores.rerank).not.toBeNull();
    }
    const rerankScores = result.hits.map((hit) => hit.scores.rerank ?? 0);
    expect(rerankScores).toEqual([...rerankScores].sort((left, right) => right - left));
  });

  it('keeps vector search inside the readable collections, even when others are far more numerous', async () => {
    // Many near-identical passages the searcher may not read, and one it may.
    await collectionWith(
      stranger,
      '남의 자료',
      Array.from(
        { length: 40 },
        (_, index) =>
          `제${String(index + 1)}조 차량 열쇠는 당직실에 반납하고 분실하면 총무과에 알린다 ${String(index)}`,
      ),
    );
    const mine = await collectionWith(owner, '내 자료', [passages[2] ?? '']);
    const result = await search(owner, '차량 열쇠 분실 신고', undefined);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits.every((hit) => hit.collectionId === mine)).toBe(true);
    expect(result.hits[0]?.scores.vector).not.toBeNull();
  });

  it('refuses an outside embedding model for an internal collection', async () => {
    await platform.models.createEndpoint({
      name: '외부 임베딩',
      baseUrl: upstream.url,
      modelIds: ['outside-embed'],
      location: 'external',
    });
    await platform.models.saveModelSettings('outside-embed', { capability: 'embedding', fallbacks: [] });
    const refused = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: owner.headers,
      payload: {
        name: '내부 자료',
        scope: 'personal',
        sensitivity: 'internal',
        embeddingModel: 'outside-embed',
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ error: { message: string } }>().error.message).toContain('내부(온프레미스) 임베딩');
    const unknown = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: owner.headers,
      payload: { name: '자료', scope: 'personal', embeddingModel: 'no-such-model' },
    });
    expect(unknown.statusCode).toBe(404);
  });
});
