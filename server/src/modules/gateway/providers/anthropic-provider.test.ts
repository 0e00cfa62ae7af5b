import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../../platform/app-error.js';
import { Egress } from '../../../platform/egress.js';
import { startAnthropicUpstream, type AnthropicUpstream } from '../../../test/upstream/anthropic-upstream.js';
import type { ProviderChatRequest, ProviderSettings, ProviderStreamPart } from '../provider-spec.js';
import { AnthropicProvider } from './anthropic-provider.js';

const apiKey = 'sk-ant-test-key';
const model = 'claude-sonnet-4-20250514';

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a location',
    parameters: {
      type: 'object',
      properties: { location: { type: 'string' }, unit: { type: 'string', enum: ['celsius', 'fahrenheit'] } },
      required: ['location'],
    },
  },
};

// What the adapter sent, read back from the upstream's record.
const sentBodySchema = z.looseObject({
  model: z.string(),
  system: z.string().optional(),
  max_tokens: z.number(),
  messages: z.array(z.object({ role: z.string(), content: z.array(z.looseObject({ type: z.string() })) })),
  stream: z.boolean().optional(),
  tools: z.array(z.unknown()).optional(),
  tool_choice: z.unknown().optional(),
});

// The raw Anthropic usage, to check the adapter's mapping against what the wire carried.
const rawUsageSchema = z.object({
  usage: z.object({
    input_tokens: z.number(),
    output_tokens: z.number(),
    cache_creation_input_tokens: z.number(),
    cache_read_input_tokens: z.number(),
  }),
});

async function collect(stream: AsyncIterable<ProviderStreamPart[]>): Promise<ProviderStreamPart[]> {
  const parts: ProviderStreamPart[] = [];
  for await (const batch of stream) parts.push(...batch);
  return parts;
}

function streamedText(parts: ProviderStreamPart[]): string {
  return parts.map((part) => (part.type === 'text-delta' ? part.text : '')).join('');
}

async function caughtAppError(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError, but the call succeeded');
}

function ask(text: string, extra: Partial<ProviderChatRequest> = {}): ProviderChatRequest {
  return { model, messages: [{ role: 'user', content: text }], ...extra };
}

