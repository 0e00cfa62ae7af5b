import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { crc32, deflateSync } from 'node:zlib';
import { z } from 'zod';
import {
  startRecordingServer,
  type ParsedBody,
  type RecordedRequest,
  type RecordingExchange,
} from './recording-server.js';

export type { RecordedRequest } from './recording-server.js';

// Test support only: a stand-in OpenAI-protocol provider (chat completions, embeddings, images, plus
// Cohere- and TEI-style rerank) for integration and browser tests.

const textPartSchema = z.looseObject({ type: z.literal('text'), text: z.string() });

const chatMessageSchema = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: z.union([z.string(), z.array(textPartSchema), z.null()]),
});

// Loose objects so that fields we do not model (user, seed, stop, ...) pass through like at a real provider;
// nullish because OpenAI accepts explicit nulls for optional fields.
const chatRequestSchema = z.looseObject({
  model: z.string().min(1),
  messages: z.array(chatMessageSchema).min(1),
  stream: z.boolean().nullish(),
  stream_options: z.looseObject({ include_usage: z.boolean().nullish() }).nullish(),
  max_tokens: z.number().int().positive().nullish(),
  max_completion_tokens: z.number().int().positive().nullish(),
  temperature: z.number().min(0).max(2).nullish(),
  top_p: z.number().min(0).max(1).nullish(),
  tools: z.array(z.unknown()).nullish(),
});

export type ChatRequest = z.infer<typeof chatRequestSchema>;
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export interface ReplyContext {
  /** Text of the last user message with every scenario directive removed. */
  lastUserText: string;
}

export interface TestUpstreamOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** When set, every request must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  models?: string[];
  /** Builds the assistant reply; the default is a deterministic Korean echo with markdown. */
  reply?: (request: ChatRequest, context: ReplyContext) => string;
  /** Pause before each streamed content chunk; `[[chunk-delay:MS]]` overrides it. */
  chunkDelayMs?: number;
  /** Models /v1/embeddings accepts besides `models`; default ['test-embed']. */
  embeddingModels?: string[];
  /** Models /v1/rerank accepts besides `models`; default ['test-rerank']. TEI's /rerank takes no model. */
  rerankModels?: string[];
  /** Models /v1/images/generations accepts besides `models`; default ['test-image']. */
  imageModels?: string[];
  /** Search sources sent with every chat answer, as Perplexity does (`citations`, top level). */
  citations?: string[];
}

export interface TestUpstream {
  /**
   * Base URL ending in /v1, e.g. http://127.0.0.1:12345/v1. TEI's native rerank lives at the root:
   * `${url.replace(/\/v1$/, '')}/rerank`.
   */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Forgets recorded requests (the same array is emptied, so held references stay live). */
  reset(): void;
  /** Stops listening and destroys open sockets, including keep-alive and streaming ones. */
  close(): Promise<void>;
}

export interface ScenarioDirectives {
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  chunkDelayMs?: number;
  disconnectAfterChunks?: number;
  chunkCount?: number;
  /** `[[split:N]]`: cut the reply every N characters (code points), so words and placeholders break. */
  splitLength?: number;
  replyText?: string;
  /** `[[tool:NAME]]`: answer with a call to that tool (the request must offer tools). */
  toolName?: string;
  /** `[[no-usage]]`: leave usage out, as some servers do. */
  omitUsage?: boolean;
}

interface ServerState {
  apiKey: string | undefined;
  models: string[];
  embeddingModels: string[];
  rerankModels: string[];
  imageModels: string[];
  reply: (request: ChatRequest, context: ReplyContext) => string;
  chunkDelayMs: number;
  citations: string[] | undefined;
  completionCounter: number;
  rerankCounter: number;
  /** Images handed out as `url`, served by GET /images/<id>.png until the server closes. */
  images: Map<string, Buffer>;
  /** http://host:port, known once listening; image URLs point back here. */
  origin: string;
}

type Exchange = RecordingExchange<RecordedRequest>;

const defaultModels = ['test-chat', 'test-chat-2'];
// A fixed timestamp keeps the models list byte-for-byte deterministic.
const modelCreatedAt = 1_700_000_000;
const fillerWords = ['테스트', '응답을', '위한', '채움', '문장의', '한', '조각입니다'];

