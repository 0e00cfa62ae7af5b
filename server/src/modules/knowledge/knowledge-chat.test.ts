import type { ChatStreamEvent, ConversationDetail, UploadDocumentsResponse } from '@jumugwan/contracts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseChatStream } from '../../test/chat-stream-reader.js';
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
import { notCoveredAnswer } from '../chat/chat-service.js';

const manual = `# 공용차량 관리 지침

## 1. 배차 신청
공용차량은 사용 2일 전까지 차량관리시스템으로 배차를 신청한다. 긴급한 경우 총무과장의 승인을 받아 당일 신청할 수 있다.

## 2. 운행 기록
운행을 마친 사람은 주행거리와 주유량을 운행일지에 적고 열쇠를 당직실에 반납한다.
`;

/**
 * A model that answers from its sources as instructed: it cites [1] with an exact quote, then adds a
 * sentence citing a source that does not exist and one whose quote the source lacks.
 */
function citingReply(request: { messages: { role: string; content?: unknown }[] }): string {
  const system = request.messages.find((message) => message.role === 'system');
  if (typeof system?.content !== 'string' || !system.content.includes('[출처]')) return '출처 없이 답합니다.';
  return [
    '배차는 “사용 2일 전까지 차량관리시스템으로 배차를 신청한다” [1].',
    '야간 운행은 금지입니다 [7].',
    '열쇠는 “총무과 금고에 보관한다” [1].',
  ].join(' ');
}

