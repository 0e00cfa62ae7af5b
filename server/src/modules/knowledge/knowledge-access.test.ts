import type {
  KnowledgeCollection,
  CollectionShare,
  KnowledgeSearchResponse,
  UploadDocumentsResponse,
} from '@jumugwan/contracts';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resultRows } from '../../platform/database/result-rows.js';
import { multipartBody, multipartContentType } from '../../test/multipart-body.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';

type CollectionKey =
  'common' | 'division' | 'divisionWithTeams' | 'personal' | 'sharedWithUser' | 'sharedWithDepartment';
type ReaderKey = 'admin' | 'kim' | 'lee' | 'park' | 'choi' | 'keyDivision' | 'keyWelfare';

/** A word only that collection's document holds, so a search for it shows whether the reader saw it. */
const secretWords: Record<CollectionKey, string> = {
  common: '공통청렴서약',
  division: '여권발급비밀',
  divisionWithTeams: '여권팀공유수칙',
  personal: '최주무개인메모',
  sharedWithUser: '이주무에게보임',
  sharedWithDepartment: '복지과협조안내',
};

/**
 * Who may read what (the rule under test):
 * - common: everyone; department: members (and sub-departments when chosen); personal: the owner;
 * - shares: the named user, or members of the named department and the departments below it;
 * - API keys read as their department, never personal collections unless shared with the department.
 */
const expected: Record<ReaderKey, CollectionKey[]> = {
  admin: ['common'],
  kim: ['common', 'division', 'divisionWithTeams', 'sharedWithDepartment'],
  lee: ['common', 'divisionWithTeams', 'sharedWithUser'],
  park: ['common', 'sharedWithDepartment'],
  choi: ['common', 'personal', 'sharedWithUser', 'sharedWithDepartment'],
  keyDivision: ['common', 'division', 'divisionWithTeams', 'sharedWithDepartment'],
  keyWelfare: ['common', 'sharedWithDepartment'],
};

const collectionKeys = Object.keys(secretWords) as CollectionKey[];
const readerKeys = Object.keys(expected) as ReaderKey[];