// The reply directive is read first because its TEXT may contain anything up to the closing brackets.
const replyDirectivePattern = /\[\[reply:([\s\S]*?)\]\]/gi;
const toolDirectivePattern = /\[\[tool:([A-Za-z0-9_-]+)\]\]/gi;
const noUsageDirectivePattern = /\[\[no-usage\]\]/gi;
const numericDirectivePattern =
  /\[\[(status|retry-after|delay|chunk-delay|disconnect-after|chunks|split):(\d+)\]\]/gi;

export async function startTestUpstream(options: TestUpstreamOptions = {}): Promise<TestUpstream> {
  const state: ServerState = {
    apiKey: options.apiKey,
    models: options.models ?? defaultModels,
    reply: options.reply ?? defaultReply,
    chunkDelayMs: options.chunkDelayMs ?? 0,
    citations: options.citations,
    embeddingModels: options.embeddingModels ?? ['test-embed'],
    rerankModels: options.rerankModels ?? ['test-rerank'],
    imageModels: options.imageModels ?? ['test-image'],
    completionCounter: 0,
    rerankCounter: 0,
    images: new Map(),
    origin: '',
  };

  const server = await startRecordingServer({
    name: 'test upstream',
    host: options.host,
    port: options.port,
    // noDelay so each SSE frame leaves immediately instead of waiting for Nagle coalescing.
    noDelay: true,
    handle: (exchange) => handleRequest(state, exchange),
  });
  state.origin = server.origin;

  return {
    url: `${server.origin}/v1`,
    port: server.port,
    requests: server.requests,
    reset: () => server.reset(),
    close: () => server.close(),
  };
}

async function handleRequest(state: ServerState, exchange: Exchange): Promise<void> {
  const { request, response, record } = exchange;
  try {
    const parsedBody = await exchange.readBody();

    // Image URLs work without the key, like the pre-signed blob URLs OpenAI hands out.
    const imageMatch = /^\/images\/([\w-]+)\.png$/.exec(record.path);
    if (record.method === 'GET' && imageMatch) {
      serveImage(state, response, imageMatch[1] ?? '');
      return;
    }
    if (state.apiKey !== undefined && request.headers.authorization !== `Bearer ${state.apiKey}`) {
      sendError(response, 401, 'Incorrect API key provided.', { code: 'invalid_api_key' });
      return;
    }
    if (record.method === 'GET' && record.path === '/v1/models') {
      sendJson(response, 200, {
        object: 'list',
        data: state.models.map((id) => ({
          id,
          object: 'model',
          created: modelCreatedAt,
          owned_by: 'test-upstream',
        })),
      });
      return;
    }
    if (record.method === 'POST' && record.path === '/v1/chat/completions') {
      await handleChatCompletion(state, exchange, parsedBody);
      return;
    }
    if (record.method === 'POST' && record.path === '/v1/embeddings') {
      await handleEmbeddings(state, exchange, parsedBody);
      return;
    }
    if (record.method === 'POST' && record.path === '/v1/rerank') {
      await handleCohereRerank(state, exchange, parsedBody);
      return;
    }
    if (record.method === 'POST' && record.path === '/rerank') {
      await handleTeiRerank(exchange, parsedBody);
      return;
    }
    if (record.method === 'POST' && record.path === '/v1/images/generations') {
      await handleImageGeneration(state, exchange, parsedBody);
      return;
    }
    sendError(response, 404, `Invalid URL (${record.method} ${record.path})`, { code: 'not_found' });
  } catch (error: unknown) {
    // Aborts (client gone or close()) are expected; anything else is a bug worth surfacing in test output.
    if (exchange.signal.aborted) return;
    console.error('test upstream: unexpected error', error);
    if (response.headersSent) {
      exchange.disconnect();
    } else {
      sendError(response, 500, 'The test upstream failed unexpectedly.', {});
    }
  }
}

