import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  KnowledgeDocument,
  KnowledgeSearchResponse,
  UploadDocumentsResponse,
} from '@jumugwan/contracts';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resultRows } from '../../platform/database/result-rows.js';
import { CollectionRepository } from './collection-repository.js';
import { DocumentRepository } from './document-repository.js';
import { ChunkIndexRepository } from './index/chunk-index-repository.js';
import { DocumentPreparer } from './ingest/document-preparer.js';
import { IngestionWorker } from './ingest/ingestion-worker.js';
import { multipartBody, multipartContentType } from '../../test/multipart-body.js';
import {
  createTestPlatform,
  databaseTargets,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';

const statute = `# 한빛시 청년 월세 지원 조례

제1장 총칙

제1조(목적) 이 조례는 청년의 주거비 부담을 덜기 위하여 월세 지원에 필요한 사항을 정함을 목적으로 한다.

제2조(정의) 이 조례에서 사용하는 용어의 뜻은 다음과 같다.
1. "청년"이란 19세 이상 39세 이하인 사람을 말한다.
2. "월세"란 주택 임대차 계약에 따라 매월 내는 차임을 말한다.

제2장 지원

제5조(지원 대상) ① 시장은 무주택 청년에게 월세를 지원할 수 있다.
② 지원 금액은 월 20만원 이내로 하며 최대 12개월까지 지원한다.

제10조의2(지원 중단) 거짓으로 지원을 받은 경우 시장은 지원을 중단하고 지원금을 환수한다.
`;

async function termStatisticsAgree(platform: TestPlatform): Promise<void> {
  // Document frequencies kept by ingestion (statistics plus changes not folded in yet) equal a recount from
  // the chunks themselves.
  const mismatches = resultRows(
    await platform.database.db.execute(sql`
      with recount as (
        select t.term, count(*)::int as chunks
        from knowledge_chunks c, unnest(tsvector_to_array(c.lexemes)) as t(term)
        group by t.term
      ), kept as (
        select term, sum(chunks)::int as chunks from (
          select term, chunks from knowledge_term_statistics
          union all
          select term, chunks from knowledge_term_pending
        ) as both_tables
        group by term
        having sum(chunks) <> 0
      )
      select coalesce(r.term, k.term) as term, r.chunks as counted, k.chunks as kept
      from recount r full join kept k on k.term = r.term
      where r.chunks is distinct from k.chunks`),
  );
  expect(mismatches).toEqual([]);
  const totals = resultRows(
    await platform.database.db.execute(sql`
      select (select chunks from knowledge_index_totals) as kept_chunks,
        (select count(*) from knowledge_chunks) as counted_chunks,
        (select tokens from knowledge_index_totals) as kept_tokens,
        (select coalesce(sum(token_count), 0) from knowledge_chunks) as counted_tokens`),
  )[0];
  expect(Number(totals?.kept_chunks)).toBe(Number(totals?.counted_chunks));
  expect(Number(totals?.kept_tokens)).toBe(Number(totals?.counted_tokens));
}

describe.each(databaseTargets)('knowledge ingestion (%s)', (target) => {
  let platform: TestPlatform;
  let staff: SignedInClient;
  let collectionId: string;

  beforeEach(async () => {
    // No background worker: the test decides when jobs run.
    platform = await createTestPlatform({ target, environment: { KNOWLEDGE_WORKERS: '0' } });
    await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD100,청년정책과\n'));
    staff = await signInThroughPortal(platform, {
      employeeNumber: 'S1',
      name: '정주무',
      departmentCode: 'D100',
    });
    const created = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: staff.headers,
      payload: { name: '내 조례 모음', scope: 'personal' },
    });
    expect(created.statusCode).toBe(201);
    collectionId = created.json<{ id: string }>().id;
  });
  afterEach(async () => {
    await platform.dispose();
  });

  const upload = async (files: { fileName: string; bytes: Buffer }[]) => {
    const response = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/collections/${collectionId}/documents`,
      headers: { ...staff.headers, 'content-type': multipartContentType },
      payload: multipartBody(files),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<UploadDocumentsResponse>();
  };
  const documents = async () =>
    (
      await platform.app.inject({
        method: 'GET',
        url: `/api/knowledge/collections/${collectionId}/documents`,
        headers: staff.headers,
      })
    ).json<{ documents: KnowledgeDocument[] }>().documents;
  const search = async (query: string) =>
    (
      await platform.app.inject({
        method: 'POST',
        url: '/api/knowledge/search',
        headers: staff.headers,
        payload: { query, collectionIds: [collectionId] },
      })
    ).json<KnowledgeSearchResponse>();

  it('takes many files at once; a broken or unsupported one fails alone with a Korean reason', async () => {
    const uploaded = await upload([
      { fileName: '청년월세조례.md', bytes: Buffer.from(statute) },
      {
        fileName: '안내.txt',
        bytes: Buffer.from('민원실 운영 시간은 평일 9시부터 18시까지입니다.\n\n점심시간에도 운영합니다.'),
      },
      { fileName: '깨진문서.docx', bytes: Buffer.from('이것은 DOCX가 아닙니다') },
      { fileName: '실행파일.exe', bytes: Buffer.from('MZ') },
      { fileName: '빈파일.txt', bytes: Buffer.alloc(0) },
    ]);
    expect(uploaded.documents.map((document) => document.fileName)).toEqual([
      '청년월세조례.md',
      '안내.txt',
      '깨진문서.docx',
    ]);
    expect(uploaded.documents.every((document) => document.status === 'queued')).toBe(true);
    expect(uploaded.refused.map((refusal) => [refusal.fileName, refusal.reason])).toEqual([
      ['실행파일.exe', 'unsupported_format'],
      ['빈파일.txt', 'empty'],
    ]);
    expect(uploaded.refused[0]?.message).toMatch(/HWP/);

    expect(await platform.ingestion.drain()).toBe(3);
    // The worker folded the frequency changes into the statistics once the queue was empty.
    const pending = resultRows(
      await platform.database.db.execute(sql`select count(*)::int as count from knowledge_term_pending`),
    );
    expect(Number(pending[0]?.count)).toBe(0);
    // …and reclaimed the deleted rows' space: every query scans this table, dead rows included.
    const pages = resultRows(
      await platform.database.db.execute(
        sql`select pg_relation_size('knowledge_term_pending')::int as bytes`,
      ),
    );
    expect(Number(pages[0]?.bytes)).toBe(0);
    const byName = new Map((await documents()).map((document) => [document.fileName, document]));
    expect(byName.get('청년월세조례.md')).toMatchObject({ status: 'ready', progress: 100 });
    expect(byName.get('청년월세조례.md')?.chunkCount).toBeGreaterThan(0);
    expect(byName.get('청년월세조례.md')?.title).toBe('한빛시 청년 월세 지원 조례');
    expect(byName.get('안내.txt')).toMatchObject({ status: 'ready' });
    const broken = byName.get('깨진문서.docx');
    expect(broken).toMatchObject({ status: 'failed', failureReason: 'corrupted' });
    expect(broken?.failureMessage).toMatch(/DOCX/);
    await termStatisticsAgree(platform);
  });

  it('keeps statute articles with their titles and finds them by article number', async () => {
    await upload([{ fileName: '청년월세조례.md', bytes: Buffer.from(statute) }]);
    await platform.ingestion.drain();
    const result = await search('월세 지원 중단 조항');
    const top = result.hits[0];
    expect(top?.sectionPath.at(-1)).toBe('제10조의2(지원 중단)');
    expect(top?.text).toContain('환수');
    const byArticle = await search('제10조의2');
    expect(byArticle.hits[0]?.sectionPath.at(-1)).toBe('제10조의2(지원 중단)');
    expect(result.mode).toBe('lexical');
  });

  it('replaces a changed file’s chunks and leaves an identical re-upload alone', async () => {
    await upload([
      { fileName: '공지.txt', bytes: Buffer.from('첫판 공지: 접수처는 본관 2층 민원실입니다.') },
    ]);
    await platform.ingestion.drain();
    expect((await search('본관 민원실')).hits).toHaveLength(1);

    const same = await upload([
      { fileName: '공지.txt', bytes: Buffer.from('첫판 공지: 접수처는 본관 2층 민원실입니다.') },
    ]);
    expect(same.documents[0]?.status).toBe('ready');
    expect(await platform.ingestion.drain()).toBe(0);

    await upload([
      { fileName: '공지.txt', bytes: Buffer.from('개정 공지: 접수처는 별관 1층 종합안내실로 옮겼습니다.') },
    ]);
    await platform.ingestion.drain();
    const listed = await documents();
    expect(listed).toHaveLength(1);
    expect((await search('본관 민원실')).hits.some((hit) => hit.text.includes('본관'))).toBe(false);
    expect((await search('별관 종합안내실')).hits[0]?.text).toContain('별관 1층');
    await termStatisticsAgree(platform);
  });

  it('deleting a document removes its chunks, vectors and file', async () => {
    const uploaded = await upload([{ fileName: '청년월세조례.md', bytes: Buffer.from(statute) }]);
    await platform.ingestion.drain();
    const documentId = uploaded.documents[0]?.id ?? '';
    const deleted = await platform.app.inject({
      method: 'DELETE',
      url: `/api/knowledge/documents/${documentId}`,
      headers: staff.headers,
    });
    expect(deleted.statusCode).toBe(204);
    const remaining = resultRows(
      await platform.database.db.execute(sql`select count(*)::int as count from knowledge_chunks`),
    );
    expect(Number(remaining[0]?.count)).toBe(0);
    const file = await platform.app.inject({
      method: 'GET',
      url: `/api/knowledge/documents/${documentId}/file`,
      headers: staff.headers,
    });
    expect(file.statusCode).toBe(404);
    expect((await search('월세 지원')).hits).toEqual([]);
    await termStatisticsAgree(platform);
  });

  it('takes over a job whose worker stopped sending heartbeats', async () => {
    const uploaded = await upload([
      { fileName: '안내.txt', bytes: Buffer.from('야간 민원 창구는 목요일 21시까지 엽니다.') },
    ]);
    const documentId = uploaded.documents[0]?.id ?? '';
    // A worker claimed it and died: processing, with a heartbeat five minutes old.
    await platform.database.db.execute(
      sql`update knowledge_documents set status = 'processing', attempts = 1, heartbeat_at = now() - interval '5 minutes' where id = ${documentId}`,
    );
    expect(await platform.ingestion.drain()).toBe(1);
    expect((await documents())[0]).toMatchObject({ status: 'ready' });
    expect((await search('야간 민원 창구')).hits).toHaveLength(1);
  });

  it('keeps the heartbeat going while a long file is read, so no other worker takes the job', async () => {
    await upload([{ fileName: '안내.txt', bytes: Buffer.from('야간 민원 창구는 목요일 21시까지 엽니다.') }]);
    const repository = new DocumentRepository(platform.database.db);
    const staleAfterMs = 1_200;
    let release: () => void = () => undefined;
    const reading = new Promise<void>((resolve) => {
      release = resolve;
    });
    const preparer = new DocumentPreparer({
      threads: 1,
      maximumBytes: 1_048_576,
      timeoutMs: 60_000,
      maximumHeapMb: 512,
    });
    // A file that takes three times the stale limit to read.
    const slowWorker = new IngestionWorker(
      repository,
      new CollectionRepository(platform.database.db),
      new ChunkIndexRepository(platform.database.db, platform.database.vectorAvailable),
      async (fileName, bytes) => {
        await reading;
        return preparer.prepare(fileName, bytes);
      },
      () => Promise.reject(new Error('no embeddings here')),
      { pollMs: 60_000, staleAfterMs, maximumAttempts: 3 },
      { warn: () => undefined },
    );
    try {
      const processing = slowWorker.processNext();
      await new Promise((resolve) => setTimeout(resolve, 3 * staleAfterMs));
      // Another worker looking for stale jobs finds none: the heartbeat is fresh.
      expect(await repository.claimNext(new Date(Date.now() - staleAfterMs))).toBeUndefined();
      release();
      expect(await processing).toBe(true);
      expect((await documents())[0]).toMatchObject({ status: 'ready' });
    } finally {
      release();
      await preparer.close();
    }
  });

  it('a failed document can be retried by its manager', async () => {
    const uploaded = await upload([{ fileName: '손상.pdf', bytes: Buffer.from('%PDF-1.7 잘린 파일') }]);
    await platform.ingestion.drain();
    const documentId = uploaded.documents[0]?.id ?? '';
    expect((await documents())[0]?.status).toBe('failed');
    const retried = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/documents/${documentId}/retry`,
      headers: staff.headers,
    });
    expect(retried.statusCode).toBe(200);
    expect(retried.json<KnowledgeDocument>().status).toBe('queued');
    const again = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/documents/${documentId}/retry`,
      headers: staff.headers,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('knowledge ingestion survives a restart (pglite on disk)', () => {
  let directory: string;
  afterEach(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('picks up queued jobs after the platform starts again', async () => {
    directory = mkdtempSync(join(tmpdir(), 'jumugwan-ingest-'));
    const environment = { KNOWLEDGE_WORKERS: '0' };
    const first = await createTestPlatform({ pgliteDirectory: directory, environment });
    await first.org.importDepartments(Buffer.from('부서코드,부서명\nD100,청년정책과\n'));
    const staff = await signInThroughPortal(first, {
      employeeNumber: 'S1',
      name: '정주무',
      departmentCode: 'D100',
    });
    const collection = await first.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: staff.headers,
      payload: { name: '모음', scope: 'personal' },
    });
    const collectionId = collection.json<{ id: string }>().id;
    await first.app.inject({
      method: 'POST',
      url: `/api/knowledge/collections/${collectionId}/documents`,
      headers: { ...staff.headers, 'content-type': multipartContentType },
      payload: multipartBody([
        { fileName: '안내.txt', bytes: Buffer.from('재시작 뒤에도 처리되는 문서입니다.') },
      ]),
    });
    await first.dispose();

    const second = await createTestPlatform({
      pgliteDirectory: directory,
      environment: { KNOWLEDGE_WORKERS: '1' },
    });
    try {
      await expect
        .poll(
          async () =>
            resultRows(await second.database.db.execute(sql`select status from knowledge_documents`))[0]
              ?.status,
          { timeout: 15_000, interval: 100 },
        )
        .toBe('ready');
    } finally {
      await second.dispose();
    }
  });
});
