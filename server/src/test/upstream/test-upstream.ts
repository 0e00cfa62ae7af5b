import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { text as readText } from 'node:stream/consumers';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

// Test support only: a stand-in OpenAI chat-completions provider for integration and browser tests.

const textPartSchema = z.looseObject({ type: z.literal('text'), text: z.string() });

const chatMessageSchema = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
  content: z.union([z.string(), z.array(textPartSchema)]),
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
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; undefined when the body was empty or not valid JSON. */
  body: unknown;
  rawBody: string;
  /** True when the client went away before the response was complete. */
  aborted: boolean;
}

export interface TestUpstream {
  /** Base URL ending in /v1, e.g. http://127.0.0.1:12345/v1. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  /** Forgets recorded requests (the same array is emptied, so held references stay live). */
  reset(): void;
  /** Stops listening and destroys open sockets, including keep-alive and streaming ones. */
  close(): Promise<void>;
}

interface ScenarioDirectives {
  status?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  chunkDelayMs?: number;
  disconnectAfterChunks?: number;
  chunkCount?: number;
  replyText?: string;
}

interface ServerState {
  apiKey: string | undefined;
  models: string[];
  reply: (request: ChatRequest, context: ReplyContext) => string;
  chunkDelayMs: number;
  requests: RecordedRequest[];
  closing: boolean;
  completionCounter: number;
}

interface Exchange {
  response: ServerResponse;
  signal: AbortSignal;
  /** Destroys the socket on purpose so the close is not mistaken for a client abort. */
  disconnect(): void;
}

const defaultModels = ['test-chat', 'test-chat-2'];
// A fixed timestamp keeps the models list byte-for-byte deterministic.
const modelCreatedAt = 1_700_000_000;
const fillerWords = ['테스트', '응답을', '위한', '채움', '문장의', '한', '조각입니다'];

// The reply directive is read first because its TEXT may contain anything up to the closing brackets.
const replyDirectivePattern = /\[\[reply:([\s\S]*?)\]\]/gi;
const numericDirectivePattern =
  /\[\[(status|retry-after|delay|chunk-delay|disconnect-after|chunks):(\d+)\]\]/gi;

export async function startTestUpstream(options: TestUpstreamOptions = {}): Promise<TestUpstream> {
  const host = options.host ?? '127.0.0.1';
  const state: ServerState = {
    apiKey: options.apiKey,
    models: options.models ?? defaultModels,
    reply: options.reply ?? defaultReply,
    chunkDelayMs: options.chunkDelayMs ?? 0,
    requests: [],
    closing: false,
    completionCounter: 0,
  };

  // noDelay so each SSE frame leaves immediately instead of waiting for Nagle coalescing.
  const server = createServer({ noDelay: true }, (request, response) => {
    void handleRequest(state, request, response);
  });

  // Tracked so close() can destroy keep-alive and streaming sockets that would otherwise keep it waiting.
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('test upstream: expected a TCP address');
  }
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closePromise: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${address.port}/v1`,
    port: address.port,
    requests: state.requests,
    reset() {
      state.requests.length = 0;
    },
    close() {
      closePromise ??= new Promise<void>((resolve, reject) => {
        state.closing = true;
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      });
      return closePromise;
    },
  };
}

async function handleRequest(
  state: ServerState,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://test-upstream');
  const record: RecordedRequest = {
    method: request.method ?? 'GET',
    path: url.pathname,
    headers: request.headers,
    body: undefined,
    rawBody: '',
    aborted: false,
  };
  state.requests.push(record);

  const abortController = new AbortController();
  let disconnectedOnPurpose = false;
  response.on('close', () => {
    if (response.writableFinished) return;
    abortController.abort();
    if (!disconnectedOnPurpose && !state.closing) record.aborted = true;
  });
  const exchange: Exchange = {
    response,
    signal: abortController.signal,
    disconnect() {
      disconnectedOnPurpose = true;
      response.destroy();
    },
  };

  try {
    record.rawBody = await readText(request);
    const parsedBody = parseJson(record.rawBody);
    if (parsedBody.ok) record.body = parsedBody.value;

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
    sendError(response, 404, `Invalid URL (${record.method} ${record.path})`, { code: 'not_found' });
  } catch (error: unknown) {
    // Aborts (client gone or close()) are expected; anything else is a bug worth surfacing in test output.
    if (abortController.signal.aborted) return;
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
  parsedBody: { ok: true; value: unknown } | { ok: false },
): Promise<void> {
  const { response, signal } = exchange;
  if (!parsedBody.ok) {
    sendError(response, 400, 'We could not parse the JSON body of your request.', {});
    return;
  }
  const validation = chatRequestSchema.safeParse(parsedBody.value);
  if (!validation.success) {
    const issue = validation.error.issues[0];
    const param = issue && issue.path.length > 0 ? issue.path.join('.') : null;
    const message = issue ? `${param ?? 'body'}: ${issue.message}` : 'Invalid request body.';
    sendError(response, 400, message, { param });
    return;
  }
  const chatRequest = validation.data;
  if (!state.models.includes(chatRequest.model)) {
    sendError(response, 404, `The model '${chatRequest.model}' does not exist.`, {
      param: 'model',
      code: 'model_not_found',
    });
    return;
  }

  const lastUserMessage = chatRequest.messages.findLast((message) => message.role === 'user');
  const { directives, strippedText } = parseScenarioDirectives(
    lastUserMessage ? messageText(lastUserMessage) : '',
  );

  if (directives.delayMs !== undefined) await sleep(directives.delayMs, undefined, { signal });

  if (directives.status !== undefined) {
    if (directives.status < 400 || directives.status > 599) {
      sendError(response, 400, `[[status:${directives.status}]] must be between 400 and 599.`, {});
      return;
    }
    const headers: Record<string, string> = {};
    if (directives.retryAfterSeconds !== undefined)
      headers['retry-after'] = String(directives.retryAfterSeconds);
    sendError(response, directives.status, `Simulated upstream error (status ${directives.status}).`, {
      headers,
    });
    return;
  }

  const pieces = composeReplyPieces(state, chatRequest, directives, strippedText);
  const usage = countUsage(chatRequest, pieces);
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
          message: { role: 'assistant', content: pieces.join(''), refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage,
    });
    return;
  }

  const includeUsage = chatRequest.stream_options?.include_usage === true;
  const chunkDelayMs = directives.chunkDelayMs ?? state.chunkDelayMs;
  // OpenAI sends `usage: null` on every chunk but the last when usage was requested.
  const usagePlaceholder = includeUsage ? { usage: null } : {};
  const chunk = (delta: Record<string, string>, finishReason: 'stop' | null): object => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model: chatRequest.model,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    ...usagePlaceholder,
  });

  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
  });
  response.flushHeaders();

  if (!(await writeFrame(response, chunk({ role: 'assistant', content: '' }, null)))) return;
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

function parseScenarioDirectives(text: string): { directives: ScenarioDirectives; strippedText: string } {
  const directives: ScenarioDirectives = {};
  for (const match of text.matchAll(replyDirectivePattern)) directives.replyText = match[1] ?? '';
  const withoutReply = text.replace(replyDirectivePattern, '');

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
  return splitIntoPieces(state.reply(request, { lastUserText: strippedText }));
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

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw === '') return { ok: false };
  try {
    const value: unknown = JSON.parse(raw);
    return { ok: true, value };
  } catch {
    return { ok: false };
  }
}

function sendJson(
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