async function handleChatCompletion(
  state: ServerState,
  exchange: Exchange,
  parsedBody: ParsedBody,
): Promise<void> {
  const { response, signal } = exchange;
  const openAiFailure = openAiFailureSender(response);
  const chatRequest = validateBody(parsedBody, chatRequestSchema, openAiFailure);
  if (chatRequest === undefined) return;
  if (!acceptsModel(chatRequest.model, state.models, openAiFailure)) return;

  const lastUserMessage = chatRequest.messages.findLast((message) => message.role === 'user');
  const { directives, strippedText } = parseScenarioDirectives(
    lastUserMessage ? messageText(lastUserMessage) : '',
  );

  if (await answerDelayAndStatus(signal, directives, openAiFailure)) return;

  const pieces = composeReplyPieces(state, chatRequest, directives, strippedText);
  const usage = directives.omitUsage === true ? undefined : countUsage(chatRequest, pieces);
  const citations = state.citations === undefined ? {} : { citations: state.citations };
  const toolCall =
    directives.toolName !== undefined && (chatRequest.tools?.length ?? 0) > 0
      ? {
          id: `call_test_${state.completionCounter + 1}`,
          name: directives.toolName,
          arguments: JSON.stringify({ query: strippedText }),
        }
      : null;
  state.completionCounter += 1;
  const id = `chatcmpl-test-${state.completionCounter}`;
  const created = Math.floor(Date.now() / 1000);

  if (chatRequest.stream !== true) {
    if (directives.disconnectAfterChunks !== undefined) {
      exchange.disconnect();
      return;
    }
    sendJson(response, 200, {
      id,
      object: 'chat.completion',
      created,
      model: chatRequest.model,
      choices: [
        {
          index: 0,
          message:
            toolCall === null
              ? { role: 'assistant', content: pieces.join(''), refusal: null }
              : {
                  role: 'assistant',
                  content: null,
                  refusal: null,
                  tool_calls: [
                    {
                      id: toolCall.id,
                      type: 'function',
                      function: { name: toolCall.name, arguments: toolCall.arguments },
                    },
                  ],
                },
          logprobs: null,
          finish_reason: toolCall === null ? 'stop' : 'tool_calls',
        },
      ],
      ...(usage === undefined ? {} : { usage }),
      ...citations,
    });
    return;
  }

  const includeUsage = chatRequest.stream_options?.include_usage === true && usage !== undefined;
  const chunkDelayMs = directives.chunkDelayMs ?? state.chunkDelayMs;
  // OpenAI sends `usage: null` on every chunk but the last when usage was requested.
  const usagePlaceholder = includeUsage ? { usage: null } : {};
  const chunk = (delta: Record<string, unknown>, finishReason: 'stop' | 'tool_calls' | null): object => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model: chatRequest.model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...usagePlaceholder,
    ...citations,
  });

  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
  });
  response.flushHeaders();

  if (!(await writeFrame(response, chunk({ role: 'assistant', content: '' }, null)))) return;
  if (toolCall !== null) {
    // As OpenAI streams a call: id and name first, then the arguments in pieces.
    const half = Math.ceil(toolCall.arguments.length / 2);
    const frames = [
      { index: 0, id: toolCall.id, type: 'function', function: { name: toolCall.name, arguments: '' } },
      { index: 0, function: { arguments: toolCall.arguments.slice(0, half) } },
      { index: 0, function: { arguments: toolCall.arguments.slice(half) } },
    ];
    for (const frame of frames)
      if (!(await writeFrame(response, chunk({ tool_calls: [frame] }, null)))) return;
    if (!(await writeFrame(response, chunk({}, 'tool_calls')))) return;
    if (
      includeUsage &&
      !(await writeFrame(response, {
        id,
        object: 'chat.completion.chunk',
        created,
        model: chatRequest.model,
        choices: [],
        usage,
      }))
    )
      return;
    if (!(await writeFrame(response, '[DONE]'))) return;
    response.end();
    return;
  }
  for (const [index, piece] of pieces.entries()) {
    if (directives.disconnectAfterChunks !== undefined && index >= directives.disconnectAfterChunks) break;
    if (chunkDelayMs > 0) await sleep(chunkDelayMs, undefined, { signal });
    if (!(await writeFrame(response, chunk({ content: piece }, null)))) return;
  }
  if (directives.disconnectAfterChunks !== undefined) {
    // Every frame above was flushed (writeFrame waits for it), so the client sees them before the cut.
    exchange.disconnect();
    return;
  }
  if (!(await writeFrame(response, chunk({}, 'stop')))) return;
  if (includeUsage) {
    const usageChunk = {
      id,
      object: 'chat.completion.chunk',
      created,
      model: chatRequest.model,
      choices: [],
      usage,
    };
    if (!(await writeFrame(response, usageChunk))) return;
  }
  if (!(await writeFrame(response, '[DONE]'))) return;
  response.end();
}

/** Writes one SSE frame and resolves once it is flushed; false when the connection is gone. */
function writeFrame(response: ServerResponse, payload: object | string): Promise<boolean> {
  if (response.destroyed) return Promise.resolve(false);
  const data = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return new Promise((resolve) => {
    response.write(`data: ${data}\n\n`, (error) => resolve(!error));
  });
}

