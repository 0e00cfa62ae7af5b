import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ConversationDetail,
  ConversationSummary,
  ErrorBody,
  ExtractedAttachment,
} from '@jumugwan/contracts';
import { parseChatStream } from '../../../test/chat-stream-reader.js';
import { registerTestModels } from '../../../test/register-test-models.js';
import {
  createTestPlatform,
  databaseTargets,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../../test/upstream/index.js';
import { multipartBody as multipart, multipartContentType } from '../../../test/multipart-body.js';
import { docxOf, pdfOf, sharedDocument, sharedFixturesPresent } from './attachment-fixtures.js';

const secret = '내부검토표식ZK42';

describe.each(databaseTargets)('chat attachments (%s)', (target) => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let staff: SignedInClient;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['inside-chat', 'outside-chat'] });
  });
  afterAll(async () => {
    await upstream.close();
  });
  // Every test works in a conversation of its own (or the tab-only chat) and reads only what it sent, so the
  // tests share one platform.
  beforeAll(async () => {
    platform = await createTestPlatform({ target });
    await registerTestModels(platform, upstream.url);
    staff = await signInThroughPortal(platform, {
      employeeNumber: 'F100',
      name: '박첨부',
      departmentCode: null,
    });
  });
  afterAll(async () => {
    await platform.dispose();
  });

  const upload = (parts: readonly { fileName?: string; bytes: Buffer }[], client: SignedInClient = staff) =>
    platform.app.inject({
      method: 'POST',
      url: '/api/chat/attachments',
      headers: { ...client.headers, 'content-type': multipartContentType },
      payload: multipart(parts),
    });

  const extracted = async (fileName: string, bytes: Buffer) => {
    const response = await upload([{ fileName, bytes }]);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ExtractedAttachment>();
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

  const detail = async (id: string) =>
    (
      await platform.app.inject({ method: 'GET', url: `/api/conversations/${id}`, headers: staff.headers })
    ).json<ConversationDetail>();

  const send = (id: string, payload: Record<string, unknown>) =>
    platform.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/messages`,
      headers: staff.headers,
      payload,
    });

  const lastUpstreamMessages = () =>
    (upstream.requests.at(-1)?.body as { messages: { role: string; content: string }[] }).messages;

  it('extracts the text of each supported format and stores nothing', async () => {
    expect(await extracted('메모.txt', Buffer.from('출장 보고\n둘째 줄'))).toEqual({
      name: '메모.txt',
      characters: '출장 보고\n둘째 줄'.length,
      text: '출장 보고\n둘째 줄',
    });
    expect((await extracted('안내.md', Buffer.from('# 안내'))).text).toBe('# 안내');
    expect((await extracted('보고.docx', await docxOf(['문단 하나']))).text).toContain('문단 하나');
    expect((await extracted('memo.pdf', pdfOf(['Budget 2025']))).text).toBe('Budget 2025');
    if (sharedFixturesPresent) {
      expect((await extracted('공고.hwp', sharedDocument('hwp/distribution.hwp'))).text).toContain(
        '입찰공고',
      );
      expect((await extracted('표.hwpx', sharedDocument('hwpx/SimpleTable.hwpx'))).text).toContain('<table>');
    } else {
      console.warn('../shared/fixtures not found: HWP/HWPX upload checks skipped');
    }
  });

  it('refuses oversized, unsupported, broken and malformed uploads with stable codes', async () => {
    const justOver = await upload([{ fileName: '큰.txt', bytes: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61) }]);
    expect(justOver.statusCode).toBe(413);
    expect(justOver.json<ErrorBody>().error.code).toBe('payload_too_large');
    expect(justOver.json<ErrorBody>().error.message).toContain('10MB');
    const farOver = await upload([{ fileName: '더큰.txt', bytes: Buffer.alloc(11 * 1024 * 1024, 0x61) }]);
    expect(farOver.statusCode).toBe(413);
    expect(farOver.json<ErrorBody>().error).toMatchObject({
      code: 'payload_too_large',
      message: justOver.json<ErrorBody>().error.message,
    });

    const image = await upload([{ fileName: '사진.png', bytes: Buffer.from('png') }]);
    expect(image.statusCode).toBe(415);
    expect(image.json()).toMatchObject({
      error: { code: 'validation_failed', details: { reason: 'unsupported_format' } },
    });
    const broken = await upload([{ fileName: '깨진.docx', bytes: Buffer.from('not a zip') }]);
    expect(broken.statusCode).toBe(422);
    expect(broken.json<ErrorBody>().error.code).toBe('validation_failed');
    expect(broken.json<ErrorBody>().error.message).toContain('DOCX');

    const none = await upload([{ bytes: Buffer.from('필드만') }]);
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ error: { message: '첨부할 파일이 없습니다.' } });
    const two = await upload([
      { fileName: 'a.txt', bytes: Buffer.from('a') },
      { fileName: 'b.txt', bytes: Buffer.from('b') },
    ]);
    expect(two.statusCode).toBe(400);
    const json = await platform.app.inject({
      method: 'POST',
      url: '/api/chat/attachments',
      headers: staff.headers,
      payload: { text: '파일 아님' },
    });
    expect(json.statusCode).toBe(415);
    const anonymous = await platform.app.inject({
      method: 'POST',
      url: '/api/chat/attachments',
      headers: { 'content-type': multipartContentType },
      payload: multipart([{ fileName: 'a.txt', bytes: Buffer.from('a') }]),
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('keeps a file marked internal away from external models, and saves nothing when refused', async () => {
    const conversation = await newConversation();
    const attachment = { name: '검토.txt', text: `${secret} 내부 검토 의견`, internal: true };
    const refused = await send(conversation.id, {
      content: '요약해 줘',
      model: 'outside-chat',
      attachments: [attachment],
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'internal_only' } });
    const untouched = await detail(conversation.id);
    expect(untouched.messages).toEqual([]);
    expect(untouched.sensitivity).toBe('normal');

    const requestsBefore = upstream.requests.length;
    const answered = await send(conversation.id, {
      content: '요약해 줘',
      model: 'inside-chat',
      attachments: [attachment],
    });
    expect(answered.statusCode).toBe(200);
    expect(parseChatStream(answered.body).at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect(upstream.requests.length).toBe(requestsBefore + 1);
    const question = lastUpstreamMessages().at(-1);
    expect(question).toEqual({
      role: 'user',
      content: `요약해 줘\n\n[첨부 파일: 검토.txt]\n${secret} 내부 검토 의견\n[첨부 끝]`,
    });

    const stored = await detail(conversation.id);
    expect(stored.sensitivity).toBe('internal');
    expect(stored.title).toBe('요약해 줘');
    expect(stored.messages[0]?.content).toBe(question?.content);

    // The file's text stays in the history, and the conversation stays with on-prem models.
    const later = await send(conversation.id, { content: '더 짧게', model: 'outside-chat' });
    expect(later.statusCode).toBe(403);
    expect(later.json()).toMatchObject({ error: { code: 'internal_only' } });
    await send(conversation.id, { content: '더 짧게', model: 'inside-chat' });
    expect(lastUpstreamMessages()[0]?.content).toContain(secret);
  });

  it('lets a file not marked internal go to an external model, titled by its name without a question', async () => {
    const conversation = await newConversation();
    const response = await send(conversation.id, {
      content: '',
      model: 'outside-chat',
      attachments: [{ name: '공개 안내문.md', text: '누리집 공지 초안', internal: false }],
    });
    expect(response.statusCode).toBe(200);
    expect(lastUpstreamMessages().at(-1)?.content).toBe(
      '[첨부 파일: 공개 안내문.md]\n누리집 공지 초안\n[첨부 끝]',
    );
    const stored = await detail(conversation.id);
    expect(stored.sensitivity).toBe('normal');
    expect(stored.title).toBe('공개 안내문.md');

    const empty = await send(conversation.id, { content: '  ', model: 'outside-chat' });
    expect(empty.statusCode).toBe(400);
    const tooLong = await send(conversation.id, {
      content: '질문',
      model: 'inside-chat',
      attachments: [{ name: 'a.txt', text: 'x'.repeat(200_001), internal: false }],
    });
    expect(tooLong.statusCode).toBe(400);
  });

  it('accepts five files of 200,000 Korean characters in one question', async () => {
    const conversation = await newConversation();
    const attachments = Array.from({ length: 5 }, (_, index) => ({
      name: `${String(index)}.txt`,
      text: '가'.repeat(200_000),
      internal: false,
    }));
    const response = await send(conversation.id, { content: '분량 확인', model: 'inside-chat', attachments });
    expect(response.statusCode).toBe(200);
    expect((await detail(conversation.id)).messages[0]?.content.length).toBeGreaterThan(1_000_000);
  });

  it('composes files into the last question of the tab-only chat and answers it as internal', async () => {
    const payload = {
      messages: [
        { role: 'user', content: '첫 질문' },
        { role: 'assistant', content: '첫 답변' },
        { role: 'user', content: '이 파일 요약' },
      ],
      attachments: [{ name: '메모.txt', text: secret, internal: true }],
    };
    const refused = await platform.app.inject({
      method: 'POST',
      url: '/api/chat/ephemeral',
      headers: staff.headers,
      payload: { ...payload, model: 'outside-chat' },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: 'internal_only' } });

    const answered = await platform.app.inject({
      method: 'POST',
      url: '/api/chat/ephemeral',
      headers: staff.headers,
      payload: { ...payload, model: 'inside-chat' },
    });
    expect(answered.statusCode).toBe(200);
    expect(parseChatStream(answered.body).at(-1)).toMatchObject({ type: 'done', status: 'complete' });
    expect(lastUpstreamMessages().at(-1)?.content).toBe(
      `이 파일 요약\n\n[첨부 파일: 메모.txt]\n${secret}\n[첨부 끝]`,
    );
  });
});
