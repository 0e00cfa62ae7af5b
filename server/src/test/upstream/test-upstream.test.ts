import { crc32, inflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestUpstream, type TestUpstream, type TestUpstreamOptions } from './test-upstream.js';

const usageSchema = z.object({
  prompt_tokens: z.number(),
  completion_tokens: z.number(),
  total_tokens: z.number(),
});

const completionSchema = z.object({
  object: z.literal('chat.completion'),
  model: z.string(),
  choices: z
    .array(
      z.object({
        message: z.object({ role: z.literal('assistant'), content: z.string() }),
        finish_reason: z.literal('stop'),
      }),
    )
    .length(1),
  usage: usageSchema,
});

const chunkSchema = z.object({
  object: z.literal('chat.completion.chunk'),
  choices: z.array(
    z.object({
      delta: z.object({ role: z.string().optional(), content: z.string().optional() }),
      finish_reason: z.string().nullable(),
    }),
  ),
  usage: usageSchema.nullish(),
});
type Chunk = z.infer<typeof chunkSchema>;

const errorSchema = z.object({
  error: z.object({
    message: z.string().min(1),
    type: z.string(),
    param: z.string().nullable(),
    code: z.string().nullable(),
  }),
});

interface StreamCapture {
  /** Data payloads of every SSE frame, in order, including "[DONE]". */
  events: string[];
  /** How many content-bearing frames each reader.read() delivered. */
  contentFramesPerRead: number[];
  /** The error the reader threw, if the stream did not end cleanly. */
  error: unknown;
}

/** Reads an SSE body frame by frame; `onEvent` may abort the request to simulate a client going away. */
async function captureStream(response: Response, onEvent?: (data: string) => void): Promise<StreamCapture> {
  const capture: StreamCapture = { events: [], contentFramesPerRead: [], error: undefined };
  if (!response.body) throw new Error('response has no body');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer += value;
      let contentFrames = 0;
      let separator = buffer.indexOf('\n\n');
      while (separator !== -1) {
        const frame = buffer.slice(0, separator);
        buffer = buffer.slice(separator + 2);
        separator = buffer.indexOf('\n\n');
        expect(frame.startsWith('data: ')).toBe(true);
        const data = frame.slice('data: '.length);
        capture.events.push(data);
        if (data !== '[DONE]' && contentOf(parseChunk(data)) !== '') contentFrames += 1;
        onEvent?.(data);
      }
      capture.contentFramesPerRead.push(contentFrames);
    }
  } catch (error: unknown) {
    capture.error = error;
  }
  expect(buffer).toBe('');
  return capture;
}

function parseChunk(data: string): Chunk {
  const value: unknown = JSON.parse(data);
  return chunkSchema.parse(value);
}

function contentOf(chunk: Chunk): string {
  return chunk.choices[0]?.delta.content ?? '';
}

function chunksOf(capture: StreamCapture): Chunk[] {
  return capture.events.filter((data) => data !== '[DONE]').map(parseChunk);
}

function contentPieces(capture: StreamCapture): string[] {
  return chunksOf(capture)
    .map(contentOf)
    .filter((content) => content !== '');
}

function chatBody(text: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model: 'test-chat', messages: [{ role: 'user', content: text }], ...extra });
}