/** Answers an error in one protocol's shape; each route uses the shape its real server uses. */
export type FailureSender = (
  status: number,
  message: string,
  details?: { param?: string | null; code?: string | null; headers?: Record<string, string> },
) => void;

function openAiFailureSender(response: ServerResponse): FailureSender {
  return (status, message, details = {}) => sendError(response, status, message, details);
}

/** TEI answers `{error, error_type}`; its types are Validation, Overloaded, Backend, ... */
function teiFailureSender(response: ServerResponse): FailureSender {
  return (status, message, details = {}) => {
    const errorType = status === 429 ? 'Overloaded' : status >= 500 ? 'Backend' : 'Validation';
    sendJson(
      response,
      status,
      { ...fixtures().teiError, error: message, error_type: errorType },
      details.headers,
    );
  };
}

/** The parsed, validated body, or undefined after answering 400 the way OpenAI does. */
function validateBody<Output>(
  parsedBody: ParsedBody,
  schema: z.ZodType<Output>,
  fail: FailureSender,
): Output | undefined {
  if (!parsedBody.ok) {
    fail(400, 'We could not parse the JSON body of your request.');
    return undefined;
  }
  const validation = schema.safeParse(parsedBody.value);
  if (!validation.success) {
    const issue = validation.error.issues[0];
    const param = issue && issue.path.length > 0 ? issue.path.join('.') : null;
    const message = issue ? `${param ?? 'body'}: ${issue.message}` : 'Invalid request body.';
    fail(400, message, { param });
    return undefined;
  }
  return validation.data;
}

/** True when `model` is served; otherwise answers OpenAI's 404 model_not_found. */
function acceptsModel(model: string, served: string[], fail: FailureSender): boolean {
  if (served.includes(model)) return true;
  fail(404, `The model '${model}' does not exist.`, { param: 'model', code: 'model_not_found' });
  return false;
}

/** Applies `[[delay:MS]]`, then `[[status:NNN]]` (with `[[retry-after:S]]`); true when it answered. */
export async function answerDelayAndStatus(
  signal: AbortSignal,
  directives: ScenarioDirectives,
  fail: FailureSender,
): Promise<boolean> {
  if (directives.delayMs !== undefined) await sleep(directives.delayMs, undefined, { signal });
  if (directives.status === undefined) return false;
  if (directives.status < 400 || directives.status > 599) {
    fail(400, `[[status:${directives.status}]] must be between 400 and 599.`);
    return true;
  }
  const headers: Record<string, string> = {};
  if (directives.retryAfterSeconds !== undefined)
    headers['retry-after'] = String(directives.retryAfterSeconds);
  fail(directives.status, `Simulated upstream error (status ${directives.status}).`, { headers });
  return true;
}

/** The directives of the JSON-only endpoints: delay, status, and `[[disconnect-after:N]]` as a dropped request. */
async function answerJsonDirectives(
  exchange: Exchange,
  directives: ScenarioDirectives,
  fail: FailureSender,
): Promise<boolean> {
  if (await answerDelayAndStatus(exchange.signal, directives, fail)) return true;
  if (directives.disconnectAfterChunks === undefined) return false;
  exchange.disconnect();
  return true;
}

const embeddingRequestSchema = z.looseObject({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1)]),
  dimensions: z.number().int().positive().max(4096).nullish(),
  encoding_format: z.enum(['float', 'base64']).nullish(),
});

const defaultEmbeddingDimensions = 8;

/**
 * Vectors are a hashed bag of tokens (see contentTokens): each token adds a pseudo-random direction
 * derived from its SHA-256, and the sum is normalised to length 1 like OpenAI's. Equal texts get equal
 * vectors, and texts sharing tokens point in similar directions, so retrieval tests behave plausibly.
 * usage.prompt_tokens = sum over inputs of ceil(length / 2), as sent (the chat prompt-token rule without
 * the per-message overhead).
 */
