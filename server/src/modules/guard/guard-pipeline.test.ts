import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationDetail, ConversationSummary } from '@jumugwan/contracts';
import { parseChatStream } from '../../test/chat-stream-reader.js';
import { openAiClientFor } from '../../test/open-ai-client-for.js';
import { registerTestModels } from '../../test/register-test-models.js';
import { setGuardPolicy } from '../../test/set-guard-policy.js';
import {
  createTestPlatform,
  databaseTargets,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';

const residentNumber = '900101-1234567';
const mobile = '010-2345-6789';
const question = `민원인 주민번호는 ${residentNumber}이고 연락처는 ${mobile}입니다. 답변서를 써 주세요.`;

interface UpstreamChatBody {
  messages: { role: string; content: string }[];
}

function sentMessages(upstream: TestUpstream): string {
  const body = upstream.requests.at(-1)?.body as UpstreamChatBody | undefined;
  return (body?.messages ?? []).map((message) => message.content).join('\n');
}

describe.each(databaseTargets)('guard in the model pipeline (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let admin: SignedInClient;
  let staff: SignedInClient;

  beforeAll(async () => {
    // Echoes what it received, so a test sees both the masked request and the restored answer.
    upstream = await startTestUpstream({
      models: ['inside-chat', 'outside-chat'],
      reply: (_request, context) =>
        context.lastUserText.startsWith('출력 시험')
          ? '앞부분은 보여도 됩니다. 극비사항 뒤는 안 됩니다.'
          : `받은 내용: ${context.lastUserText}`,
    });
  });
  afterAll(async () => {
    await upstream.close();
  });
  const startPlatform = async () => {
    platform = await createTestPlatform({ target });
    await registerTestModels(platform, upstream.url);
    admin = await signInAsAdmin(platform);
    staff = await signInThroughPortal(platform, {
      employeeNumber: 'S100',
      name: '박주무',
      departmentCode: null,
    });
  };

  const addWords = async (action: 'block' | 'warn', words: string[], name = `${action} 목록`) => {
    const response = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/guard/banned-words',
      headers: admin.headers,
      payload: { name, action, enabled: true, words },
    });
    expect(response.statusCode).toBe(201);
  };

  const newConversation = async () =>
    (
      await platform.app.inject({
        method: 'POST',
        url: '/api/conversations',
        headers: staff.headers,
        payload: {},
      })
    ).json<ConversationSummary>();

  const send = (conversationId: string, content: string, model: string) =>
    platform.app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/messages`,
      headers: staff.headers,
      payload: { content, model },
    });

  const detail = async (conversationId: string) =>
    (
      await platform.app.inject({
        method: 'GET',
        url: `/api/conversations/${conversationId}`,
        headers: staff.headers,
      })
    ).json<ConversationDetail>();

  // Under the default policy, each in a conversation of its own: one shared platform. Only the /v1 test adds a
  // 금칙어, which none of the others' texts contain.
  describe('on a shared platform', () => {
    beforeAll(startPlatform);
    afterAll(async () => {
      await platform.dispose();
    });
    beforeEach(() => {
      upstream.reset();
    });

    it('masks PII for an outside model and restores the answer, even split into tiny chunks', async () => {
      const conversation = await newConversation();
      const response = await send(conversation.id, `${question}[[split:3]]`, 'outside-chat');
      expect(response.statusCode).toBe(200);
      const sent = sentMessages(upstream);
      expect(sent).not.toContain(residentNumber);
      expect(sent).not.toContain(mobile);
      expect(sent).toContain('[주민등록번호_1]');
      expect(sent).toContain('[휴대전화번호_1]');

      const events = parseChatStream(response.body);
      const answer = events.flatMap((event) => (event.type === 'delta' ? [event.text] : [])).join('');
      expect(answer).toBe(`받은 내용: ${question}`);
      expect(events.find((event) => event.type === 'guard')).toMatchObject({
        notices: [{ kind: 'masked' }],
      });
      const stored = await detail(conversation.id);
      expect(stored.messages[1]?.content).toBe(answer);
      expect(stored.messages[1]?.guardNotices[0]).toMatchObject({ kind: 'masked' });

      // The same values get the same placeholders on the next turn (the history is masked again).
      await send(conversation.id, `다시 ${residentNumber} 확인`, 'outside-chat');
      const again = sentMessages(upstream);
      expect(again.match(/\[주민등록번호_1\]/g)?.length).toBeGreaterThanOrEqual(3);
      expect(again).not.toContain('[주민등록번호_2]');
    });

    it('sends PII as is to an on-prem model under the default policy', async () => {
      const conversation = await newConversation();
      expect((await send(conversation.id, question, 'inside-chat')).statusCode).toBe(200);
      expect(sentMessages(upstream)).toContain(residentNumber);
    });

    it('guards /v1 the same way, for JSON and for streams', async () => {
      const client = await openAiClientFor(platform, admin, '민원 챗봇');

      const completion = await client.chat.completions.create({
        model: 'outside-chat',
        messages: [{ role: 'user', content: question }],
      });
      expect(sentMessages(upstream)).not.toContain(residentNumber);
      expect(completion.choices[0]?.message.content).toBe(`받은 내용: ${question}`);

      const stream = await client.chat.completions.create({
        model: 'outside-chat',
        messages: [{ role: 'user', content: `${question}[[split:2]]` }],
        stream: true,
      });
      let streamed = '';
      for await (const chunk of stream) streamed += chunk.choices[0]?.delta.content ?? '';
      expect(sentMessages(upstream)).not.toContain(mobile);
      expect(streamed).toBe(`받은 내용: ${question}`);

      await addWords('block', ['비밀문서']);
      await expect(
        client.chat.completions.create({
          model: 'inside-chat',
          messages: [{ role: 'user', content: '비밀문서를 보여줘' }],
        }),
      ).rejects.toMatchObject({ status: 400, code: 'banned_word' });
    });
  });

  // These change the policy or add a 'block 목록' of their own (a second list of that name is refused).
  describe('on a platform of its own', () => {
    beforeEach(async () => {
      await startPlatform();
      upstream.reset();
    });
    afterEach(async () => {
      await platform.dispose();
    });

    it('blocks PII for outside models under "block", saves nothing, and keeps such a conversation internal', async () => {
      await setGuardPolicy(platform, admin, { piiActionExternal: 'block' });
      const conversation = await newConversation();
      const refused = await send(conversation.id, question, 'outside-chat');
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ error: { code: 'pii_blocked' } });
      expect(refused.json<{ error: { message: string } }>().error.message).toContain('주민등록번호');
      expect(refused.body).not.toContain(residentNumber);
      expect(upstream.requests).toHaveLength(0);
      expect((await detail(conversation.id)).messages).toHaveLength(0);

      // An on-prem model may answer; the conversation is internal from then on.
      expect((await send(conversation.id, question, 'inside-chat')).statusCode).toBe(200);
      const stored = await detail(conversation.id);
      expect(stored.sensitivity).toBe('internal');
      const outside = await send(conversation.id, '요약해 주세요', 'outside-chat');
      expect(outside.statusCode).toBe(403);
      expect(outside.json()).toMatchObject({ error: { code: 'internal_only' } });
    });

    it('refuses a blocking 금칙어 written with spacing tricks, warns on a warning word', async () => {
      await addWords('block', ['비밀문서']);
      await addWords('warn', ['확정안']);
      const conversation = await newConversation();
      const refused = await send(conversation.id, '이 비 밀.문\u200b서 내용을 요약해 줘', 'inside-chat');
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ error: { code: 'banned_word' } });
      expect(upstream.requests).toHaveLength(0);
      expect((await detail(conversation.id)).messages).toHaveLength(0);

      const warned = await send(conversation.id, '확정안 초안을 다듬어 줘', 'inside-chat');
      expect(warned.statusCode).toBe(200);
      expect(parseChatStream(warned.body).find((event) => event.type === 'guard')).toMatchObject({
        notices: [{ kind: 'warned', where: 'input' }],
      });
    });

    it('cuts a streamed answer before a blocking 금칙어 in the output', async () => {
      await addWords('block', ['극비사항']);
      const conversation = await newConversation();
      // The question is clean; only the model's answer carries the word.
      const response = await send(conversation.id, '출력 시험입니다[[split:2]]', 'inside-chat');
      expect(response.statusCode).toBe(200);
      const events = parseChatStream(response.body);
      const answer = events.flatMap((event) => (event.type === 'delta' ? [event.text] : [])).join('');
      expect(answer).not.toContain('극비');
      expect(answer.startsWith('앞부분은 보여도')).toBe(true);
      expect(
        events.some((event) => event.type === 'guard' && event.notices[0]?.kind === 'output-blocked'),
      ).toBe(true);
      expect(events.at(-1)).toMatchObject({ type: 'done', status: 'complete' });
      expect((await detail(conversation.id)).messages[1]?.content).not.toContain('극비');
    });
  });
});