describe.each(databaseTargets)('grounded chat (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let staff: SignedInClient;
  let collectionId: string;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['inside-chat', 'outside-chat'], reply: citingReply });
  });
  afterAll(async () => {
    await upstream.close();
  });

  // Every test asks in a conversation of its own (or summarises, which saves nothing) and reads only the
  // upstream requests made since it started, so the tests share one platform with the document ingested once.
  beforeAll(async () => {
    platform = await createTestPlatform({ target, environment: { KNOWLEDGE_WORKERS: '0' } });
    await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD100,총무과\n'));
    await platform.models.createEndpoint({
      name: '내부 vLLM',
      baseUrl: upstream.url,
      modelIds: ['inside-chat'],
      location: 'internal',
    });
    await platform.models.createEndpoint({
      name: '외부 API',
      baseUrl: upstream.url,
      modelIds: ['outside-chat'],
      location: 'external',
    });
    await signInAsAdmin(platform);
    staff = await signInThroughPortal(platform, {
      employeeNumber: 'S1',
      name: '정주무',
      departmentCode: 'D100',
    });
    const created = await platform.app.inject({
      method: 'POST',
      url: '/api/knowledge/collections',
      headers: staff.headers,
      payload: { name: '총무 지침', scope: 'personal', sensitivity: 'internal' },
    });
    collectionId = created.json<{ id: string }>().id;
    const uploaded = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/collections/${collectionId}/documents`,
      headers: { ...staff.headers, 'content-type': multipartContentType },
      payload: multipartBody([{ fileName: '공용차량 관리 지침.md', bytes: Buffer.from(manual) }]),
    });
    expect(uploaded.json<UploadDocumentsResponse>().documents).toHaveLength(1);
    await platform.ingestion.drain();
  });
  afterAll(async () => {
    await platform.dispose();
  });
  beforeEach(() => {
    upstream.reset();
  });

  async function ask(
    content: string,
    model = 'inside-chat',
  ): Promise<{ status: number; events: ChatStreamEvent[]; conversationId: string; body: string }> {
    const conversation = await platform.app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: staff.headers,
      payload: {},
    });
    const conversationId = conversation.json<{ id: string }>().id;
    const response = await platform.app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/messages`,
      headers: staff.headers,
      payload: { content, model, collectionIds: [collectionId] },
    });
    return {
      status: response.statusCode,
      events: response.statusCode === 200 ? parseChatStream(response.body) : [],
      conversationId,
      body: response.body,
    };
  }

  async function conversation(id: string): Promise<ConversationDetail> {
    return (
      await platform.app.inject({ method: 'GET', url: `/api/conversations/${id}`, headers: staff.headers })
    ).json<ConversationDetail>();
  }

  it('answers from the passages, keeps verified citations and removes unsupported ones', async () => {
    const { events, conversationId } = await ask('공용차량 배차는 언제까지 신청해야 하나요?');
    const candidates = events.find((event) => event.type === 'citations');
    expect(candidates?.type === 'citations' && candidates.citations[0]?.documentTitle).toBe(
      '공용차량 관리 지침',
    );
    const done = events.find((event) => event.type === 'done');
    if (done?.type !== 'done') throw new Error('no done event');
    expect(done.citations?.map((citation) => citation.number)).toEqual([1]);
    expect(done.citations?.[0]).toMatchObject({
      quote: '사용 2일 전까지 차량관리시스템으로 배차를 신청한다',
      sectionPath: ['공용차량 관리 지침', '1. 배차 신청'],
    });
    expect(done.content).toBe(
      '배차는 “사용 2일 전까지 차량관리시스템으로 배차를 신청한다” [1]. 야간 운행은 금지입니다. 열쇠는 “총무과 금고에 보관한다”.',
    );

    // The model received the numbered sources as instructions; the stored question is the question alone.
    const sent = upstream.requests.find((request) => request.path === '/v1/chat/completions');
    expect(JSON.stringify(sent?.body)).toContain('[1] 문서: 공용차량 관리 지침');
    const saved = await conversation(conversationId);
    expect(saved.messages[0]?.content).toBe('공용차량 배차는 언제까지 신청해야 하나요?');
    expect(saved.messages[1]?.content).toBe(done.content);
    expect(saved.messages[1]?.citations.map((citation) => citation.chunkId)).toEqual([
      done.citations?.[0]?.chunkId,
    ]);
    // Internal documents went into the answer: from now on only on-prem models may continue it.
    expect(saved.sensitivity).toBe('internal');

    const passage = await platform.app.inject({
      method: 'GET',
      url: `/api/knowledge/chunks/${String(done.citations?.[0]?.chunkId)}`,
      headers: staff.headers,
    });
    expect(passage.statusCode).toBe(200);
    expect(passage.body).toContain('사용 2일 전까지');
  });

  it('says the documents do not cover a question instead of asking a model to guess', async () => {
    const { events, conversationId } = await ask('올해 구청장 해외 출장 일정 알려줘');
    expect(events.flatMap((event) => (event.type === 'delta' ? [event.text] : []))).toEqual([
      notCoveredAnswer,
    ]);
    expect(upstream.requests.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(0);
    const saved = await conversation(conversationId);
    expect(saved.messages.map((message) => message.content)).toEqual([
      '올해 구청장 해외 출장 일정 알려줘',
      notCoveredAnswer,
    ]);
  });

  it('refuses to send internal passages to an outside model, changing nothing', async () => {
    const { status, body, conversationId } = await ask('공용차량 배차 신청 기한은?', 'outside-chat');
    expect(status).toBe(403);
    expect(body).toContain('internal_only');
    expect(upstream.requests).toHaveLength(0);
    expect((await conversation(conversationId)).messages).toEqual([]);
  });

  it('summarises a document with checked citations, reporting progress', async () => {
    const [document] = (
      await platform.app.inject({
        method: 'GET',
        url: `/api/knowledge/collections/${collectionId}/documents`,
        headers: staff.headers,
      })
    ).json<{ documents: { id: string }[] }>().documents;
    const response = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/documents/${document?.id ?? ''}/summary`,
      headers: staff.headers,
      payload: { model: 'inside-chat' },
    });
    expect(response.statusCode).toBe(200);
    const events = response.body
      .split('\n\n')
      .filter((block) => block.startsWith('event:'))
      .map(
        (block) =>
          JSON.parse(block.split('\ndata: ')[1] ?? '{}') as {
            type: string;
            done?: number;
            total?: number;
            text?: string;
            citations?: { number: number }[];
          },
      );
    expect(events.map((event) => event.type)).toEqual(['progress', 'progress', 'summary']);
    expect(events[1]).toMatchObject({ done: 1, total: 1 });
    const summary = events[2];
    expect(summary?.citations?.map((citation) => citation.number)).toEqual([1]);
    expect(summary?.text).not.toContain('[7]');
    const outside = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/documents/${document?.id ?? ''}/summary`,
      headers: staff.headers,
      payload: { model: 'outside-chat' },
    });
    expect(outside.body).toContain('internal_only');
  });

  it('grounds a regenerated answer again', async () => {
    const first = await ask('공용차량 배차는 언제까지 신청해야 하나요?');
    const regenerated = await platform.app.inject({
      method: 'POST',
      url: `/api/conversations/${first.conversationId}/regenerate`,
      headers: staff.headers,
      payload: { model: 'inside-chat', collectionIds: [collectionId] },
    });
    const done = parseChatStream(regenerated.body).find((event) => event.type === 'done');
    expect(done?.type === 'done' && done.citations?.map((citation) => citation.number)).toEqual([1]);
    expect((await conversation(first.conversationId)).messages).toHaveLength(2);
  });
});
