import type {
  AssistantDefinitionInput,
  ChatAttachment,
  ChatStreamEvent,
  ConversationDetail,
  ConversationSummary,
  UploadDocumentsResponse,
} from '@jumugwan/contracts';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { assistants } from '../../platform/database/schema.js';
import { parseChatStream } from '../../test/chat-stream-reader.js';
import { insertTestAssistant } from '../../test/insert-test-assistant.js';
import { multipartBody, multipartContentType } from '../../test/multipart-body.js';
import { registerTestModels } from '../../test/register-test-models.js';
import { selectRows } from '../../test/select-rows.js';
import { nothingFoundPrompt } from './chat-service.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';
import { startTestUpstream, type ChatRequest, type TestUpstream } from '../../test/upstream/index.js';

const manual = `# 공용차량 관리 지침

## 1. 배차 신청
공용차량은 사용 2일 전까지 차량관리시스템으로 배차를 신청한다. 긴급한 경우 총무과장의 승인을 받아 당일 신청할 수 있다.
`;

/** A model that cites its first source when it was given any. */
function citingReply(request: ChatRequest): string {
  const system = request.messages.find((message) => message.role === 'system');
  if (typeof system?.content === 'string' && system.content.includes('[출처]')) {
    return '배차는 “사용 2일 전까지 차량관리시스템으로 배차를 신청한다” [1].';
  }
  return '출처 없이 답합니다.';
}

const priceTableFile = { label: '자재 단가표', formats: ['xlsx' as const], required: true };

interface Answer {
  status: number;
  /** The stream's events when it answered (200). */
  events: ChatStreamEvent[];
  /** The error when it was refused before the stream opened. */
  error: { code: string; message: string } | null;
}

