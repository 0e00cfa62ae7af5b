import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseChatStream } from '../../test/chat-stream-reader.js';
import { createTestPlatform, signInThroughPortal, type TestPlatform } from '../../test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../../test/upstream/index.js';

describe('structured logs', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  const lines: string[] = [];

  beforeAll(async () => {
    upstream = await startTestUpstream();
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) =>
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter((line) => line !== ''),
      ),
    );
    platform = await createTestPlatform({ logStream: stream, environment: { LOG_LEVEL: 'debug' } });
    await platform.models.createEndpoint({
      name: 'llm',
      baseUrl: upstream.url,
      apiKey: 'sk-secret-provider-key',
      modelIds: ['test-chat'],
      location: 'internal',
    });
  });
  afterAll(async () => {
    await platform.dispose();
    await upstream.close();
  });

  it('are JSON and carry no message content, cookies or keys', async () => {
    const client = await signInThroughPortal(platform, {
      employeeNumber: 'L1',
      name: '로그확인',
      departmentCode: null,
    });
    const conversation = await platform.app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: client.headers,
      payload: {},
    });
    const id = conversation.json<{ id: string }>().id;
    const secretQuestion = '민원인 홍길동의 주민번호 900101-1234567 건 답변 초안';
    const response = await platform.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/messages`,
      headers: client.headers,
      payload: { content: secretQuestion, model: 'test-chat' },
    });
    const answer = parseChatStream(response.body)
      .flatMap((event) => (event.type === 'delta' ? [event.text] : []))
      .join('');
    expect(answer).toContain('900101-1234567');
    await platform.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/messages`,
      headers: client.headers,
      payload: '{bad',
    });

    await expect.poll(() => lines.some((line) => line.includes('stream completed'))).toBe(true);
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
    // One line per request: a streamed reply is logged when it closes, not a second time on finish.
    const completed = lines
      .map((line) => JSON.parse(line) as { reqId?: string; msg?: string })
      .filter((entry) => entry.msg === 'request completed' || entry.msg === 'stream completed')
      .map((entry) => entry.reqId);
    expect(completed.length).toBeGreaterThanOrEqual(4);
    expect(new Set(completed).size).toBe(completed.length);
    const everything = lines.join('\n');
    expect(everything).toContain('/api/conversations');
    for (const secret of [
      '900101-1234567',
      '홍길동',
      answer.slice(0, 30),
      client.cookie.split('=')[1] ?? '?',
      client.csrfToken,
      'sk-secret-provider-key',
    ]) {
      expect(everything).not.toContain(secret);
    }
  });
});