async function handleEmbeddings(
  state: ServerState,
  exchange: Exchange,
  parsedBody: ParsedBody,
): Promise<void> {
  const fail = openAiFailureSender(exchange.response);
  const embeddingRequest = validateBody(parsedBody, embeddingRequestSchema, fail);
  if (embeddingRequest === undefined) return;
  if (!acceptsModel(embeddingRequest.model, [...state.models, ...state.embeddingModels], fail)) return;

  const inputs =
    typeof embeddingRequest.input === 'string' ? [embeddingRequest.input] : embeddingRequest.input;
  const { directives } = parseScenarioDirectives(inputs.join('\n'));
  if (await answerJsonDirectives(exchange, directives, fail)) return;

  const dimensions = embeddingRequest.dimensions ?? defaultEmbeddingDimensions;
  const fixture = fixtures().embeddings;
  const [template] = fixture.data;
  const promptTokens = inputs.reduce((sum, text) => sum + Math.ceil(text.length / 2), 0);
  sendJson(exchange.response, 200, {
    ...fixture,
    data: inputs.map((text, index) => {
      const vector = embedText(parseScenarioDirectives(text).strippedText, dimensions);
      return {
        ...template,
        index,
        // base64 is little-endian float32, as OpenAI sends it.
        embedding:
          embeddingRequest.encoding_format === 'base64'
            ? Buffer.from(new Float32Array(vector).buffer).toString('base64')
            : vector,
      };
    }),
    model: embeddingRequest.model,
    usage: { ...fixture.usage, prompt_tokens: promptTokens, total_tokens: promptTokens },
  });
}

/**
 * Hangul counts syllable by syllable, because particles glue onto Korean words ("예산은", "예산을") and
 * whole words would rarely match; other scripts count word by word. Lower-cased.
 */
function contentTokens(text: string): string[] {
  return text.toLowerCase().match(/[\uac00-\ud7a3]|(?:(?![\uac00-\ud7a3])[\p{L}\p{N}])+/gu) ?? [];
}

function embedText(text: string, dimensions: number): number[] {
  let sums = Array.from({ length: dimensions }, () => 0);
  for (const token of contentTokens(text)) {
    const bytes = hashBytes(token, dimensions);
    sums = sums.map((sum, index) => sum + (bytes[index] ?? 0) / 127.5 - 1);
  }
  const length = Math.hypot(...sums);
  // A text without tokens still needs a valid unit vector.
  if (length === 0) return sums.map((_sum, index) => (index === 0 ? 1 : 0));
  return sums.map((sum) => Math.round((sum / length) * 1e6) / 1e6);
}

/** `count` deterministic bytes for `seed`, from as many SHA-256 blocks as needed. */
function hashBytes(seed: string, count: number): Buffer {
  const blocks: Buffer[] = [];
  for (let block = 0; blocks.length * 32 < count; block += 1) {
    blocks.push(createHash('sha256').update(`${seed}\u0000${block}`).digest());
  }
  return Buffer.concat(blocks).subarray(0, count);
}

/** Share of the query's distinct tokens that also occur in the document: 1 all, 0 none. */
function relevanceScore(query: string, document: string): number {
  const queryTokens = new Set(contentTokens(query));
  if (queryTokens.size === 0) return 0;
  const documentTokens = new Set(contentTokens(document));
  let found = 0;
  for (const token of queryTokens) if (documentTokens.has(token)) found += 1;
  return found / queryTokens.size;
}

/** Best first; equal scores keep the documents' order so answers are deterministic. */
function rankDocuments(query: string, documents: string[]): { index: number; score: number }[] {
  return documents
    .map((document, index) => ({ index, score: relevanceScore(query, document) }))
    .sort((left, right) => right.score - left.score || left.index - right.index);
}

/** A cross-encoder reads query and document together, so each pair costs ceil((query + document) / 2). */
function rerankTokens(query: string, documents: string[]): number {
  return documents.reduce((sum, document) => sum + Math.ceil((query.length + document.length) / 2), 0);
}

const cohereRerankRequestSchema = z.looseObject({
  model: z.string().min(1),
  query: z.string().min(1),
  // Cohere v2 takes strings; v1 and Jina also take `{text}` objects.
  documents: z.array(z.union([z.string(), z.looseObject({ text: z.string() })])).min(1),
  top_n: z.number().int().positive().nullish(),
  return_documents: z.boolean().nullish(),
});

/** Cohere's /rerank as vLLM and Jina answer it: Cohere's `results` plus `model` and token `usage`. */
async function handleCohereRerank(
  state: ServerState,
  exchange: Exchange,
  parsedBody: ParsedBody,
): Promise<void> {
  const fail = openAiFailureSender(exchange.response);
  const rerankRequest = validateBody(parsedBody, cohereRerankRequestSchema, fail);
  if (rerankRequest === undefined) return;
  if (!acceptsModel(rerankRequest.model, [...state.models, ...state.rerankModels], fail)) return;

  const { directives, strippedText: query } = parseScenarioDirectives(rerankRequest.query);
  if (await answerJsonDirectives(exchange, directives, fail)) return;

  const documents = rerankRequest.documents.map((document) =>
    typeof document === 'string' ? document : document.text,
  );
  const ranked = rankDocuments(query, documents).slice(0, rerankRequest.top_n ?? documents.length);
  state.rerankCounter += 1;
  const fixture = fixtures().vllmRerank;
  sendJson(exchange.response, 200, {
    ...fixture,
    id: `rerank-test-${state.rerankCounter}`,
    model: rerankRequest.model,
    usage: { ...fixture.usage, total_tokens: rerankTokens(rerankRequest.query, documents) },
    results: ranked.map(({ index, score }) => ({
      index,
      ...(rerankRequest.return_documents === true ? { document: { text: documents[index] ?? '' } } : {}),
      relevance_score: score,
    })),
  });
}