describe.each(databaseTargets)('chat with custom assistants (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let alice: SignedInClient;
  let bob: SignedInClient;
  /** Alice's personal collection (normal): nobody else may read it. */
  let manualCollectionId: string;
  /** Alice's internal collection: an assistant grounded in it is on-prem only. */
  let internalCollectionId: string;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['inside-chat', 'outside-chat'], reply: citingReply });
    platform = await createTestPlatform({ target, environment: { KNOWLEDGE_WORKERS: '0' } });
    await platform.org.importDepartments(Buffer.from('부서코드,부서명\nD100,총무과\nD200,민원과\n'));
    await registerTestModels(platform, upstream.url);
    await signInAsAdmin(platform);
    alice = await signInThroughPortal(platform, {
      employeeNumber: 'A1',
      name: '김총무',
      departmentCode: 'D100',
    });
    bob = await signInThroughPortal(platform, {
      employeeNumber: 'B1',
      name: '이민원',
      departmentCode: 'D200',
    });

    const createCollection = async (name: string, sensitivity: 'normal' | 'internal') =>
      (
        await platform.app.inject({
          method: 'POST',
          url: '/api/knowledge/collections',
          headers: alice.headers,
          payload: { name, scope: 'personal', sensitivity },
        })
      ).json<{ id: string }>().id;
    manualCollectionId = await createCollection('총무 지침', 'normal');
    internalCollectionId = await createCollection('내부 자료', 'internal');
    const uploaded = await platform.app.inject({
      method: 'POST',
      url: `/api/knowledge/collections/${manualCollectionId}/documents`,
      headers: { ...alice.headers, 'content-type': multipartContentType },
      payload: multipartBody([{ fileName: '공용차량 관리 지침.md', bytes: Buffer.from(manual) }]),
    });
    expect(uploaded.json<UploadDocumentsResponse>().documents).toHaveLength(1);
    await platform.ingestion.drain();
  });
  afterAll(async () => {
    await platform.dispose();
    await upstream.close();
  });
  beforeEach(() => {
    upstream.reset();
  });

  /** An assistant of Alice's, written into its tables as the assistants module stores one. */
  const newAssistant = (
    definition: Partial<AssistantDefinitionInput>,
    visibility: 'private' | 'institution' = 'institution',
  ) =>
    insertTestAssistant(platform.database.db, {
      institutionId: platform.org.institution.id,
      ownerUserId: alice.userId,
      visibility,
      definition: { name: '시험 도우미', instructions: '시험용 지시문입니다.', ...definition },
    });

  const createConversation = (payload: { assistantId?: string }, client: SignedInClient = alice) =>
    platform.app.inject({ method: 'POST', url: '/api/conversations', headers: client.headers, payload });

  const newConversation = async (assistantId: string, client: SignedInClient = alice) => {
    const response = await createConversation({ assistantId }, client);
    expect(response.statusCode).toBe(201);
    return response.json<ConversationSummary>();
  };

  const answerOf = (response: { statusCode: number; body: string }): Answer =>
    response.statusCode === 200
      ? { status: 200, events: parseChatStream(response.body), error: null }
      : {
          status: response.statusCode,
          events: [],
          error: (JSON.parse(response.body) as { error: { code: string; message: string } }).error,
        };

  const ask = async (
    conversationId: string,
    content: string,
    options: {
      client?: SignedInClient;
      model?: string;
      attachments?: ChatAttachment[];
      collectionIds?: string[];
    } = {},
  ): Promise<Answer> =>
    answerOf(
      await platform.app.inject({
        method: 'POST',
        url: `/api/conversations/${conversationId}/messages`,
        headers: (options.client ?? alice).headers,
        payload: {
          content,
          model: options.model ?? 'inside-chat',
          ...(options.attachments === undefined ? {} : { attachments: options.attachments }),
          ...(options.collectionIds === undefined ? {} : { collectionIds: options.collectionIds }),
        },
      }),
    );

  const regenerate = async (conversationId: string): Promise<Answer> =>
    answerOf(
      await platform.app.inject({
        method: 'POST',
        url: `/api/conversations/${conversationId}/regenerate`,
        headers: alice.headers,
        payload: { model: 'inside-chat' },
      }),
    );

  const chatRequests = () =>
    upstream.requests
      .filter((request) => request.path === '/v1/chat/completions')
      .map((request) => request.body as ChatRequest);

  const systemMessageOf = (request: ChatRequest | undefined): string => {
    const [first] = request?.messages ?? [];
    if (first?.role !== 'system' || typeof first.content !== 'string') throw new Error('no system message');
    return first.content;
  };

  const useCount = async (assistantId: string) => {
    const [row] = await platform.database.db
      .select({ useCount: assistants.useCount })
      .from(assistants)
      .where(eq(assistants.id, assistantId));
    return row?.useCount;
  };

  const usagePurposes = async (assistantId: string) => {
    await platform.usageRecorder.flush();
    const rows = await selectRows<{ purpose: string; status: string }>(
      platform.database.db,
      sql`select purpose, status from usage_events where assistant_id = ${assistantId} order by id`,
    );
    return rows.map((row) => `${row.purpose}:${row.status}`);
  };

  const detail = async (conversationId: string, client: SignedInClient = alice) => {
    const response = await platform.app.inject({
      method: 'GET',
      url: `/api/conversations/${conversationId}`,
      headers: client.headers,
    });
    expect(response.statusCode).toBe(200);
    return response.json<ConversationDetail>();
  };

  it("sends the instructions and the template's structure as the system message and meters the assistant", async () => {
    const assistantId = await newAssistant({
      name: '사업계획 도우미',
      icon: '📋',
      category: 'documents',
      instructions: '사업계획서를 개조식으로 씁니다. 표식 ZX-17을 기억하세요.',
      draftingTemplateId: 'business-plan',
    });
    const conversation = await newConversation(assistantId);
    expect(conversation.assistant).toEqual({ id: assistantId, name: '사업계획 도우미', icon: '📋' });

    const answer = await ask(conversation.id, '청년 창업 지원 사업계획을 써 줘');
    expect(answer.events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    const [request] = chatRequests();
    const system = systemMessageOf(request);
    expect(system).toContain('사업계획서를 개조식으로 씁니다. 표식 ZX-17을 기억하세요.');
    expect(system).toContain('[문서 구성: 사업계획서]');
    expect(system).toContain('1. 추진 배경');
    expect(system).toContain('6) 기대 효과: ');
    // The question follows as the user's, unchanged.
    expect(request?.messages.slice(1)).toEqual([
      { role: 'user', content: '청년 창업 지원 사업계획을 써 줘' },
    ]);
    expect(await usagePurposes(assistantId)).toEqual(['documents:ok']);
    expect(await useCount(assistantId)).toBe(1);

    // The list and the conversation itself show the assistant beside the plain conversations.
    expect((await createConversation({})).statusCode).toBe(201);
    const listed = await platform.app.inject({
      method: 'GET',
      url: '/api/conversations',
      headers: alice.headers,
    });
    const summaries = listed.json<{ conversations: ConversationSummary[] }>().conversations;
    expect(summaries.find((summary) => summary.id === conversation.id)?.assistant).toEqual({
      id: assistantId,
      name: '사업계획 도우미',
      icon: '📋',
    });
    expect(summaries.filter((summary) => summary.assistant === null)).not.toHaveLength(0);
    expect((await detail(conversation.id)).assistant?.name).toBe('사업계획 도우미');

    // Regenerating answers under the same instructions, metered to the assistant, not counted as a question.
    upstream.reset();
    expect((await regenerate(conversation.id)).events.at(-1)).toMatchObject({
      type: 'done',
      status: 'complete',
    });
    expect(systemMessageOf(chatRequests()[0])).toContain('표식 ZX-17');
    expect(await usagePurposes(assistantId)).toEqual(['documents:ok', 'documents:ok']);
    expect(await useCount(assistantId)).toBe(1);
  });

  it("grounds answers in the assistant's collections, read with the asking user's access", async () => {
    const assistantId = await newAssistant({
      name: '총무 도우미',
      instructions: '총무 업무 질문에 답합니다.',
      collectionIds: [manualCollectionId],
    });
    const question = '공용차량 배차는 언제까지 신청해야 하나요?';

    const aliceAnswer = await ask((await newConversation(assistantId)).id, question);
    const done = aliceAnswer.events.find((event) => event.type === 'done');
    expect(done?.type === 'done' && done.citations?.map((citation) => citation.documentTitle)).toEqual([
      '공용차량 관리 지침',
    ]);
    // One system message: the instructions first, then the numbered sources.
    const aliceSystem = systemMessageOf(chatRequests()[0]);
    expect(aliceSystem.indexOf('총무 업무 질문에 답합니다.')).toBeLessThan(aliceSystem.indexOf('[출처]'));
    expect(aliceSystem).toContain('[1] 문서: 공용차량 관리 지침');
    expect(chatRequests()[0]?.messages.filter((message) => message.role === 'system')).toHaveLength(1);

    // Bob may use the assistant but not read Alice's collection: no passage of it reaches his answer.
    upstream.reset();
    const bobConversation = await newConversation(assistantId, bob);
    const bobAnswer = await ask(bobConversation.id, question, { client: bob });
    expect(bobAnswer.events.some((event) => event.type === 'citations')).toBe(false);
    expect(bobAnswer.events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    const bobRequest = JSON.stringify(chatRequests()[0]);
    expect(bobRequest).toContain('총무 업무 질문에 답합니다.');
    expect(bobRequest).not.toContain('차량관리시스템');
    expect(bobRequest).not.toContain('[출처]');
    // Told that the assistant's documents hold nothing on it, so it does not guess their content.
    expect(systemMessageOf(chatRequests()[0])).toContain(nothingFoundPrompt);
    expect((await detail(bobConversation.id, bob)).messages[1]?.citations).toEqual([]);

    // Choosing the collection himself is refused as before: the assistant did not widen his access.
    const chosen = await ask(bobConversation.id, question, {
      client: bob,
      collectionIds: [manualCollectionId],
    });
    expect(chosen.error?.code).toBe('collection_not_found');
  });

  it('keeps an assistant grounded in internal documents on-prem only', async () => {
    const assistantId = await newAssistant({
      name: '내부 도우미',
      collectionIds: [internalCollectionId],
    });
    const conversation = await newConversation(assistantId);
    expect(conversation.sensitivity).toBe('internal');
    const outside = await ask(conversation.id, '외부 모델로 물어봅니다', { model: 'outside-chat' });
    expect(outside).toMatchObject({ status: 403, error: { code: 'internal_only' } });
    expect(chatRequests()).toHaveLength(0);
    expect((await detail(conversation.id)).messages).toEqual([]);
    expect(await useCount(assistantId)).toBe(0);

    const inside = await ask(conversation.id, '내부 모델로 물어봅니다');
    expect(inside.events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect((await detail(conversation.id)).sensitivity).toBe('internal');
    expect(await useCount(assistantId)).toBe(1);
  });

  it('refuses a first question without the required file, saving nothing', async () => {
    const assistantId = await newAssistant({
      name: '단가 분석 도우미',
      expectedFiles: [priceTableFile, { label: '참고 자료', formats: ['pdf'], required: false }],
    });
    const conversation = await newConversation(assistantId);
    const withoutFile = [undefined, [{ name: '단가표.hwp', text: '철근 1톤 900,000원', internal: false }]];
    for (const attachments of withoutFile) {
      const refused = await ask(conversation.id, '단가를 분석해 줘', {
        ...(attachments === undefined ? {} : { attachments }),
      });
      expect(refused).toMatchObject({ status: 400, error: { code: 'assistant_file_required' } });
      expect(refused.error?.message).toContain(
        '이 어시스턴트는 첫 질문에 ‘자재 단가표(XLSX)’ 파일이 필요합니다.',
      );
    }
    expect(chatRequests()).toHaveLength(0);
    expect((await detail(conversation.id)).messages).toEqual([]);
    expect(await useCount(assistantId)).toBe(0);

    const answered = await ask(conversation.id, '단가를 분석해 줘', {
      attachments: [{ name: '2026 자재 단가표.XLSX', text: '철근 1톤 900,000원', internal: false }],
    });
    expect(answered.events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    // Later questions build on the file already in the conversation.
    const followUp = await ask(conversation.id, '가장 비싼 자재는?');
    expect(followUp.events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect(await useCount(assistantId)).toBe(2);
  });

  it('refuses assistants the user may not use, and questions once the assistant is archived', async () => {
    const privateAssistant = await newAssistant({ name: '앨리스 전용' }, 'private');
    for (const assistantId of [privateAssistant, '00000000-0000-4000-8000-000000000000']) {
      const refused = await createConversation({ assistantId }, bob);
      expect(refused.statusCode).toBe(404);
      expect(refused.json()).toMatchObject({ error: { code: 'assistant_not_found' } });
    }

    const assistantId = await newAssistant({ name: '곧 보관될 도우미' });
    const conversation = await newConversation(assistantId);
    await ask(conversation.id, '첫 질문');
    await platform.database.db
      .update(assistants)
      .set({ archivedAt: new Date() })
      .where(eq(assistants.id, assistantId));
    upstream.reset();

    const sent = await ask(conversation.id, '두 번째 질문');
    expect(sent).toMatchObject({ status: 404, error: { code: 'assistant_not_found' } });
    expect(sent.error?.message).toContain('더 이상 쓸 수 없습니다');
    expect(await regenerate(conversation.id)).toMatchObject({
      status: 404,
      error: { code: 'assistant_not_found' },
    });
    expect(chatRequests()).toHaveLength(0);

    const kept = await detail(conversation.id);
    expect(kept.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(kept.assistant?.id).toBe(assistantId);
  });

  it('answers tab-only conversations with the assistant, files and access alike', async () => {
    const assistantId = await newAssistant({
      name: '탭 도우미',
      category: 'data_analysis',
      instructions: '탭 전용 지시문 QW-42.',
      collectionIds: [manualCollectionId],
      expectedFiles: [priceTableFile],
    });
    const ephemeral = async (
      messages: { role: 'user' | 'assistant'; content: string }[],
      options: {
        client?: SignedInClient;
        attachments?: ChatAttachment[];
        assistant?: string;
        model?: string;
      } = {},
    ): Promise<Answer> =>
      answerOf(
        await platform.app.inject({
          method: 'POST',
          url: '/api/chat/ephemeral',
          headers: (options.client ?? alice).headers,
          payload: {
            model: options.model ?? 'inside-chat',
            messages,
            assistantId: options.assistant ?? assistantId,
            ...(options.attachments === undefined ? {} : { attachments: options.attachments }),
          },
        }),
      );
    const question = [{ role: 'user' as const, content: '공용차량 배차는 언제까지 신청해야 하나요?' }];

    expect(await ephemeral(question)).toMatchObject({
      status: 400,
      error: { code: 'assistant_file_required' },
    });
    expect(chatRequests()).toHaveLength(0);

    const file = { name: '단가표.xlsx', text: '철근 1톤 900,000원', internal: false };
    const answer = await ephemeral(question, { attachments: [file] });
    const done = answer.events.find((event) => event.type === 'done');
    expect(done?.type === 'done' && done.citations?.length).toBe(1);
    const system = systemMessageOf(chatRequests()[0]);
    expect(system).toContain('탭 전용 지시문 QW-42.');
    expect(system).toContain('[1] 문서: 공용차량 관리 지침');

    // A later question in the tab needs no file again; Bob gets no passages from Alice's collection.
    upstream.reset();
    const later = await ephemeral(
      [
        ...question,
        { role: 'assistant', content: '답변' },
        { role: 'user', content: '배차 신청 기한을 다시 알려줘' },
      ],
      { client: bob },
    );
    expect(later.events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect(JSON.stringify(chatRequests()[0])).not.toContain('차량관리시스템');
    expect(await usagePurposes(assistantId)).toEqual(['data_analysis:ok', 'data_analysis:ok']);
    expect(await useCount(assistantId)).toBe(2);

    // An assistant grounded in internal documents stays on-prem in the tab too.
    const internalAssistant = await newAssistant({
      name: '탭 내부 도우미',
      collectionIds: [internalCollectionId],
    });
    upstream.reset();
    expect(await ephemeral(question, { assistant: internalAssistant, model: 'outside-chat' })).toMatchObject({
      status: 403,
      error: { code: 'internal_only' },
    });
    expect(chatRequests()).toHaveLength(0);

    const privateAssistant = await newAssistant({ name: '앨리스 탭 전용' }, 'private');
    expect(await ephemeral(question, { client: bob, assistant: privateAssistant })).toMatchObject({
      status: 404,
      error: { code: 'assistant_not_found' },
    });
  });
});