describe.each(databaseTargets)('knowledge access (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  const clients = {} as Record<Exclude<ReaderKey, 'keyDivision' | 'keyWelfare'>, SignedInClient>;
  const keys = {} as Record<'keyDivision' | 'keyWelfare', string>;
  const collections = {} as Record<CollectionKey, { id: string; documentId: string; chunkId: number }>;
  const departmentIds: Record<string, string> = {};

  async function json<T>(response: LightMyRequestResponse, status = 200): Promise<T> {
    if (response.statusCode !== status) throw new Error(`${String(response.statusCode)}: ${response.body}`);
    return Promise.resolve(response.json<T>());
  }

  async function createCollection(client: SignedInClient, payload: Record<string, unknown>): Promise<string> {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: client.headers,
      payload,
    });
    return (await json<KnowledgeCollection>(response, 201)).id;
  }

  async function upload(
    client: SignedInClient,
    collectionId: string,
    fileName: string,
    text: string,
  ): Promise<string> {
    const response = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/collections/${collectionId}/documents`,
      headers: { ...client.headers, 'content-type': multipartContentType },
      payload: multipartBody([{ fileName, bytes: Buffer.from(text) }]),
    });
    const body = await json<UploadDocumentsResponse>(response, 201);
    const document = body.documents[0];
    if (document === undefined) throw new Error(`upload refused: ${JSON.stringify(body.refused)}`);
    return document.id;
  }

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['inside-chat'] });
    platform = await createTestPlatform({ target, environment: { KNOWLEDGE_WORKERS: '0' } });
    await platform.org.importDepartments(
      Buffer.from(
        '부서코드,부서명,상위부서코드\nB100,행정국,\nD100,민원여권과,B100\nT100,여권팀,D100\nD200,복지정책과,B100\n',
      ),
    );
    for (const department of await platform.org.listDepartments())
      departmentIds[department.code] = department.id;
    await platform.models.createEndpoint({
      name: '내부 vLLM',
      baseUrl: upstream.url,
      modelIds: ['inside-chat'],
      location: 'internal',
    });
    clients.admin = await signInAsAdmin(platform);
    clients.kim = await signInThroughPortal(platform, {
      employeeNumber: 'K1',
      name: '김부서',
      departmentCode: 'D100',
    });
    clients.lee = await signInThroughPortal(platform, {
      employeeNumber: 'L1',
      name: '이주무',
      departmentCode: 'T100',
    });
    clients.park = await signInThroughPortal(platform, {
      employeeNumber: 'P1',
      name: '박주무',
      departmentCode: 'D200',
    });
    clients.choi = await signInThroughPortal(platform, {
      employeeNumber: 'C1',
      name: '최주무',
      departmentCode: 'D200',
    });
    await platform.org.importUsers(
      Buffer.from(
        '사번,이름,직급,부서코드,이메일,역할\nK1,김부서,,D100,,부서관리자\nL1,이주무,,T100,,일반\nP1,박주무,,D200,,일반\nC1,최주무,,D200,,일반\n',
      ),
    );

    const ids = {
      common: await createCollection(clients.admin, { name: '기관 공통 규정', scope: 'common' }),
      division: await createCollection(clients.kim, { name: '민원여권과 자료', scope: 'department' }),
      divisionWithTeams: await createCollection(clients.kim, {
        name: '민원여권과와 팀 자료',
        scope: 'department',
        includeSubdepartments: true,
      }),
      personal: await createCollection(clients.choi, { name: '개인 메모', scope: 'personal' }),
      sharedWithUser: await createCollection(clients.choi, { name: '이주무와 나눈 메모', scope: 'personal' }),
      sharedWithDepartment: await createCollection(clients.kim, {
        name: '복지과 협조 자료',
        scope: 'department',
      }),
    };
    const share = async (client: SignedInClient, id: string, userIds: string[], departments: string[]) =>
      json(
        await platform.app.inject({
          method: 'PUT',
          url: `/api/knowledge/collections/${id}/shares`,
          headers: client.headers,
          payload: { userIds, departmentIds: departments },
        }),
      );
    await share(clients.choi, ids.sharedWithUser, [clients.lee.userId], []);
    // Shared with 행정국's 복지정책과 only; 민원여권과 members read it as their own department's.
    await share(clients.kim, ids.sharedWithDepartment, [], [departmentIds.D200 ?? '']);

    const owners: Record<CollectionKey, SignedInClient> = {
      common: clients.admin,
      division: clients.kim,
      divisionWithTeams: clients.kim,
      personal: clients.choi,
      sharedWithUser: clients.choi,
      sharedWithDepartment: clients.kim,
    };
    for (const key of collectionKeys) {
      const documentId = await upload(
        owners[key],
        ids[key],
        `${key}.md`,
        `# ${key} 안내\n\n이 문서의 표식은 ${secretWords[key]} 입니다. 담당자에게 문의하세요.\n`,
      );
      collections[key] = { id: ids[key], documentId, chunkId: 0 };
    }
    await platform.ingestion.drain();
    const rows = resultRows(
      await platform.database.db.execute(sql`select id, document_id from knowledge_chunks`),
    );
    for (const key of collectionKeys) {
      const row = rows.find((candidate) => candidate.document_id === collections[key].documentId);
      if (row === undefined) throw new Error(`no chunk for ${key}`);
      collections[key].chunkId = Number(row.id);
    }

    for (const [name, code] of [
      ['keyDivision', 'D100'],
      ['keyWelfare', 'D200'],
    ] as const) {
      const created = await json<{ key: string }>(
        await platform.app.inject({
          method: 'POST',
          url: '/api/admin/api-keys',
          headers: clients.admin.headers,
          payload: {
            name: `${code} 연계`,
            departmentId: departmentIds[code],
            allowedModels: null,
            expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
            requestsPerMinute: null,
            tokensPerMinute: null,
          },
        }),
        201,
      );
      keys[name] = created.key;
    }
  });

  afterAll(async () => {
    await platform.dispose();
    await upstream.close();
  });

  function headersOf(reader: ReaderKey): Record<string, string> {
    return reader === 'keyDivision' || reader === 'keyWelfare'
      ? { authorization: `Bearer ${keys[reader]}` }
      : clients[reader].headers;
  }

  const staffReaders = readerKeys.filter((reader) => !reader.startsWith('key')) as Exclude<
    ReaderKey,
    'keyDivision' | 'keyWelfare'
  >[];

  it('lists exactly the readable collections', async () => {
    for (const reader of staffReaders) {
      const listed = await json<{ collections: KnowledgeCollection[] }>(
        await platform.app.inject({
          method: 'GET',
          url: '/api/knowledge/collections',
          headers: headersOf(reader),
        }),
      );
      const seen = collectionKeys.filter((key) =>
        listed.collections.some((collection) => collection.id === collections[key].id),
      );
      expect(seen, reader).toEqual(expected[reader]);
    }
    for (const reader of ['keyDivision', 'keyWelfare'] as const) {
      const listed = await json<{ data: { id: string }[] }>(
        await platform.app.inject({ method: 'GET', url: '/v1/collections', headers: headersOf(reader) }),
      );
      const seen = collectionKeys.filter((key) =>
        listed.data.some((collection) => collection.id === collections[key].id),
      );
      expect(seen, reader).toEqual(expected[reader]);
    }
  });

  it('never returns an unreadable chunk from a search over everything, by UI or API', async () => {
    for (const reader of readerKeys) {
      for (const key of collectionKeys) {
        const isKey = reader.startsWith('key');
        const response = await platform.app.inject({
          method: 'POST',
          url: isKey ? '/v1/search' : '/api/knowledge/search',
          headers: headersOf(reader),
          payload: { query: `${secretWords[key]} 표식`, limit: 20 },
        });
        expect(response.statusCode, `${reader} ${key}`).toBe(200);
        const texts = isKey
          ? response.json<{ data: { text: string; collection_id: string }[] }>().data.map((hit) => hit.text)
          : response.json<KnowledgeSearchResponse>().hits.map((hit) => hit.text);
        const found = texts.some((text) => text.includes(secretWords[key]));
        expect(found, `${reader} searching ${key}`).toBe(expected[reader].includes(key));
        // Whatever was returned came from a readable collection.
        for (const other of collectionKeys) {
          if (!expected[reader].includes(other)) {
            expect(texts.join('\n'), `${reader} saw ${other}`).not.toContain(secretWords[other]);
          }
        }
      }
    }
  });

  it('refuses every direct path to an unreadable collection with 404 and allows the readable ones', async () => {
    for (const reader of staffReaders) {
      for (const key of collectionKeys) {
        const readable = expected[reader].includes(key);
        const { id, documentId, chunkId } = collections[key];
        const requests = [
          { method: 'GET' as const, url: `/api/knowledge/collections/${id}` },
          { method: 'GET' as const, url: `/api/knowledge/collections/${id}/documents` },
          { method: 'GET' as const, url: `/api/knowledge/documents/${documentId}` },
          { method: 'GET' as const, url: `/api/knowledge/documents/${documentId}/file` },
          { method: 'GET' as const, url: `/api/knowledge/chunks/${String(chunkId)}` },
        ];
        for (const request of requests) {
          const response = await platform.app.inject({ ...request, headers: headersOf(reader) });
          expect(response.statusCode, `${reader} ${request.url}`).toBe(readable ? 200 : 404);
          if (!readable) expect(response.body).not.toContain(secretWords[key]);
        }
        const scoped = await platform.app.inject({
          method: 'POST',
          url: '/api/knowledge/search',
          headers: headersOf(reader),
          payload: { query: secretWords[key], collectionIds: [id] },
        });
        expect(scoped.statusCode, `${reader} scoped search ${key}`).toBe(readable ? 200 : 404);
      }
    }
    for (const reader of ['keyDivision', 'keyWelfare'] as const) {
      for (const key of collectionKeys) {
        const readable = expected[reader].includes(key);
        const { id, documentId } = collections[key];
        for (const url of [
          `/v1/collections/${id}/documents`,
          `/v1/documents/${documentId}`,
          `/v1/documents/${documentId}/file`,
        ]) {
          const response = await platform.app.inject({ method: 'GET', url, headers: headersOf(reader) });
          expect(response.statusCode, `${reader} ${url}`).toBe(readable ? 200 : 404);
        }
        const scoped = await platform.app.inject({
          method: 'POST',
          url: '/v1/search',
          headers: headersOf(reader),
          payload: { query: secretWords[key], collection_ids: [id] },
        });
        expect(scoped.statusCode, `${reader} /v1 scoped ${key}`).toBe(readable ? 200 : 404);
      }
    }
  });

  it('grounds answers only in readable collections, and cites only their chunks', async () => {
    for (const reader of staffReaders) {
      const conversation = await json<{ id: string }>(
        await platform.app.inject({
          method: 'POST',
          url: '/api/conversations',
          headers: headersOf(reader),
          payload: {},
        }),
        201,
      );
      for (const key of collectionKeys) {
        const response = await platform.app.inject({
          method: 'POST',
          url: `/api/conversations/${conversation.id}/messages`,
          headers: headersOf(reader),
          payload: {
            content: `${secretWords[key]} 표식이 뭐야?`,
            model: 'inside-chat',
            collectionIds: [collections[key].id],
          },
        });
        if (!expected[reader].includes(key)) {
          expect(response.statusCode, `${reader} grounding in ${key}`).toBe(404);
          expect(response.body).not.toContain(secretWords[key]);
          continue;
        }
        expect(response.statusCode).toBe(200);
        expect(response.body).toContain('event: citations');
        expect(response.body).toContain(`"chunkId":${String(collections[key].chunkId)}`);
      }
    }
  });

  it('lets only managers upload, share and delete', async () => {
    const { id } = collections.divisionWithTeams;
    const tries = [
      {
        method: 'PUT' as const,
        url: `/api/knowledge/collections/${id}/shares`,
        payload: { userIds: [], departmentIds: [] },
      },
      { method: 'PATCH' as const, url: `/api/knowledge/collections/${id}`, payload: { name: '바꾼 이름' } },
      { method: 'DELETE' as const, url: `/api/knowledge/collections/${id}` },
    ];
    for (const attempt of tries) {
      const response = await platform.app.inject({ ...attempt, headers: clients.lee.headers });
      expect(response.statusCode, attempt.method).toBe(403);
    }
    const uploadAttempt = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/collections/${id}/documents`,
      headers: { ...clients.lee.headers, 'content-type': multipartContentType },
      payload: multipartBody([{ fileName: 'a.txt', bytes: Buffer.from('내용') }]),
    });
    expect(uploadAttempt.statusCode).toBe(403);
    const detail = await json<KnowledgeCollection>(
      await platform.app.inject({
        method: 'GET',
        url: `/api/knowledge/collections/${id}`,
        headers: clients.kim.headers,
      }),
    );
    expect(detail.canManage).toBe(true);
    const shares: CollectionShare[] = (
      await json<KnowledgeCollection>(
        await platform.app.inject({
          method: 'GET',
          url: `/api/knowledge/collections/${collections.sharedWithUser.id}`,
          headers: clients.choi.headers,
        }),
      )
    ).shares;
    expect(shares).toEqual([{ kind: 'user', id: clients.lee.userId, name: '이주무' }]);
  });

  it('refuses to create collections beyond the role', async () => {
    const common = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: clients.lee.headers,
      payload: { name: '공통', scope: 'common' },
    });
    expect(common.statusCode).toBe(403);
    const otherDepartment = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: clients.kim.headers,
      payload: { name: '남의 부서', scope: 'department', departmentId: departmentIds.D200 },
    });
    expect(otherDepartment.statusCode).toBe(403);
    expect(otherDepartment.json<{ error: { message: string } }>().error.message).toContain('부서 관리자');
  });
});