const teiRerankRequestSchema = z.looseObject({
  query: z.string().min(1),
  texts: z.array(z.string()).min(1),
  return_text: z.boolean().nullish(),
  raw_scores: z.boolean().nullish(),
  truncate: z.boolean().nullish(),
});

/** TEI's native /rerank: `{query, texts}` in, a bare array `[{index, score}]` out, best first. */
async function handleTeiRerank(exchange: Exchange, parsedBody: ParsedBody): Promise<void> {
  const fail = teiFailureSender(exchange.response);
  const rerankRequest = validateBody(parsedBody, teiRerankRequestSchema, fail);
  if (rerankRequest === undefined) return;
  const { directives, strippedText: query } = parseScenarioDirectives(rerankRequest.query);
  if (await answerJsonDirectives(exchange, directives, fail)) return;

  const [template] = fixtures().teiRerank;
  sendJson(
    exchange.response,
    200,
    rankDocuments(query, rerankRequest.texts).map(({ index, score }) => ({
      ...template,
      index,
      score,
      ...(rerankRequest.return_text === true ? { text: rerankRequest.texts[index] ?? '' } : {}),
    })),
  );
}

const imageRequestSchema = z.looseObject({
  model: z.string().min(1),
  prompt: z.string().min(1),
  n: z.number().int().min(1).max(10).nullish(),
  size: z
    .string()
    .regex(/^(auto|[1-9]\d{0,3}x[1-9]\d{0,3})$/, 'must be "auto" or WIDTHxHEIGHT up to 9999x9999')
    .nullish(),
  quality: z.string().nullish(),
  response_format: z.enum(['url', 'b64_json']).nullish(),
});

const defaultImageSize = { width: 1024, height: 1024 };

/**
 * Real PNGs of the requested size in one colour derived from the prompt and the image's position.
 * `response_format` defaults to b64_json (what gpt-image models always answer); `url` points at
 * GET /images/<id>.png on this server. Every image gets a revised_prompt, as dall-e-3 returns.
 */
async function handleImageGeneration(
  state: ServerState,
  exchange: Exchange,
  parsedBody: ParsedBody,
): Promise<void> {
  const fail = openAiFailureSender(exchange.response);
  const imageRequest = validateBody(parsedBody, imageRequestSchema, fail);
  if (imageRequest === undefined) return;
  if (!acceptsModel(imageRequest.model, [...state.models, ...state.imageModels], fail)) return;

  const { directives, strippedText: prompt } = parseScenarioDirectives(imageRequest.prompt);
  if (await answerJsonDirectives(exchange, directives, fail)) return;

  const sizeMatch = /^(\d+)x(\d+)$/.exec(imageRequest.size ?? '');
  const width = sizeMatch ? Number(sizeMatch[1]) : defaultImageSize.width;
  const height = sizeMatch ? Number(sizeMatch[2]) : defaultImageSize.height;
  const format = imageRequest.response_format ?? 'b64_json';
  const fixture = format === 'url' ? fixtures().imagesUrl : fixtures().imagesBase64;
  const [template] = fixture.data;

  const data = Array.from({ length: imageRequest.n ?? 1 }, (_unused, index) => {
    const [red = 0, green = 0, blue = 0] = hashBytes(`${prompt}\u0000${index}`, 3);
    const png = encodeSolidPng(width, height, red, green, blue);
    let image: { b64_json: string } | { url: string };
    if (format === 'url') {
      const id = `image-${state.images.size + 1}`;
      state.images.set(id, png);
      image = { url: `${state.origin}/images/${id}.png` };
    } else {
      image = { b64_json: png.toString('base64') };
    }
    return { ...template, ...image, revised_prompt: `테스트 업스트림이 다듬은 프롬프트: ${prompt}` };
  });
  sendJson(exchange.response, 200, { ...fixture, created: Math.floor(Date.now() / 1000), data });
}