describe('AnthropicProvider', () => {
  let upstream: AnthropicUpstream;
  let egress: Egress;
  let provider: AnthropicProvider;

  function providerFor(settings: Partial<ProviderSettings>): AnthropicProvider {
    return new AnthropicProvider(egress, {
      name: 'Claude',
      baseUrl: upstream.url,
      apiKey,
      timeoutMs: 10_000,
      ...settings,
    });
  }

  function sentBody(index = 0): z.infer<typeof sentBodySchema> {
    return sentBodySchema.parse(upstream.requests[index]?.body);
  }

  /** Replays a recorded request with fetch to see the usage exactly as Anthropic's wire format has it. */
  async function rawUsage(index: number): Promise<z.infer<typeof rawUsageSchema>['usage']> {
    const recorded = upstream.requests[index];
    const response = await fetch(`${upstream.url}/messages`, {
      method: 'POST',
      headers: { 'x-api-key': apiKey, 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ ...sentBodySchema.parse(recorded?.body), stream: false }),
    });
    return rawUsageSchema.parse(await response.json()).usage;
  }

  beforeAll(async () => {
    upstream = await startAnthropicUpstream({ apiKey });
    egress = new Egress();
    provider = providerFor({});
  });
  afterAll(async () => {
    await egress.close();
    await upstream.close();
  });
  beforeEach(() => {
    upstream.reset();
  });

  it('sends the Anthropic headers and puts every system message in the top-level system field', async () => {
    const result = await provider.chat({
      model,
      messages: [
        { role: 'system', content: '당신은 행정 업무 도우미입니다.' },
        { role: 'user', content: '보고서 양식을 알려 주세요' },
        { role: 'system', content: '존댓말로 답하세요.' },
      ],
    });

    expect(result.text).toBe('"보고서 양식을 알려 주세요"에 대한 답변입니다.');
    expect(result.finishReason).toBe('stop');
    const recorded = upstream.requests[0];
    expect(recorded?.method).toBe('POST');
    expect(recorded?.path).toBe('/v1/messages');
    expect(recorded?.headers['x-api-key']).toBe(apiKey);
    expect(recorded?.headers['anthropic-version']).toBe('2023-06-01');
    expect(recorded?.headers['content-type']).toBe('application/json');
    expect(recorded?.headers.authorization).toBeUndefined();
    const body = sentBody();
    expect(body.system).toBe('당신은 행정 업무 도우미입니다.\n\n존댓말로 답하세요.');
    expect(body.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: '보고서 양식을 알려 주세요' }] },
    ]);
    // Anthropic requires max_tokens, so the adapter fills in its default.
    expect(body.max_tokens).toBe(4096);
    expect(body.stream).toBeUndefined();
  });

  it('merges consecutive same-role turns and passes sampling fields and providerOptions', async () => {
    const result = await provider.chat({
      model,
      messages: [
        { role: 'user', content: '첫째 질문' },
        { role: 'user', content: '둘째 질문' },
        { role: 'assistant', content: '첫째 답' },
        { role: 'assistant', content: '둘째 답' },
        { role: 'user', content: '마지막 질문' },
      ],
      maxTokens: 300,
      temperature: 1.4,
      topP: 0.9,
      stop: ['###'],
      providerOptions: { top_k: 40, metadata: { user_id: 'user-1' } },
    });

    // The upstream rejects non-alternating roles, so an answer alone proves the merge.
    expect(result.text).toBe('"마지막 질문"에 대한 답변입니다.');
    const body = sentBody();
    expect(body.messages).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: '첫째 질문' },
          { type: 'text', text: '둘째 질문' },
        ],
      },
      {
        role: 'assistant',
        content: [
          { type: 'text', text: '첫째 답' },
          { type: 'text', text: '둘째 답' },
        ],
      },
      { role: 'user', content: [{ type: 'text', text: '마지막 질문' }] },
    ]);
    expect(body).toMatchObject({
      max_tokens: 300,
      // Clamped: Anthropic's temperature range ends at 1.
      temperature: 1,
      top_p: 0.9,
      stop_sequences: ['###'],
      top_k: 40,
      metadata: { user_id: 'user-1' },
    });
  });

  it('translates tool definitions and calls, then sends tool results back as tool_result blocks', async () => {
    const first = await provider.chat(
      ask('샌프란시스코 날씨 알려 줘', { tools: [weatherTool], toolChoice: 'auto' }),
    );

    expect(first.finishReason).toBe('tool_calls');
    expect(first.text).toBe("Okay, let's check the weather for San Francisco, CA:");
    expect(first.toolCalls).toEqual([
      {
        id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
        type: 'function',
        function: {
          name: 'get_weather',
          arguments: JSON.stringify({ location: 'San Francisco, CA', unit: 'fahrenheit' }),
        },
      },
    ]);
    const firstBody = sentBody(0);
    expect(firstBody.tools).toEqual([
      {
        name: 'get_weather',
        description: 'Current weather for a location',
        input_schema: weatherTool.function.parameters,
      },
    ]);
    expect(firstBody.tool_choice).toEqual({ type: 'auto' });

    const toolCalls = first.toolCalls ?? [];
    const second = await provider.chat({
      model,
      tools: [weatherTool],
      messages: [
        { role: 'user', content: '샌프란시스코 날씨 알려 줘' },
        { role: 'assistant', content: first.text, toolCalls },
        { role: 'tool', toolCallId: toolCalls[0]?.id ?? '', content: '맑음, 화씨 68도' },
      ],
    });

    // The upstream checks that every tool_result answers a tool_use of the previous turn.
    expect(second.finishReason).toBe('stop');
    expect(second.text).toBe('"맑음, 화씨 68도"에 대한 답변입니다.');
    expect(second.toolCalls).toBeUndefined();
    expect(sentBody(1).messages.slice(1)).toEqual([
      {
        role: 'assistant',
        content: [
          { type: 'text', text: first.text },
          {
            type: 'tool_use',
            id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
            name: 'get_weather',
            input: { location: 'San Francisco, CA', unit: 'fahrenheit' },
          },
        ],
      },
      {
        role: 'user',
        content: [
          { type: 'tool_result', tool_use_id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', content: '맑음, 화씨 68도' },
        ],
      },
    ]);
  });

  it('maps every OpenAI tool_choice form', async () => {
    const lookupTool = { type: 'function', function: { name: 'lookup_law' } };
    const required = await provider.chat(
      ask('법령', { tools: [weatherTool, lookupTool], toolChoice: 'required' }),
    );
    expect(required.finishReason).toBe('tool_calls');
    const forced = await provider.chat(
      ask('법령', {
        tools: [weatherTool, lookupTool],
        toolChoice: { type: 'function', function: { name: 'lookup_law' } },
      }),
    );
    expect(forced.toolCalls?.[0]?.function.name).toBe('lookup_law');
    const none = await provider.chat(ask('법령', { tools: [weatherTool], toolChoice: 'none' }));
    expect(none.finishReason).toBe('stop');

    expect(sentBody(0).tool_choice).toEqual({ type: 'any' });
    expect(sentBody(1).tool_choice).toEqual({ type: 'tool', name: 'lookup_law' });
    // A function without parameters still needs an input_schema at Anthropic.
    expect(sentBody(1).tools?.[1]).toEqual({
      name: 'lookup_law',
      input_schema: { type: 'object', properties: {} },
    });
    expect(sentBody(2).tool_choice).toEqual({ type: 'none' });
  });

  it('streams text whose deltas add up to the JSON answer, then finish and one usage part', async () => {
    const request = ask('스트리밍으로 길게 답해 주세요');
    const json = await provider.chat(request);
    const parts = await collect(provider.chatStream(request));

    expect(sentBody(1).stream).toBe(true);
    expect(upstream.requests[1]?.headers.accept).toBe('text/event-stream');
    const textDeltas = parts.filter((part) => part.type === 'text-delta');
    expect(textDeltas.length).toBeGreaterThan(2);
    expect(streamedText(parts)).toBe(json.text);
    expect(parts.at(-2)).toEqual({ type: 'finish', reason: 'stop' });
    expect(parts.at(-1)).toEqual({ type: 'usage', usage: json.usage });
    expect(parts.filter((part) => part.type === 'usage')).toHaveLength(1);
  });

  it('streams a tool call: id and name first, then argument deltas, ordinal index', async () => {
    const request = ask('날씨', { tools: [weatherTool] });
    const json = await provider.chat(request);
    const parts = await collect(provider.chatStream(request));

    const toolParts = parts.filter((part) => part.type === 'tool-call-delta');
    expect(toolParts[0]).toEqual({
      type: 'tool-call-delta',
      index: 0,
      id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6',
      name: 'get_weather',
      argumentsDelta: '',
    });
    // The tool block is content block 1 (after the text), but it is the first tool call.
    expect(toolParts.every((part) => part.index === 0)).toBe(true);
    expect(toolParts.length).toBeGreaterThan(3);
    const argumentsText = toolParts.map((part) => part.argumentsDelta).join('');
    expect(JSON.parse(argumentsText)).toEqual(JSON.parse(json.toolCalls?.[0]?.function.arguments ?? ''));
    expect(streamedText(parts)).toBe(json.text);
    expect(parts.at(-2)).toEqual({ type: 'finish', reason: 'tool_calls' });
    expect(parts.at(-1)).toEqual({ type: 'usage', usage: json.usage });
  });

  describe('stop reasons and usage', () => {
    it('end_turn → stop with usage from input_tokens and output_tokens', async () => {
      const result = await provider.chat(ask('사용량 확인'));
      const raw = await rawUsage(0);
      expect(result.finishReason).toBe('stop');
      expect(result.usage).toEqual({
        promptTokens: raw.input_tokens,
        completionTokens: raw.output_tokens,
        cachedTokens: 0,
      });
      expect(result.usage?.completionTokens).toBe(result.text.split(' ').length);
    });

    it('max_tokens → length, stop_sequence → stop, refusal → content_filter', async () => {
      const truncated = await provider.chat(ask('아주 길게 답해 주세요', { maxTokens: 2 }));
      expect(truncated).toMatchObject({ finishReason: 'length', text: '"아주 길게 ' });
      expect(truncated.usage?.completionTokens).toBe(2);

      const stopped = await provider.chat(ask('멈춰 주세요', { stop: ['에 대한'] }));
      expect(stopped).toMatchObject({ finishReason: 'stop', text: '"멈춰 주세요"' });

      const refused = await provider.chat(ask('[[stop-reason:refusal]] 거절'));
      expect(refused.finishReason).toBe('content_filter');
      const refusedStream = await collect(provider.chatStream(ask('[[stop-reason:refusal]] 거절')));
      expect(refusedStream).toContainEqual({ type: 'finish', reason: 'content_filter' });

      const truncatedStream = await collect(
        provider.chatStream(ask('아주 길게 답해 주세요', { maxTokens: 2 })),
      );
      expect(truncatedStream).toContainEqual({ type: 'finish', reason: 'length' });
    });

    it('counts cache reads as cached prompt tokens and adds cache writes to the prompt', async () => {
      const request = ask('캐시 [[cache-read:1200]] [[cache-write:300]]');
      const result = await provider.chat(request);
      const raw = await rawUsage(0);
      expect(raw.cache_read_input_tokens).toBe(1200);
      expect(raw.cache_creation_input_tokens).toBe(300);
      expect(result.usage).toEqual({
        promptTokens: raw.input_tokens + 300 + 1200,
        completionTokens: raw.output_tokens,
        cachedTokens: 1200,
      });

      const parts = await collect(provider.chatStream(request));
      expect(parts.at(-1)).toEqual({ type: 'usage', usage: result.usage });
    });
  });

  describe('errors', () => {
    it("401: a wrong key becomes upstream_error with Anthropic's message", async () => {
      const error = await caughtAppError(providerFor({ apiKey: 'sk-ant-wrong' }).chat(ask('안녕')));
      expect(error.code).toBe('upstream_error');
      expect(error.message).toContain('Claude');
      expect(error.message).toContain('HTTP 401: invalid x-api-key');
    });

    it('429 and 529 carry the status and message, for JSON and streaming requests', async () => {
      const rateLimited = await caughtAppError(provider.chat(ask('[[status:429]]')));
      expect(rateLimited.code).toBe('upstream_error');
      expect(rateLimited.message).toContain(
        'HTTP 429: This request would exceed the rate limit for your organization of 50 requests per minute.',
      );

      const overloaded = await caughtAppError(collect(provider.chatStream(ask('[[status:529]]'))));
      expect(overloaded.code).toBe('upstream_error');
      expect(overloaded.message).toContain('HTTP 529: Overloaded');
    });

    it('404 for an unknown model names the model', async () => {
      const error = await caughtAppError(provider.chat(ask('안녕', { model: 'claude-nonexistent' })));
      expect(error.message).toContain('HTTP 404: model: claude-nonexistent');
    });

    it('an error event inside a 200 stream becomes upstream_error after the parts before it', async () => {
      const parts: ProviderStreamPart[] = [];
      const error = await caughtAppError(
        (async () => {
          for await (const batch of provider.chatStream(ask('[[error-after:5]] 과부하')))
            parts.push(...batch);
        })(),
      );
      expect(error.code).toBe('upstream_error');
      expect(error.message).toContain('HTTP 529: Overloaded');
      expect(streamedText(parts)).not.toBe('');
    });

    it('a stream cut before message_stop is upstream_interrupted', async () => {
      const parts: ProviderStreamPart[] = [];
      const error = await caughtAppError(
        (async () => {
          for await (const batch of provider.chatStream(ask('[[disconnect-after:5]] 끊기')))
            parts.push(...batch);
        })(),
      );
      expect(error.code).toBe('upstream_interrupted');
      // message_start, content_block_start, ping, then two text deltas arrived.
      expect(parts.filter((part) => part.type === 'text-delta')).toHaveLength(2);
      expect(parts.some((part) => part.type === 'usage')).toBe(false);
    });

    it('an unreachable server is upstream_unavailable', async () => {
      const closed = await startAnthropicUpstream();
      const url = closed.url;
      await closed.close();
      const error = await caughtAppError(providerFor({ baseUrl: url }).chat(ask('안녕')));
      expect(error.code).toBe('upstream_unavailable');
    });
  });

  describe('cancellation', () => {
    it('aborting the signal mid-stream cancels the upstream request', async () => {
      const controller = new AbortController();
      const stream = provider.chatStream(
        ask('[[chunk-delay:200]] 천천히 길게 답해 주세요'),
        controller.signal,
      );
      const iterator = stream[Symbol.asyncIterator]();
      let first = await iterator.next();
      while (!first.done && !first.value.some((part) => part.type === 'text-delta'))
        first = await iterator.next();
      expect(first.done).toBe(false);

      controller.abort();
      await expect(iterator.next()).rejects.toThrow();
      await vi.waitFor(() => expect(upstream.requests[0]?.aborted).toBe(true));
    });

    it('aborting the signal while waiting for a JSON answer cancels the upstream request', async () => {
      const controller = new AbortController();
      const pending = provider.chat(ask('[[delay:5000]] 늦게'), controller.signal);
      await vi.waitFor(() => expect(upstream.requests).toHaveLength(1));
      controller.abort();
      await expect(pending).rejects.toThrow();
      await vi.waitFor(() => expect(upstream.requests[0]?.aborted).toBe(true));
    });

    it('a consumer that stops reading early also cancels the upstream request', async () => {
      for await (const batch of provider.chatStream(ask('[[chunk-delay:200]] 중간에 그만 읽기'))) {
        if (batch.some((part) => part.type === 'text-delta')) break;
      }
      await vi.waitFor(() => expect(upstream.requests[0]?.aborted).toBe(true));
    });
  });

  describe('listModels', () => {
    it('lists the upstream models with the Anthropic headers', async () => {
      expect(await provider.listModels()).toEqual({
        models: ['claude-sonnet-4-20250514', 'claude-3-5-haiku-20241022'],
      });
      expect(upstream.requests[0]?.path).toBe('/v1/models');
      expect(upstream.requests[0]?.query).toEqual({ limit: '1000' });
      expect(upstream.requests[0]?.headers['anthropic-version']).toBe('2023-06-01');
    });

    it('follows has_more pages', async () => {
      const models = Array.from({ length: 1005 }, (_unused, index) => `claude-test-${index}`);
      const large = await startAnthropicUpstream({ models });
      try {
        const listed = await providerFor({ baseUrl: large.url, apiKey: null }).listModels();
        expect(listed.models).toEqual(models);
        expect(large.requests.map((request) => request.query)).toEqual([
          { limit: '1000' },
          { limit: '1000', after_id: 'claude-test-999' },
        ]);
        expect(large.requests[0]?.headers['x-api-key']).toBeUndefined();
      } finally {
        await large.close();
      }
    });
  });
});
