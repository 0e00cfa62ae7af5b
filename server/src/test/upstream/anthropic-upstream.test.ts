import { readFileSync } from 'node:fs';
import { ServerSentEventDecoder, type ServerSentEvent } from '@jumugwan/contracts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startAnthropicUpstream, type AnthropicUpstream } from './anthropic-upstream.js';

const apiKey = 'sk-ant-upstream-test';
const model = 'claude-sonnet-4-20250514';
const anthropicHeaders = { 'x-api-key': apiKey, 'anthropic-version': '2023-06-01' };

const errorSchema = z.object({
  type: z.literal('error'),
  error: z.object({ type: z.string(), message: z.string() }),
  request_id: z.string(),
});

const messageSchema = z.object({
  id: z.string(),
  type: z.literal('message'),
  role: z.literal('assistant'),
  model: z.string(),
  content: z.array(z.looseObject({ type: z.string() })),
  stop_reason: z.string(),
  stop_sequence: z.string().nullable(),
  usage: z.looseObject({ input_tokens: z.number(), output_tokens: z.number() }),
});

const fixtureEventsSchema = z.array(
  z.object({ event: z.string(), data: z.looseObject({ type: z.string() }) }),
);

function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/anthropic/${name}`, import.meta.url), 'utf8'));
}

async function readEvents(response: Response): Promise<{ events: ServerSentEvent[]; error: unknown }> {
  const decoder = new ServerSentEventDecoder();
  const events: ServerSentEvent[] = [];
  if (!response.body) throw new Error('response has no body');
  try {
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      events.push(...decoder.push(z.instanceof(Uint8Array).parse(read.value)));
    }
    events.push(...decoder.finish());
  } catch (error: unknown) {
    return { events, error };
  }
  return { events, error: undefined };
}

function eventData(event: ServerSentEvent): Record<string, unknown> {
  return z.record(z.string(), z.unknown()).parse(JSON.parse(event.data));
}

describe('Anthropic test upstream', () => {
  let upstream: AnthropicUpstream;

  function post(body: Record<string, unknown>, headers: Record<string, string> = anthropicHeaders) {
    return fetch(`${upstream.url}/messages`, { method: 'POST', headers, body: JSON.stringify(body) });
  }

  function ask(text: string, extra: Record<string, unknown> = {}) {
    return post({ model, max_tokens: 1024, messages: [{ role: 'user', content: text }], ...extra });
  }

  async function expectError(response: Response, status: number, type: string, message: string) {
    expect(response.status).toBe(status);
    const body = errorSchema.parse(await response.json());
    expect(body.error).toEqual({ type, message });
    expect(body.request_id).toBe(response.headers.get('request-id'));
  }

  beforeAll(async () => {
    upstream = await startAnthropicUpstream({ apiKey });
  });
  afterAll(async () => {
    await upstream.close();
  });
  beforeEach(() => {
    upstream.reset();
  });

  it('listens on a random port with a /v1 base URL', () => {
    expect(upstream.url).toBe(`http://127.0.0.1:${upstream.port}/v1`);
  });

  describe('validation', () => {
    it('checks the API key, then the version header', async () => {
      await expectError(
        await post(
          { model, max_tokens: 10, messages: [{ role: 'user', content: '안녕' }] },
          { 'anthropic-version': '2023-06-01' },
        ),
        401,
        'authentication_error',
        'x-api-key header is required',
      );
      await expectError(
        await fetch(`${upstream.url}/models`, { headers: { ...anthropicHeaders, 'x-api-key': 'wrong' } }),
        401,
        'authentication_error',
        'invalid x-api-key',
      );
      await expectError(
        await post({ model, max_tokens: 10, messages: [] }, { 'x-api-key': apiKey }),
        400,
        'invalid_request_error',
        'anthropic-version: header is required',
      );
    });

    it('requires max_tokens, a known model and non-empty messages', async () => {
      await expectError(
        await post({ model, messages: [{ role: 'user', content: '안녕' }] }),
        400,
        'invalid_request_error',
        'max_tokens: Field required',
      );
      await expectError(
        await ask('안녕', { model: 'claude-unknown' }),
        404,
        'not_found_error',
        'model: claude-unknown',
      );
      const systemRole = await post({
        model,
        max_tokens: 10,
        messages: [{ role: 'system', content: '규칙' }],
      });
      expect(systemRole.status).toBe(400);
      const badJson = await fetch(`${upstream.url}/messages`, {
        method: 'POST',
        headers: anthropicHeaders,
        body: '{"model":',
      });
      expect(badJson.status).toBe(400);
      expect(upstream.requests.at(-1)?.rawBody).toBe('{"model":');
    });

    it('rejects roles that do not alternate', async () => {
      const response = await post({
        model,
        max_tokens: 10,
        messages: [
          { role: 'user', content: '하나' },
          { role: 'user', content: '둘' },
        ],
      });
      await expectError(
        response,
        400,
        'invalid_request_error',
        'messages: roles must alternate between "user" and "assistant", but found multiple "user" roles in a row',
      );
    });

    it('pairs tool_use and tool_result blocks across turns', async () => {
      const toolUse = { type: 'tool_use', id: 'toolu_1', name: 'get_weather', input: {} };
      const tools = [{ name: 'get_weather', input_schema: { type: 'object' } }];
      const orphanResult = await post({
        model,
        max_tokens: 10,
        tools,
        messages: [
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_x', content: '맑음' }] },
        ],
      });
      expect(orphanResult.status).toBe(400);
      expect(errorSchema.parse(await orphanResult.json()).error.message).toContain('toolu_x');

      const missingResult = await post({
        model,
        max_tokens: 10,
        tools,
        messages: [
          { role: 'user', content: '날씨' },
          { role: 'assistant', content: [toolUse] },
          { role: 'user', content: '대답은?' },
        ],
      });
      expect(missingResult.status).toBe(400);
      expect(errorSchema.parse(await missingResult.json()).error.message).toContain('toolu_1');

      const paired = await post({
        model,
        max_tokens: 10,
        tools,
        messages: [
          { role: 'user', content: '날씨' },
          { role: 'assistant', content: [toolUse] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: '맑음' }] },
        ],
      });
      expect(paired.status).toBe(200);
    });
  });

  describe('replies', () => {
    it('replays the text fixture with the echo, the request model and a deterministic usage', async () => {
      const response = await ask('안녕하세요', { system: '시스템' });
      expect(response.status).toBe(200);
      expect(response.headers.get('request-id')).toMatch(/^req_test_/);
      const message = messageSchema.parse(await response.json());
      const fixture = messageSchema.parse(readFixture('message-text.json'));
      expect(message.content).toEqual([{ type: 'text', text: '"안녕하세요"에 대한 답변입니다.' }]);
      expect(message.stop_reason).toBe('end_turn');
      expect(message.model).toBe(model);
      // ceil(3 / 2) for the system text + 4 + ceil(5 / 2) for the message; one output token per word.
      expect(message.usage).toEqual({ ...fixture.usage, input_tokens: 9, output_tokens: 3 });
      expect(upstream.requests[0]?.body).toMatchObject({ system: '시스템', max_tokens: 1024 });
    });

    it('replays the tool_use fixture for requests with tools, named after the offered tool', async () => {
      const tools = [{ name: 'lookup_law', input_schema: { type: 'object' } }];
      const message = messageSchema.parse(await (await ask('법령', { tools })).json());
      const fixture = messageSchema.parse(readFixture('message-tool-use.json'));
      expect(message.stop_reason).toBe('tool_use');
      expect(message.content[0]).toEqual(fixture.content[0]);
      expect(message.content[1]).toEqual({ ...fixture.content[1], name: 'lookup_law' });
    });

    it('streams the text fixture event by event with the echo as text deltas', async () => {
      const response = await ask('스트리밍 테스트', { stream: true });
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const { events, error } = await readEvents(response);
      expect(error).toBeUndefined();
      expect(events.map((event) => event.event)).toEqual([
        'message_start',
        'content_block_start',
        'ping',
        'content_block_delta',
        'content_block_delta',
        'content_block_delta',
        'content_block_delta',
        'content_block_stop',
        'message_delta',
        'message_stop',
      ]);
      for (const event of events) expect(eventData(event).type).toBe(event.event);
      const texts = events
        .filter((event) => event.event === 'content_block_delta')
        .map(
          (event) => z.object({ delta: z.object({ text: z.string() }) }).parse(eventData(event)).delta.text,
        );
      expect(texts).toEqual(['"스트리밍 ', '테스트"에 ', '대한 ', '답변입니다.']);
    });

    it('streams the tool_use fixture with its input_json_delta fragments unchanged', async () => {
      const tools = [{ name: 'get_weather', input_schema: { type: 'object' } }];
      const { events } = await readEvents(await ask('날씨', { tools, stream: true }));
      const fixture = fixtureEventsSchema.parse(readFixture('stream-tool-use.json'));
      expect(events.map((event) => event.event)).toEqual(fixture.map((event) => event.event));
      const fragments = (list: { event: string; data: string }[]) =>
        list.filter((event) => event.data.includes('input_json_delta'));
      expect(fragments(events).map((event) => eventData(event))).toEqual(
        fragments(fixture.map((event) => ({ event: event.event, data: JSON.stringify(event.data) }))).map(
          (event) => eventData(event),
        ),
      );
    });

    it('cuts at stop sequences and at max_tokens like the real model', async () => {
      const stopped = messageSchema.parse(await (await ask('멈춤', { stop_sequences: ['에 대한'] })).json());
      expect(stopped).toMatchObject({ stop_reason: 'stop_sequence', stop_sequence: '에 대한' });
      expect(stopped.content).toEqual([{ type: 'text', text: '"멈춤"' }]);

      const truncated = messageSchema.parse(await (await ask('아주 길게 답해', { max_tokens: 1 })).json());
      expect(truncated).toMatchObject({ stop_reason: 'max_tokens', usage: { output_tokens: 1 } });
      expect(truncated.content).toEqual([{ type: 'text', text: '"아주 ' }]);
    });
  });

  describe('scenario directives', () => {
    it('[[status:529]] answers with the recorded overloaded error', async () => {
      const response = await ask('[[status:529]]', { stream: true });
      expect(response.status).toBe(529);
      const { request_id: _requestId, ...fixture } = errorSchema.parse(readFixture('error-overloaded.json'));
      expect(await response.json()).toMatchObject(fixture);
    });

    it('[[status:429]] sends rate_limit_error with retry-after', async () => {
      const response = await ask('[[status:429]]');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('15');
      expect(errorSchema.parse(await response.json()).error.type).toBe('rate_limit_error');
    });

    it('[[disconnect-after:N]] cuts the stream after N events, not counted as a client abort', async () => {
      const { events, error } = await readEvents(await ask('[[disconnect-after:3]]', { stream: true }));
      expect(events.map((event) => event.event)).toEqual(['message_start', 'content_block_start', 'ping']);
      expect(error).toBeInstanceOf(Error);
      expect(upstream.requests[0]?.aborted).toBe(false);
      await expect(ask('[[disconnect-after:0]]')).rejects.toThrow();
    });

    it('[[error-after:N]] sends an error event after N events and ends the stream', async () => {
      const { events, error } = await readEvents(await ask('[[error-after:2]]', { stream: true }));
      expect(error).toBeUndefined();
      expect(events.map((event) => event.event)).toEqual(['message_start', 'content_block_start', 'error']);
      expect(eventData(events[2] ?? { event: '', data: '{}' })).toEqual({
        type: 'error',
        error: { type: 'overloaded_error', message: 'Overloaded' },
      });
    });

    it('[[delay:MS]] waits before answering and is stripped from the echo', async () => {
      const startedAt = performance.now();
      const message = messageSchema.parse(await (await ask('늦게 [[delay:150]] 답하기')).json());
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(140);
      expect(message.content).toEqual([{ type: 'text', text: '"늦게 답하기"에 대한 답변입니다.' }]);
    });

    it('[[cache-read:N]] and [[cache-write:N]] set the cache usage fields', async () => {
      const message = messageSchema.parse(
        await (await ask('[[cache-read:50]][[cache-write:7]] 캐시')).json(),
      );
      expect(message.usage).toMatchObject({ cache_read_input_tokens: 50, cache_creation_input_tokens: 7 });
    });
  });

  describe('models', () => {
    it('pages with limit and after_id and serves single models', async () => {
      const first = z
        .object({
          data: z.array(
            z.object({
              type: z.literal('model'),
              id: z.string(),
              display_name: z.string(),
              created_at: z.string(),
            }),
          ),
          has_more: z.boolean(),
          first_id: z.string().nullable(),
          last_id: z.string().nullable(),
        })
        .parse(await (await fetch(`${upstream.url}/models?limit=1`, { headers: anthropicHeaders })).json());
      expect(first.data).toEqual([
        { type: 'model', id: model, display_name: 'Claude Sonnet 4', created_at: '2025-05-22T00:00:00Z' },
      ]);
      expect(first).toMatchObject({ has_more: true, first_id: model, last_id: model });

      const second = await fetch(`${upstream.url}/models?limit=1&after_id=${model}`, {
        headers: anthropicHeaders,
      });
      expect(await second.json()).toMatchObject({
        data: [{ id: 'claude-3-5-haiku-20241022', display_name: 'Claude 3.5 Haiku' }],
        has_more: false,
      });

      const single = await fetch(`${upstream.url}/models/${model}`, { headers: anthropicHeaders });
      expect(await single.json()).toMatchObject({ id: model, type: 'model' });
      await expectError(
        await fetch(`${upstream.url}/models/claude-unknown`, { headers: anthropicHeaders }),
        404,
        'not_found_error',
        'model: claude-unknown',
      );
    });
  });
});