function serveImage(state: ServerState, response: ServerResponse, id: string): void {
  const png = state.images.get(id);
  if (png === undefined) {
    sendError(response, 404, `No image with id '${id}'.`, { code: 'not_found' });
    return;
  }
  response.writeHead(200, { 'content-type': 'image/png', 'content-length': png.length });
  response.end(png);
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

/** A valid 8-bit RGB PNG filled with one colour: IHDR, one deflated IDAT, IEND. */
function encodeSolidPng(width: number, height: number, red: number, green: number, blue: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type 2: truecolour RGB; compression, filter, interlace stay 0
  // Each scanline is a filter-type byte (0, none) followed by the row's RGB triples.
  const scanline = Buffer.alloc(1 + width * 3);
  for (let column = 0; column < width; column += 1) {
    scanline.writeUInt8(red, 1 + column * 3);
    scanline.writeUInt8(green, 2 + column * 3);
    scanline.writeUInt8(blue, 3 + column * 3);
  }
  const pixels = Buffer.concat(Array.from({ length: height }, () => scanline));
  return Buffer.concat([
    pngSignature,
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(pixels)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reads and validates a fixture from ./fixtures, so a mistyped fixture fails at once with its path. */
export function readFixture<Output>(relativePath: string, schema: z.ZodType<Output>): Output {
  const url = new URL(`./fixtures/${relativePath}`, import.meta.url);
  const parsed = schema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success)
    throw new Error(`test upstream: fixture ${relativePath} is malformed: ${parsed.error.message}`);
  return parsed.data;
}

const imageFixtureSchema = z.looseObject({
  created: z.number(),
  data: z.tuple([z.looseObject({ revised_prompt: z.string() })]),
});

function loadFixtures() {
  return {
    embeddings: readFixture(
      'openai/embeddings.json',
      z.looseObject({
        object: z.literal('list'),
        data: z.tuple([
          z.looseObject({
            object: z.literal('embedding'),
            index: z.number(),
            embedding: z.array(z.number()),
          }),
        ]),
        model: z.string(),
        usage: z.looseObject({ prompt_tokens: z.number(), total_tokens: z.number() }),
      }),
    ),
    imagesUrl: readFixture('openai/images-generations-url.json', imageFixtureSchema),
    imagesBase64: readFixture('openai/images-generations-b64.json', imageFixtureSchema),
    vllmRerank: readFixture(
      'vllm/rerank.json',
      z.looseObject({
        id: z.string(),
        model: z.string(),
        usage: z.looseObject({ total_tokens: z.number() }),
        results: z.array(z.looseObject({ index: z.number(), relevance_score: z.number() })),
      }),
    ),
    teiRerank: readFixture(
      'tei/rerank.json',
      z.tuple([z.looseObject({ index: z.number(), score: z.number() })], z.looseObject({})),
    ),
    teiError: readFixture('tei/error.json', z.looseObject({ error: z.string(), error_type: z.string() })),
  };
}

let cachedFixtures: ReturnType<typeof loadFixtures> | undefined;

// Loaded on first use so chat-only users of this module never touch the file system.
function fixtures(): ReturnType<typeof loadFixtures> {
  cachedFixtures ??= loadFixtures();
  return cachedFixtures;
}

export function parseScenarioDirectives(text: string): {
  directives: ScenarioDirectives;
  strippedText: string;
} {
  const directives: ScenarioDirectives = {};
  for (const match of text.matchAll(replyDirectivePattern)) directives.replyText = match[1] ?? '';
  for (const match of text.matchAll(toolDirectivePattern)) directives.toolName = match[1] ?? '';
  if (noUsageDirectivePattern.test(text)) directives.omitUsage = true;
  const withoutReply = text
    .replace(replyDirectivePattern, '')
    .replace(toolDirectivePattern, '')
    .replace(noUsageDirectivePattern, '');

  for (const match of withoutReply.matchAll(numericDirectivePattern)) {
    const value = Number.parseInt(match[2] ?? '', 10);
    switch (match[1]?.toLowerCase()) {
      case 'status':
        directives.status = value;
        break;
      case 'retry-after':
        directives.retryAfterSeconds = value;
        break;
      case 'delay':
        directives.delayMs = value;
        break;
      case 'chunk-delay':
        directives.chunkDelayMs = value;
        break;
      case 'disconnect-after':
        directives.disconnectAfterChunks = value;
        break;
      case 'chunks':
        directives.chunkCount = value;
        break;
      case 'split':
        directives.splitLength = value;
        break;
    }
  }
  const strippedText = withoutReply
    .replace(numericDirectivePattern, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  return { directives, strippedText };
}

function composeReplyPieces(
  state: ServerState,
  request: ChatRequest,
  directives: ScenarioDirectives,
  strippedText: string,
): string[] {
  if (directives.replyText !== undefined) {
    return directives.chunkCount === undefined
      ? splitIntoPieces(directives.replyText)
      : fitToChunkCount(directives.replyText, directives.chunkCount);
  }
  if (directives.chunkCount !== undefined) return fillerPieces(directives.chunkCount);
  const reply = state.reply(request, { lastUserText: strippedText });
  return directives.splitLength === undefined || directives.splitLength === 0
    ? splitIntoPieces(reply)
    : splitEvery(reply, directives.splitLength);
}

function splitEvery(reply: string, length: number): string[] {
  const characters = Array.from(reply);
  const pieces: string[] = [];
  for (let index = 0; index < characters.length; index += length)
    pieces.push(characters.slice(index, index + length).join(''));
  return pieces;
}

/**
 * One piece per word (eojeol), each keeping its trailing whitespace and the first also any leading
 * whitespace, so joining the pieces gives back the reply exactly.
 */
function splitIntoPieces(reply: string): string[] {
  const pieces = reply.match(/\s*\S+\s*/g);
  if (pieces) return pieces;
  return reply === '' ? [] : [reply];
}

/** Pads with filler words or merges the surplus into the last piece so there are exactly `count` pieces. */
function fitToChunkCount(reply: string, count: number): string[] {
  if (count === 0) return [];
  const pieces = splitIntoPieces(reply);
  if (pieces.length >= count) {
    return [...pieces.slice(0, count - 1), pieces.slice(count - 1).join('')];
  }
  const lastIndex = pieces.length - 1;
  const last = pieces[lastIndex];
  if (last !== undefined && !/\s$/.test(last)) pieces[lastIndex] = `${last} `;
  return [...pieces, ...fillerPieces(count - pieces.length)];
}

function fillerPieces(count: number): string[] {
  return Array.from({ length: count }, (_unused, index) => {
    const word = fillerWords[index % fillerWords.length] ?? '';
    return index === count - 1 ? word : `${word} `;
  });
}

function defaultReply(request: ChatRequest, context: ReplyContext): string {
  return [
    `"${context.lastUserText}"에 대한 답변입니다. 테스트 업스트림이 만든 결정적인 응답입니다.`,
    '',
    '- 첫째 항목: 요청을 확인했습니다.',
    '- 둘째 항목: **굵은 글씨**와 `코드`를 포함합니다.',
    '',
    '| 항목 | 값 |',
    '| --- | --- |',
    `| 모델 | ${request.model} |`,
    `| 메시지 수 | ${request.messages.length} |`,
  ].join('\n');
}

function messageText(message: ChatMessage): string {
  if (message.content === null) return '';
  return typeof message.content === 'string'
    ? message.content
    : message.content.map((part) => part.text).join('\n');
}

/**
 * A deterministic stand-in for a tokenizer so tests can predict usage:
 * prompt_tokens = sum over messages of ceil(length / 2) + 4 (role and framing overhead), where length is
 * the JavaScript string length of the message text as sent, directives included (text parts joined by "\n");
 * completion_tokens = number of content pieces, which is why the streaming and JSON forms agree.
 */
function countUsage(
  request: ChatRequest,
  pieces: string[],
): { prompt_tokens: number; completion_tokens: number; total_tokens: number } {
  const promptTokens = request.messages.reduce(
    (sum, message) => sum + Math.ceil(messageText(message).length / 2) + 4,
    0,
  );
  const completionTokens = pieces.length;
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: object,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  response.end(payload);
}

/** Sends an error in the OpenAI shape `{ error: { message, type, param, code } }`. */
function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  details: { param?: string | null; code?: string | null; headers?: Record<string, string> },
): void {
  sendJson(
    response,
    status,
    {
      error: {
        message,
        type: errorType(status),
        param: details.param ?? null,
        code: details.code ?? errorCode(status),
      },
    },
    details.headers,
  );
}

// Mirrors the types OpenAI uses so clients that branch on them behave as in production.
function errorType(status: number): string {
  if (status === 429) return 'requests';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

function errorCode(status: number): string | null {
  return status === 429 ? 'rate_limit_exceeded' : null;
}
