import { Agent, fetch } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary } from '@jumugwan/contracts';
import { parseChatStream, readChatStream } from '../../test/chat-stream-reader.js';
import { listenOnFreePort } from '../../test/listen-on-free-port.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';

const waitFor = async (condition: () => Promise<boolean>, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('condition not met in time');
};

describe.each(databaseTargets)('chat (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let alice: SignedInClient;

  beforeAll(async () => {
    upstream = await startTestUpstream();
  });
  afterAll(async () => {
    await upstream.close();
  });

  const startPlatform = async () => {
    platform = await createTestPlatform({ target });
    alice = await signInThroughPortal(platform, {
      employeeNumber: 'A100',
      name: '김앨리스',
      departmentCode: null,
    });
  };

  const registerUpstream = async (baseUrl = upstream.url) => {
    const admin = await signInAsAdmin(platform, `admin${Math.random().toString(36).slice(2, 8)}`);
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/model-endpoints',
      headers: admin.headers,
      payload: { name: `llm-${baseUrl}`, baseUrl, modelIds: ['test-chat'], location: 'internal' },
    });
    expect(response.statusCode).toBe(201);
  };

  const newConversation = async (client: SignedInClient = alice) =>
    (
      await platform.app.inject({
        method: 'POST',
        url: '/api/conversations',
        headers: client.headers,
        payload: {},
      })
    ).json<ConversationSummary>();

  const send = (
    conversationId: string,
    content: string,
    model = 'test-chat',
    client: SignedInClient = alice,
  ) =>
    platform.app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/messages`,
      headers: client.headers,
      payload: { content, model },
    });

  const detail = async (conversationId: string, client: SignedInClient = alice) =>
    (
      await platform.app.inject({
        method: 'GET',
        url: `/api/conversations/${conversationId}`,
        headers: client.headers,
      })
    ).json<ConversationDetail>();

  // These tests each work in a conversation of their own and leave the model registration alone, so they
  // share one platform with the test upstream registered once.
  describe('on a shared platform', () => {
    beforeAll(async () => {
      await startPlatform();
      await registerUpstream();
    });
    afterAll(async () => {
      await platform.dispose();
    });

    it('streams an answer, stores both messages and titles the conversation', async () => {
      const conversation = await newConversation();
      const response = await send(conversation.id, '주민등록등본 발급 절차를 알려줘');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/event-stream/);
      const events = parseChatStream(response.body);
      expect(events[0]?.type).toBe('start');
      const deltas = events.flatMap((event) => (event.type === 'delta' ? [event.text] : []));
      expect(deltas.length).toBeGreaterThan(3);
      expect(events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
      const answer = deltas.join('');
      expect(answer).toContain('주민등록등본 발급 절차를 알려줘');

      const stored = await detail(conversation.id);
      expect(stored.title).toBe('주민등록등본 발급 절차를 알려줘');
      expect(stored.messages.map((message) => [message.role, message.status])).toEqual([
        ['user', 'complete'],
        ['assistant', 'complete'],
      ]);
      expect(stored.messages[1]?.content).toBe(answer);

      // The second question carries the history to the model.
      await send(conversation.id, '더 짧게');
      const lastRequest = upstream.requests.at(-1)?.body as { messages: { role: string }[] };
      expect(lastRequest.messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user']);
    });

    it('keeps conversations private to their owner', async () => {
      const conversation = await newConversation();
      await send(conversation.id, '비공개 질문');
      const bob = await signInThroughPortal(platform, {
        employeeNumber: 'B200',
        name: '이밥',
        departmentCode: null,
      });
      const attempts = [
        platform.app.inject({
          method: 'GET',
          url: `/api/conversations/${conversation.id}`,
          headers: bob.headers,
        }),
        platform.app.inject({
          method: 'PATCH',
          url: `/api/conversations/${conversation.id}`,
          headers: bob.headers,
          payload: { title: '탈취' },
        }),
        platform.app.inject({
          method: 'DELETE',
          url: `/api/conversations/${conversation.id}`,
          headers: bob.headers,
        }),
        send(conversation.id, '끼어들기', 'test-chat', bob),
        platform.app.inject({
          method: 'POST',
          url: `/api/conversations/${conversation.id}/regenerate`,
          headers: bob.headers,
          payload: { model: 'test-chat' },
        }),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ error: { code: 'conversation_not_found' } });
      }
      const bobsList = await platform.app.inject({
        method: 'GET',
        url: '/api/conversations',
        headers: bob.headers,
      });
      expect(bobsList.json()).toEqual({ conversations: [] });
      const mine = await detail(conversation.id);
      expect(mine.title).toBe('비공개 질문');
      expect(mine.messages).toHaveLength(2);
    });

    it('renames and deletes', async () => {
      const conversation = await newConversation();
      const renamed = await platform.app.inject({
        method: 'PATCH',
        url: `/api/conversations/${conversation.id}`,
        headers: alice.headers,
        payload: { title: '예산 질의' },
      });
      expect(renamed.json<ConversationSummary>().title).toBe('예산 질의');
      const deleted = await platform.app.inject({
        method: 'DELETE',
        url: `/api/conversations/${conversation.id}`,
        headers: alice.headers,
      });
      expect(deleted.statusCode).toBe(204);
      const gone = await platform.app.inject({
        method: 'GET',
        url: `/api/conversations/${conversation.id}`,
        headers: alice.headers,
      });
      expect(gone.statusCode).toBe(404);
    });

    it('refuses malformed JSON and oversized bodies with stable codes', async () => {
      const conversation = await newConversation();
      const malformed = await platform.app.inject({
        method: 'POST',
        url: `/api/conversations/${conversation.id}/messages`,
        headers: { ...alice.headers, 'content-type': 'application/json' },
        payload: '{"content": "끝나지 않은',
      });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.json()).toMatchObject({ error: { code: 'invalid_json' } });
      expect(malformed.body).not.toMatch(/at .*\.js/);
      // Over the 4 MiB a question with five files may take.
      const huge = await send(conversation.id, '가'.repeat(1_500_000));
      expect(huge.statusCode).toBe(413);
      expect(huge.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    });

    it('keeps the partial answer marked interrupted when the upstream cuts the stream', async () => {
      const conversation = await newConversation();
      const response = await send(conversation.id, '[[chunks:10]] [[disconnect-after:4]] 긴 답변');
      const events = parseChatStream(response.body);
      const received = events.flatMap((event) => (event.type === 'delta' ? [event.text] : []));
      expect(received).toHaveLength(4);
      expect(events.at(-1)).toMatchObject({
        type: 'error',
        code: 'upstream_interrupted',
        status: 'interrupted',
      });
      const stored = await detail(conversation.id);
      expect(stored.messages[1]).toMatchObject({
        status: 'interrupted',
        content: received.join(''),
        errorCode: 'upstream_interrupted',
      });
    });

    it('regenerates the last answer and replaces it only when the new one completes', async () => {
      const conversation = await newConversation();
      await send(conversation.id, '첫 질문');
      const before = await detail(conversation.id);
      const regenerated = await platform.app.inject({
        method: 'POST',
        url: `/api/conversations/${conversation.id}/regenerate`,
        headers: alice.headers,
        payload: { model: 'test-chat' },
      });
      expect(parseChatStream(regenerated.body).at(-1)).toMatchObject({ type: 'done', status: 'complete' });
      const after = await detail(conversation.id);
      expect(after.messages).toHaveLength(2);
      expect(after.messages[1]?.id).not.toBe(before.messages[1]?.id);
    });
  });

  // These need a platform of their own: no model at all, a dead endpoint beside nothing else, a deployment
  // cooled down by 503s, or a platform that the test shuts down.
  describe('on a platform of its own', () => {
    beforeEach(startPlatform);
    afterEach(async () => {
      await platform.dispose();
    });

    it('says when no model is registered, or the model is unknown, and saves nothing then', async () => {
      const conversation = await newConversation();
      const none = await send(conversation.id, '안녕하세요');
      expect(none.statusCode).toBe(404);
      expect(none.json()).toMatchObject({ error: { code: 'no_model_registered' } });
      await registerUpstream();
      const unknown = await send(conversation.id, '안녕하세요', 'gpt-imaginary');
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ error: { code: 'model_not_found' } });
      expect((await detail(conversation.id)).messages).toEqual([]);
    });

    it('reports an upstream that is down and keeps the question', async () => {
      await registerUpstream('http://127.0.0.1:9/v1');
      const conversation = await newConversation();
      const response = await send(conversation.id, '연결 안 되는 서버');
      const events = parseChatStream(response.body);
      expect(events.at(-1)).toMatchObject({ type: 'error', code: 'upstream_unavailable', status: 'failed' });
      const stored = await detail(conversation.id);
      expect(stored.messages.map((message) => [message.role, message.status])).toEqual([
        ['user', 'complete'],
        ['assistant', 'failed'],
      ]);
      expect(stored.messages[0]?.content).toBe('연결 안 되는 서버');
    });

    it('reports upstream HTTP errors', async () => {
      await registerUpstream();
      const conversation = await newConversation();
      const events = parseChatStream((await send(conversation.id, '[[status:503]] 과부하')).body);
      expect(events.at(-1)).toMatchObject({ type: 'error', code: 'upstream_error', status: 'failed' });
    });

    describe('over a real socket', () => {
      let baseUrl: string;
      // A client of its own: undici's Agent, not the process-wide one that Node 20's built-in fetch sets up,
      // which opens a spare socket after a cancelled body. Any open socket, spare or kept alive, holds the
      // platform's close until the client's keep-alive timer (4 s) ends it, long after the answers it waits
      // for: hence also `connection: close`.
      let client: Agent;
      beforeAll(() => {
        client = new Agent();
      });
      afterAll(async () => {
        await client.close();
      });
      beforeEach(async () => {
        baseUrl = await listenOnFreePort(platform);
      });

      const post = (conversationId: string, content: string, signal?: AbortSignal) =>
        fetch(`${baseUrl}/api/conversations/${conversationId}/messages`, {
          method: 'POST',
          headers: { ...alice.headers, 'content-type': 'application/json', connection: 'close' },
          body: JSON.stringify({ content, model: 'test-chat' }),
          dispatcher: client,
          ...(signal === undefined ? {} : { signal }),
        });

      it('stops on request: the client disconnects, the upstream call is cancelled, the partial answer stays', async () => {
        await registerUpstream();
        const conversation = await newConversation();
        const controller = new AbortController();
        const response = await post(
          conversation.id,
          '[[chunks:200]] [[chunk-delay:20]] 멈출 답변',
          controller.signal,
        );
        const events = await readChatStream(
          response,
          (_event, all) => all.filter((event) => event.type === 'delta').length >= 3,
        );
        controller.abort();
        expect(events.filter((event) => event.type === 'delta')).toHaveLength(3);
        await waitFor(async () => (await detail(conversation.id)).messages[1]?.status === 'stopped');
        const stored = await detail(conversation.id);
        expect(stored.messages[1]?.content.length).toBeGreaterThan(0);
        await waitFor(() => Promise.resolve(upstream.requests.at(-1)?.aborted === true));
      });

      it('lets a running answer finish during graceful shutdown', async () => {
        await registerUpstream();
        const conversation = await newConversation();
        const response = await post(conversation.id, '[[chunks:15]] [[chunk-delay:30]] 종료 중 답변');
        const reading = readChatStream(response);
        await waitFor(() => Promise.resolve(platform.streams.size === 1));
        await platform.close(10_000);
        const events = await reading;
        expect(events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
        expect(events.filter((event) => event.type === 'delta')).toHaveLength(15);
      });

      it('cuts answers that outlast the shutdown grace period and saves them as interrupted', async () => {
        await registerUpstream();
        const conversation = await newConversation();
        const response = await post(conversation.id, '[[chunks:500]] [[chunk-delay:20]] 아주 긴 답변');
        const reading = readChatStream(response);
        await waitFor(() => Promise.resolve(platform.streams.size === 1));
        const conversationId = conversation.id;
        const messagesBefore = await detail(conversationId);
        expect(messagesBefore.messages[1]?.status).toBe('streaming');
        const closing = platform.close(200);
        const events = await reading;
        await closing;
        expect(events.at(-1)).toMatchObject({ type: 'error', status: 'interrupted' });
      });
    });
  });
});