describe('test upstream', () => {
  let upstream: TestUpstream;
  const started: TestUpstream[] = [];

  async function start(options?: TestUpstreamOptions): Promise<TestUpstream> {
    const instance = await startTestUpstream(options);
    started.push(instance);
    return instance;
  }

  function post(text: string, extra: Record<string, unknown> = {}, signal?: AbortSignal): Promise<Response> {
    return fetch(`${upstream.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chatBody(text, extra),
      signal: signal ?? null,
    });
  }

  async function completionContent(text: string): Promise<string> {
    const response = await post(text);
    expect(response.status).toBe(200);
    return completionSchema.parse(await response.json()).choices[0]?.message.content ?? '';
  }

  beforeEach(async () => {
    upstream = await start();
  });

  afterEach(async () => {
    await Promise.all(started.map((instance) => instance.close()));
    started.length = 0;
  });

  it('listens on a random port and exposes a /v1 base URL', () => {
    expect(upstream.port).toBeGreaterThan(0);
    expect(upstream.url).toBe(`http://127.0.0.1:${upstream.port}/v1`);
  });

  it('lists the configured models', async () => {
    const response = await fetch(`${upstream.url}/models`);
    expect(response.status).toBe(200);
    const body = z
      .object({
        object: z.literal('list'),
        data: z.array(
          z.object({ id: z.string(), object: z.literal('model'), created: z.number(), owned_by: z.string() }),
        ),
      })
      .parse(await response.json());
    expect(body.data.map((model) => model.id)).toEqual(['test-chat', 'test-chat-2']);
    expect(body.data.every((model) => model.owned_by === 'test-upstream')).toBe(true);

    const custom = await start({ models: ['only-model'] });
    const customBody = z
      .object({ data: z.array(z.object({ id: z.string() })) })
      .parse(await (await fetch(`${custom.url}/models`)).json());
    expect(customBody.data.map((model) => model.id)).toEqual(['only-model']);
  });

  it('answers a JSON completion with a markdown echo and usage, and records the request', async () => {
    const response = await post('안녕하세요', { temperature: 0.2, user: 'someone' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = completionSchema.parse(await response.json());
    const content = body.choices[0]?.message.content ?? '';

    expect(content.startsWith('"안녕하세요"에 대한 답변입니다.')).toBe(true);
    expect(content).toMatch(/^- /m);
    expect(content).toMatch(/^\| --- \| --- \|$/m);
    expect(body.model).toBe('test-chat');
    // ceil(5 / 2) + 4 for the single five-character message.
    expect(body.usage.prompt_tokens).toBe(7);
    expect(body.usage.completion_tokens).toBe(content.split(/\s+/).filter(Boolean).length);
    expect(body.usage.total_tokens).toBe(body.usage.prompt_tokens + body.usage.completion_tokens);

    expect(upstream.requests).toHaveLength(1);
    const recorded = upstream.requests[0];
    expect(recorded?.method).toBe('POST');
    expect(recorded?.path).toBe('/v1/chat/completions');
    expect(recorded?.headers['content-type']).toBe('application/json');
    expect(recorded?.body).toMatchObject({ model: 'test-chat', temperature: 0.2, user: 'someone' });
    expect(recorded?.aborted).toBe(false);

    upstream.reset();
    expect(upstream.requests).toHaveLength(0);
  });

  it('accepts array content parts and counts every message in prompt_tokens', async () => {
    const response = await fetch(`${upstream.url}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({
        model: 'test-chat-2',
        messages: [
          { role: 'system', content: '시스템' },
          {
            role: 'user',
            content: [
              { type: 'text', text: '첫째' },
              { type: 'text', text: '둘째' },
            ],
          },
        ],
      }),
    });
    const body = completionSchema.parse(await response.json());
    expect(body.choices[0]?.message.content.startsWith('"첫째\n둘째"에 대한')).toBe(true);
    // (ceil(3 / 2) + 4) + (ceil(5 / 2) + 4)
    expect(body.usage.prompt_tokens).toBe(13);
  });

  it('streams the same reply word by word with identical usage', async () => {
    const messageText = '스트리밍 테스트 문장';
    const jsonResponse = await post(messageText, { stream: false, stream_options: null });
    const jsonBody = completionSchema.parse(await jsonResponse.json());

    const response = await post(messageText, { stream: true, stream_options: { include_usage: true } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const capture = await captureStream(response);

    expect(capture.error).toBeUndefined();
    expect(capture.events.at(-1)).toBe('[DONE]');
    const chunks = chunksOf(capture);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');

    const pieces = contentPieces(capture);
    expect(pieces.length).toBeGreaterThan(10);
    for (const piece of pieces) expect(piece).toMatch(/^\s*\S+\s*$/);
    expect(pieces.join('')).toBe(jsonBody.choices[0]?.message.content);

    const finishIndex = chunks.findIndex((chunk) => chunk.choices[0]?.finish_reason === 'stop');
    expect(finishIndex).toBe(chunks.length - 2);
    const usageChunk = chunks.at(-1);
    expect(usageChunk?.choices).toEqual([]);
    expect(usageChunk?.usage).toEqual(jsonBody.usage);
    expect(jsonBody.usage.completion_tokens).toBe(pieces.length);
  });

  it('omits the usage chunk unless include_usage is requested', async () => {
    const capture = await captureStream(await post('사용량 없이', { stream: true }));
    const chunks = chunksOf(capture);
    expect(capture.events.at(-1)).toBe('[DONE]');
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.every((chunk) => chunk.usage === undefined || chunk.usage === null)).toBe(true);
  });

  it('requires the bearer API key when one is configured', async () => {
    const secured = await start({ apiKey: 'secret-key' });
    const missing = await fetch(`${secured.url}/models`);
    expect(missing.status).toBe(401);
    expect(errorSchema.parse(await missing.json()).error.code).toBe('invalid_api_key');

    const wrong = await fetch(`${secured.url}/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer wrong' },
      body: chatBody('안녕'),
    });
    expect(wrong.status).toBe(401);
    expect(errorSchema.parse(await wrong.json()).error.type).toBe('invalid_request_error');

    const authorized = await fetch(`${secured.url}/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer secret-key' },
      body: chatBody('안녕'),
    });
    expect(authorized.status).toBe(200);
    expect(secured.requests.map((request) => request.headers.authorization)).toEqual([
      undefined,
      'Bearer wrong',
      'Bearer secret-key',
    ]);
  });

  it('rejects bad JSON, invalid bodies and unknown models in the OpenAI error shape', async () => {
    const badJson = await fetch(`${upstream.url}/chat/completions`, { method: 'POST', body: '{"model": ' });
    expect(badJson.status).toBe(400);
    expect(errorSchema.parse(await badJson.json()).error.type).toBe('invalid_request_error');
    expect(upstream.requests[0]?.body).toBeUndefined();
    expect(upstream.requests[0]?.rawBody).toBe('{"model": ');

    const invalid = await fetch(`${upstream.url}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'test-chat', messages: [{ role: 'user', content: 42 }] }),
    });
    expect(invalid.status).toBe(400);
    const invalidError = errorSchema.parse(await invalid.json()).error;
    expect(invalidError.type).toBe('invalid_request_error');
    expect(invalidError.param).toBe('messages.0.content');

    const unknownModel = await fetch(`${upstream.url}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'gpt-nonexistent', messages: [{ role: 'user', content: '안녕' }] }),
    });
    expect(unknownModel.status).toBe(404);
    const unknownModelError = errorSchema.parse(await unknownModel.json()).error;
    expect(unknownModelError.code).toBe('model_not_found');
    expect(unknownModelError.param).toBe('model');
  });

  it('answers unknown routes with a 404 JSON error', async () => {
    const response = await fetch(`${upstream.url}/audio/speech`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(errorSchema.parse(await response.json()).error.message).toContain('/v1/audio/speech');

    const wrongMethod = await fetch(`${upstream.url}/chat/completions`);
    expect(wrongMethod.status).toBe(404);
  });

  describe('scenario directives', () => {
    it('[[status:NNN]] answers with that status and an OpenAI error, even for streams', async () => {
      const response = await post('실패해 주세요 [[status:503]]', { stream: true });
      expect(response.status).toBe(503);
      expect(errorSchema.parse(await response.json()).error.type).toBe('server_error');
    });

    it('[[status:429]] honours [[retry-after:S]]', async () => {
      const response = await post('[[status:429]] 너무 많아요 [[retry-after:7]]');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      expect(errorSchema.parse(await response.json()).error.code).toBe('rate_limit_exceeded');

      const withoutRetryAfter = await post('[[status:429]]');
      expect(withoutRetryAfter.status).toBe(429);
      expect(withoutRetryAfter.headers.get('retry-after')).toBeNull();
    });

    it('[[delay:MS]] waits before the first byte and is stripped from the echo', async () => {
      const startedAt = performance.now();
      const content = await completionContent('늦게 [[delay:200]] 답하기');
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(180);
      expect(content.startsWith('"늦게 답하기"에 대한 답변입니다.')).toBe(true);
    });

    it('[[chunk-delay:MS]] sends every content chunk separately', async () => {
      const response = await post('[[chunk-delay:80]][[chunks:4]]', { stream: true });
      const arrivals: number[] = [];
      const capture = await captureStream(response, (data) => {
        if (data !== '[DONE]' && contentOf(parseChunk(data)) !== '') arrivals.push(performance.now());
      });
      expect(contentPieces(capture)).toHaveLength(4);
      // Each read delivered at most one content frame, i.e. nothing was buffered together.
      expect(Math.max(...capture.contentFramesPerRead)).toBe(1);
      const first = arrivals[0] ?? 0;
      const last = arrivals.at(-1) ?? 0;
      // Three gaps of 80 ms, with slack for timer granularity.
      expect(last - first).toBeGreaterThanOrEqual(200);
    });

    it('the chunkDelayMs option spaces chunks when no directive overrides it', async () => {
      upstream = await start({ chunkDelayMs: 40 });
      const startedAt = performance.now();
      const capture = await captureStream(await post('[[chunks:3]]', { stream: true }));
      expect(contentPieces(capture)).toHaveLength(3);
      expect(performance.now() - startedAt).toBeGreaterThanOrEqual(100);
    });

    it('[[disconnect-after:N]] cuts a stream after N content chunks without finishing', async () => {
      const capture = await captureStream(await post('[[disconnect-after:2]] 끊어 주세요', { stream: true }));
      expect(contentPieces(capture)).toHaveLength(2);
      expect(capture.events).not.toContain('[DONE]');
      expect(chunksOf(capture).some((chunk) => chunk.choices[0]?.finish_reason === 'stop')).toBe(false);
      expect(capture.error).toBeInstanceOf(Error);
      // A deliberate cut is not a client abort.
      expect(upstream.requests[0]?.aborted).toBe(false);
    });

    it('[[disconnect-after:N]] drops a JSON request without answering', async () => {
      await expect(post('[[disconnect-after:0]]')).rejects.toThrow();
      // The server keeps serving after the cut.
      expect(await completionContent('다시')).toContain('"다시"');
    });

    it('[[chunks:N]] makes the reply exactly N content chunks', async () => {
      const capture = await captureStream(
        await post('[[chunks:25]]', { stream: true, stream_options: { include_usage: true } }),
      );
      const pieces = contentPieces(capture);
      expect(pieces).toHaveLength(25);
      expect(pieces.every((piece) => /[가-힣]/.test(piece))).toBe(true);
      expect(chunksOf(capture).at(-1)?.usage?.completion_tokens).toBe(25);

      const response = await post('[[chunks:25]]');
      const body = completionSchema.parse(await response.json());
      expect(body.choices[0]?.message.content).toBe(pieces.join(''));
      expect(body.usage.completion_tokens).toBe(25);
    });

    it('[[reply:TEXT]] replies with TEXT, and combines with [[chunks:N]]', async () => {
      expect(await completionContent('무시됨 [[reply:정확히 이 문장입니다.]]')).toBe('정확히 이 문장입니다.');

      const merged = await captureStream(
        await post('[[chunks:3]][[reply:하나 둘 셋 넷 다섯]]', { stream: true }),
      );
      expect(contentPieces(merged)).toEqual(['하나 ', '둘 ', '셋 넷 다섯']);

      const padded = await captureStream(await post('[[reply:하나]][[chunks:4]]', { stream: true }));
      const paddedPieces = contentPieces(padded);
      expect(paddedPieces).toHaveLength(4);
      expect(paddedPieces[0]).toBe('하나 ');
    });

    it('[[split:N]] cuts the reply every N characters, through words', async () => {
      const capture = await captureStream(await post('가나다라 마바[[split:3]]', { stream: true }));
      const pieces = contentPieces(capture);
      expect(pieces.length).toBeGreaterThan(5);
      expect(pieces.slice(0, -1).every((piece) => Array.from(piece).length === 3)).toBe(true);
      expect(pieces.join('')).toContain('"가나다라 마바"');
    });

    it('reads directives only from the last user message', async () => {
      const response = await fetch(`${upstream.url}/chat/completions`, {
        method: 'POST',
        body: JSON.stringify({
          model: 'test-chat',
          messages: [
            { role: 'user', content: '[[status:500]]' },
            { role: 'assistant', content: '이전 답변' },
            { role: 'user', content: '정상 질문' },
          ],
        }),
      });
      expect(response.status).toBe(200);
    });
  });

  it('uses a custom reply function with the directive-free user text', async () => {
    upstream = await start({ reply: (request, context) => `${request.model}: ${context.lastUserText}` });
    expect(await completionContent('질문 [[delay:1]]')).toBe('test-chat: 질문');
  });

  it('records a client abort mid-stream and keeps serving', async () => {
    const controller = new AbortController();
    const response = await post('[[chunks:200]][[chunk-delay:50]]', { stream: true }, controller.signal);
    const capture = await captureStream(response, (data) => {
      if (data !== '[DONE]' && contentOf(parseChunk(data)) !== '') controller.abort();
    });
    // Normally one piece; more only if the client fell behind and several arrived in one read.
    expect(contentPieces(capture).length).toBeLessThan(200);
    expect(capture.events).not.toContain('[DONE]');
    expect(capture.error).toBeDefined();
    await expect.poll(() => upstream.requests[0]?.aborted, { timeout: 5_000 }).toBe(true);

    expect(await completionContent('계속')).toContain('"계속"');
    expect(upstream.requests[1]?.aborted).toBe(false);
  });

  it('close() resolves while a stream and a keep-alive connection are open', async () => {
    await completionContent('keep-alive 연결');
    const response = await post('[[chunks:100]][[chunk-delay:1000]]', { stream: true });
    const reader = response.body?.getReader();
    expect((await reader?.read())?.done).toBe(false);

    await upstream.close();
    await expect(reader?.read()).rejects.toThrow();
    await expect(fetch(`${upstream.url}/models`)).rejects.toThrow();
    expect(upstream.requests[1]?.aborted).toBe(false);
  });
});

const embeddingResponseSchema = z.object({
  object: z.literal('list'),
  data: z.array(
    z.object({ object: z.literal('embedding'), index: z.number(), embedding: z.array(z.number()) }),
  ),
  model: z.string(),
  usage: z.object({ prompt_tokens: z.number(), total_tokens: z.number() }),
});

const base64EmbeddingResponseSchema = z.object({
  data: z.array(z.object({ index: z.number(), embedding: z.string() })),
});

const cohereRerankResponseSchema = z.object({
  id: z.string(),
  model: z.string(),
  usage: z.object({ total_tokens: z.number() }),
  results: z.array(
    z.object({
      index: z.number(),
      relevance_score: z.number(),
      document: z.object({ text: z.string() }).optional(),
    }),
  ),
});

const teiRerankResponseSchema = z.array(
  z.object({ index: z.number(), score: z.number(), text: z.string().optional() }),
);
const teiErrorSchema = z.object({ error: z.string(), error_type: z.string() });

const imageResponseSchema = z.object({
  created: z.number(),
  data: z.array(
    z.object({ b64_json: z.string().optional(), url: z.string().optional(), revised_prompt: z.string() }),
  ),
});

/** Validates signature, chunk CRCs and pixel data length; returns the IHDR size. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let size = { width: 0, height: 0 };
  const compressed: Buffer[] = [];
  const types: string[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('ascii');
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    types.push(type);
    if (type === 'IHDR') size = { width: data.readUInt32BE(0), height: data.readUInt32BE(4) };
    if (type === 'IDAT') compressed.push(data);
    offset += 12 + length;
  }
  expect(types).toEqual(['IHDR', 'IDAT', 'IEND']);
  expect(inflateSync(Buffer.concat(compressed)).length).toBe(size.height * (1 + size.width * 3));
  return size;
}

function cosine(left: number[], right: number[]): number {
  return left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);
}

describe('test upstream: embeddings, rerank and images', () => {
  let upstream: TestUpstream;
  const started: TestUpstream[] = [];

  async function start(options?: TestUpstreamOptions): Promise<TestUpstream> {
    const instance = await startTestUpstream(options);
    started.push(instance);
    return instance;
  }

  function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  beforeEach(async () => {
    upstream = await start();
  });

  afterEach(async () => {
    await Promise.all(started.map((instance) => instance.close()));
    started.length = 0;
  });

  describe('POST /v1/embeddings', () => {
    it('answers deterministic unit vectors of 8 dimensions with usage', async () => {
      const input = ['예산 편성 지침', '출장 여비 규정', '예산 편성 지침'];
      const response = await postJson(`${upstream.url}/embeddings`, { model: 'test-embed', input });
      expect(response.status).toBe(200);
      const body = embeddingResponseSchema.parse(await response.json());

      expect(body.model).toBe('test-embed');
      expect(body.data.map((item) => item.index)).toEqual([0, 1, 2]);
      for (const item of body.data) {
        expect(item.embedding).toHaveLength(8);
        expect(Math.hypot(...item.embedding)).toBeCloseTo(1, 4);
      }
      expect(body.data[2]?.embedding).toEqual(body.data[0]?.embedding);
      expect(body.data[1]?.embedding).not.toEqual(body.data[0]?.embedding);
      // ceil(8 / 2) + ceil(8 / 2) + ceil(8 / 2)
      expect(body.usage).toEqual({ prompt_tokens: 12, total_tokens: 12 });
      expect(upstream.requests[0]?.body).toEqual({ model: 'test-embed', input });

      // The same text in a later request gets the same vector.
      const again = embeddingResponseSchema.parse(
        await (await postJson(`${upstream.url}/embeddings`, { model: 'test-embed', input: input[0] })).json(),
      );
      expect(again.data[0]?.embedding).toEqual(body.data[0]?.embedding);
    });

    it('honours dimensions, and texts sharing words point the same way', async () => {
      const response = await postJson(`${upstream.url}/embeddings`, {
        model: 'test-embed',
        input: ['예산 편성 지침', '예산 편성 안내', 'weather forecast tomorrow'],
        dimensions: 64,
      });
      const vectors = embeddingResponseSchema.parse(await response.json()).data.map((item) => item.embedding);
      expect(vectors.every((vector) => vector.length === 64)).toBe(true);
      const [budget = [], budgetNotice = [], weather = []] = vectors;
      expect(cosine(budget, budgetNotice)).toBeGreaterThan(cosine(budget, weather));
    });

    it('encodes base64 as little-endian float32', async () => {
      const floats = embeddingResponseSchema.parse(
        await (await postJson(`${upstream.url}/embeddings`, { model: 'test-embed', input: '인코딩' })).json(),
      ).data[0]?.embedding;
      const response = await postJson(`${upstream.url}/embeddings`, {
        model: 'test-embed',
        input: '인코딩',
        encoding_format: 'base64',
      });
      const encoded = base64EmbeddingResponseSchema.parse(await response.json()).data[0]?.embedding ?? '';
      const bytes = Buffer.from(encoded, 'base64');
      const decoded = Array.from({ length: bytes.length / 4 }, (_unused, index) =>
        bytes.readFloatLE(index * 4),
      );
      expect(decoded).toHaveLength(8);
      decoded.forEach((value, index) => expect(value).toBeCloseTo(floats?.[index] ?? Number.NaN, 5));
    });

    it('accepts chat models and embeddingModels, and rejects others and bad bodies', async () => {
      const custom = await start({ embeddingModels: ['bge-m3'] });
      expect((await postJson(`${custom.url}/embeddings`, { model: 'bge-m3', input: 'a' })).status).toBe(200);
      expect((await postJson(`${custom.url}/embeddings`, { model: 'test-chat', input: 'a' })).status).toBe(
        200,
      );
      // The option replaces the default list.
      const replaced = await postJson(`${custom.url}/embeddings`, { model: 'test-embed', input: 'a' });
      expect(replaced.status).toBe(404);
      expect(errorSchema.parse(await replaced.json()).error.code).toBe('model_not_found');

      const invalid = await postJson(`${upstream.url}/embeddings`, { model: 'test-embed', input: [] });
      expect(invalid.status).toBe(400);
      expect(errorSchema.parse(await invalid.json()).error.param).toBe('input');
    });

    it('applies [[status:NNN]], [[retry-after:S]] and [[disconnect-after:0]] from any input', async () => {
      const response = await postJson(`${upstream.url}/embeddings`, {
        model: 'test-embed',
        input: ['정상', '[[status:429]][[retry-after:3]]'],
      });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('3');
      expect(errorSchema.parse(await response.json()).error.code).toBe('rate_limit_exceeded');

      await expect(
        postJson(`${upstream.url}/embeddings`, { model: 'test-embed', input: '[[disconnect-after:0]]' }),
      ).rejects.toThrow();
    });
  });

  describe('POST /v1/rerank (Cohere shape)', () => {
    const documents = ['날씨가 맑습니다.', '예산 편성 지침을 안내합니다.', '예산 집행 현황'];

    it('scores by the share of query syllables present, best first, with usage', async () => {
      const response = await postJson(`${upstream.url}/rerank`, {
        model: 'test-rerank',
        query: '예산 편성 지침',
        documents,
      });
      expect(response.status).toBe(200);
      const body = cohereRerankResponseSchema.parse(await response.json());
      expect(body.model).toBe('test-rerank');
      expect(body.id).toMatch(/^rerank-test-\d+$/);
      expect(body.results.map((result) => result.index)).toEqual([1, 2, 0]);
      expect(body.results.map((result) => result.relevance_score)).toEqual([1, 2 / 6, 0]);
      expect(body.results.every((result) => result.document === undefined)).toBe(true);
      // Per document ceil((8 + document length) / 2): ceil(17 / 2) + ceil(24 / 2) + ceil(16 / 2).
      expect(body.usage.total_tokens).toBe(9 + 12 + 8);
    });

    it('applies top_n and return_documents, and accepts {text} documents', async () => {
      const response = await postJson(`${upstream.url}/rerank`, {
        model: 'test-rerank',
        query: 'budget guideline',
        documents: [{ text: 'weather' }, { text: 'The budget guideline for 2025' }, { text: 'budget' }],
        top_n: 2,
        return_documents: true,
      });
      const body = cohereRerankResponseSchema.parse(await response.json());
      expect(body.results).toEqual([
        { index: 1, relevance_score: 1, document: { text: 'The budget guideline for 2025' } },
        { index: 2, relevance_score: 0.5, document: { text: 'budget' } },
      ]);
    });

    it('checks the model against models and rerankModels, and reads directives from the query', async () => {
      const custom = await start({ rerankModels: ['bge-reranker-v2-m3'] });
      const accepted = await postJson(`${custom.url}/rerank`, {
        model: 'bge-reranker-v2-m3',
        query: 'q',
        documents,
      });
      expect(accepted.status).toBe(200);
      const rejected = await postJson(`${custom.url}/rerank`, {
        model: 'test-rerank',
        query: 'q',
        documents,
      });
      expect(rejected.status).toBe(404);

      const failed = await postJson(`${upstream.url}/rerank`, {
        model: 'test-rerank',
        query: '[[status:502]] 질의',
        documents,
      });
      expect(failed.status).toBe(502);
      expect(errorSchema.parse(await failed.json()).error.type).toBe('server_error');
    });
  });

  describe('POST /rerank (TEI shape)', () => {
    const root = (instance: TestUpstream): string => instance.url.replace(/\/v1$/, '');

    it('answers a bare array best first, with text when asked', async () => {
      const response = await postJson(`${root(upstream)}/rerank`, {
        query: '예산 편성',
        texts: ['날씨', '예산 편성 지침', '예산'],
        return_text: true,
      });
      expect(response.status).toBe(200);
      expect(teiRerankResponseSchema.parse(await response.json())).toEqual([
        { index: 1, score: 1, text: '예산 편성 지침' },
        { index: 2, score: 0.5, text: '예산' },
        { index: 0, score: 0, text: '날씨' },
      ]);
      expect(upstream.requests[0]?.path).toBe('/rerank');
    });

    it("answers errors in TEI's {error, error_type} shape", async () => {
      const invalid = await postJson(`${root(upstream)}/rerank`, { query: 'q', texts: [] });
      expect(invalid.status).toBe(400);
      expect(teiErrorSchema.parse(await invalid.json())).toEqual({
        error: expect.stringContaining('texts') as unknown,
        error_type: 'Validation',
      });

      const overloaded = await postJson(`${root(upstream)}/rerank`, {
        query: '[[status:429]]',
        texts: ['a'],
      });
      expect(overloaded.status).toBe(429);
      expect(teiErrorSchema.parse(await overloaded.json()).error_type).toBe('Overloaded');
    });
  });

  describe('POST /v1/images/generations', () => {
    it('answers valid PNGs of the requested size as b64_json by default', async () => {
      const response = await postJson(`${upstream.url}/images/generations`, {
        model: 'test-image',
        prompt: '한옥 마을 [[delay:1]]',
        n: 2,
        size: '48x24',
      });
      expect(response.status).toBe(200);
      const body = imageResponseSchema.parse(await response.json());
      expect(body.data).toHaveLength(2);
      for (const image of body.data) {
        expect(image.url).toBeUndefined();
        expect(image.revised_prompt).toContain('한옥 마을');
        expect(image.revised_prompt).not.toContain('[[');
        expect(pngSize(Buffer.from(image.b64_json ?? '', 'base64'))).toEqual({ width: 48, height: 24 });
      }
      // Deterministic per prompt and position.
      const again = imageResponseSchema.parse(
        await (
          await postJson(`${upstream.url}/images/generations`, {
            model: 'test-image',
            prompt: '한옥 마을',
            size: '48x24',
          })
        ).json(),
      );
      expect(again.data[0]?.b64_json).toBe(body.data[0]?.b64_json);
    });

    it('serves url images from GET /images/<id>.png without the API key', async () => {
      const secured = await start({ apiKey: 'image-key', imageModels: ['sdxl'] });
      const response = await postJson(
        `${secured.url}/images/generations`,
        { model: 'sdxl', prompt: '그림', response_format: 'url' },
        { authorization: 'Bearer image-key' },
      );
      const url = imageResponseSchema.parse(await response.json()).data[0]?.url ?? '';
      expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${secured.port}/images/[\\w-]+\\.png$`));

      const image = await fetch(url);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/png');
      expect(pngSize(Buffer.from(await image.arrayBuffer()))).toEqual({ width: 1024, height: 1024 });

      const missing = await fetch(`http://127.0.0.1:${secured.port}/images/unknown.png`);
      expect(missing.status).toBe(404);
      // The generation endpoint itself still needs the key.
      const unauthorized = await postJson(`${secured.url}/images/generations`, {
        model: 'sdxl',
        prompt: '그림',
      });
      expect(unauthorized.status).toBe(401);
    });

    it('validates size, n and model, and applies [[status:NNN]] from the prompt', async () => {
      const badSize = await postJson(`${upstream.url}/images/generations`, {
        model: 'test-image',
        prompt: '그림',
        size: 'big',
      });
      expect(badSize.status).toBe(400);
      expect(errorSchema.parse(await badSize.json()).error.param).toBe('size');

      const tooMany = await postJson(`${upstream.url}/images/generations`, {
        model: 'test-image',
        prompt: '그림',
        n: 11,
      });
      expect(tooMany.status).toBe(400);

      const unknownModel = await postJson(`${upstream.url}/images/generations`, {
        model: 'dall-e-3',
        prompt: 'a',
      });
      expect(unknownModel.status).toBe(404);

      const refused = await postJson(`${upstream.url}/images/generations`, {
        model: 'test-image',
        prompt: '[[status:400]] 정책 위반',
      });
      expect(refused.status).toBe(400);
      expect(errorSchema.parse(await refused.json()).error.message).toBe(
        'Simulated upstream error (status 400).',
      );
    });
  });
});
