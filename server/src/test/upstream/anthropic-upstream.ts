import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import {
  startRecordingServer,
  type ParsedBody,
  type RecordedRequest,
  type RecordingExchange,
} from './recording-server.js';

// Test support only: a stand-in for Anthropic's Messages API. It replays the recorded-style fixtures in
// ./fixtures/anthropic (see the README there), substituting only what depends on the request.

// ---- Fixtures ------------------------------------------------------------------------------------------

const fixtureUsageSchema = z.looseObject({
  input_tokens: z.number(),
  output_tokens: z.number(),
  cache_creation_input_tokens: z.number().nullish(),
  cache_read_input_tokens: z.number().nullish(),
});

const fixtureMessageSchema = z.looseObject({
  id: z.string(),
  type: z.literal('message'),
  role: z.literal('assistant'),
  model: z.string(),
  content: z.array(z.looseObject({ type: z.string() })),
  stop_reason: z.string().nullable(),
  stop_sequence: z.string().nullable(),
  usage: fixtureUsageSchema,
});
type FixtureMessage = z.infer<typeof fixtureMessageSchema>;

const fixtureStreamSchema = z.array(
  z.object({ event: z.string(), data: z.looseObject({ type: z.string() }) }),
);
type FixtureStreamEvent = z.infer<typeof fixtureStreamSchema>[number];

const fixtureErrorSchema = z.looseObject({
  type: z.literal('error'),
  error: z.looseObject({ type: z.string(), message: z.string() }),
});

// Typed views of the stream events the replay rewrites; every other event is replayed untouched.
const messageStartEventSchema = z.looseObject({
  type: z.literal('message_start'),
  message: z.looseObject({ usage: fixtureUsageSchema }),
});
const contentBlockStartEventSchema = z.looseObject({
  type: z.literal('content_block_start'),
  index: z.number(),
  content_block: z.looseObject({ type: z.string() }),
});
const contentBlockDeltaEventSchema = z.looseObject({
  type: z.literal('content_block_delta'),
  index: z.number(),
  delta: z.looseObject({ type: z.string() }),
});
const messageDeltaEventSchema = z.looseObject({
  type: z.literal('message_delta'),
  delta: z.looseObject({ stop_reason: z.string().nullable() }),
  usage: z.looseObject({ output_tokens: z.number() }),
});

function loadFixture<Output>(name: string, schema: z.ZodType<Output>): Output {
  const text = readFileSync(new URL(`./fixtures/anthropic/${name}`, import.meta.url), 'utf8');
  return schema.parse(JSON.parse(text));
}

// Loaded once; every reply starts from a structuredClone so no request can change them.
const fixtures = {
  textMessage: loadFixture('message-text.json', fixtureMessageSchema),
  toolUseMessage: loadFixture('message-tool-use.json', fixtureMessageSchema),
  textStream: loadFixture('stream-text.json', fixtureStreamSchema),
  toolUseStream: loadFixture('stream-tool-use.json', fixtureStreamSchema),
  overloadedError: loadFixture('error-overloaded.json', fixtureErrorSchema),
};

// ---- Request validation --------------------------------------------------------------------------------

/** Anthropic says "Field required" for a missing field; zod's default message would say something else. */
const required = {
  error: (issue: { input: unknown }) => (issue.input === undefined ? 'Field required' : undefined),
};

const textBlockSchema = z.looseObject({
  type: z.literal('text'),
  text: z.string(required).min(1, 'text content blocks must be non-empty'),
});
const toolUseBlockSchema = z.looseObject({
  type: z.literal('tool_use'),
  id: z.string(required).min(1),
  name: z.string(required).min(1),
  input: z.record(z.string(), z.unknown(), required),
});
const toolResultBlockSchema = z.looseObject({
  type: z.literal('tool_result'),
  tool_use_id: z.string(required).min(1),
  content: z.union([z.string(), z.array(textBlockSchema)]).optional(),
  is_error: z.boolean().optional(),
});
const imageBlockSchema = z.looseObject({ type: z.literal('image'), source: z.looseObject({}) });
const contentBlockSchema = z.discriminatedUnion('type', [
  textBlockSchema,
  toolUseBlockSchema,
  toolResultBlockSchema,
  imageBlockSchema,
]);
type ContentBlock = z.infer<typeof contentBlockSchema>;

const messageSchema = z.looseObject({
  role: z.enum(['user', 'assistant'], required),
  content: z.union([z.string(), z.array(contentBlockSchema)], required),
});
type AnthropicMessage = z.infer<typeof messageSchema>;

const toolSchema = z.looseObject({
  name: z.string(required).regex(/^[a-zA-Z0-9_-]{1,128}$/),
  description: z.string().optional(),
  input_schema: z.looseObject({ type: z.literal('object') }).optional(),
});

const toolChoiceSchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('auto') }),
  z.looseObject({ type: z.literal('any') }),
  z.looseObject({ type: z.literal('none') }),
  z.looseObject({ type: z.literal('tool'), name: z.string(required) }),
]);

// Loose so fields we do not model (metadata, thinking, top_k, ...) pass as they do at Anthropic.
const messagesRequestSchema = z.looseObject({
  model: z.string(required).min(1),
  max_tokens: z.number(required).int().positive(),
  messages: z.array(messageSchema, required).min(1),
  system: z.union([z.string(), z.array(textBlockSchema)]).optional(),
  stream: z.boolean().optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().min(0).max(1).optional(),
  stop_sequences: z.array(z.string()).optional(),
  tools: z.array(toolSchema).optional(),
  tool_choice: toolChoiceSchema.optional(),
});
type MessagesRequest = z.infer<typeof messagesRequestSchema>;

/** The versions Anthropic accepts in the `anthropic-version` header. */
const knownVersions = new Set(['2023-06-01', '2023-01-01']);

// ---- Public API ----------------------------------------------------------------------------------------

export interface AnthropicUpstreamOptions {
  /** When set, every request must carry `x-api-key: <apiKey>`. */
  apiKey?: string;
  models?: string[];
  /** Pause before each streamed content delta; `[[chunk-delay:MS]]` overrides it. */
  chunkDelayMs?: number;
}

export interface AnthropicRecordedRequest extends RecordedRequest {
  /** Path without the query, e.g. /v1/messages. */
  path: string;
  query: Record<string, string>;
}

export interface AnthropicUpstream {
  /** Base URL ending in /v1, e.g. http://127.0.0.1:12345/v1. */
  url: string;
  port: number;
  requests: AnthropicRecordedRequest[];
  /** Forgets recorded requests (the same array is emptied, so held references stay live). */
  reset(): void;
  /** Stops listening and destroys open sockets, including keep-alive and streaming ones. */
  close(): Promise<void>;
}

// ---- Server --------------------------------------------------------------------------------------------

interface ScenarioDirectives {
  status?: number;
  delayMs?: number;
  chunkDelayMs?: number;
  disconnectAfterEvents?: number;
  errorAfterEvents?: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  stopReason?: string;
}

interface ServerState {
  apiKey: string | undefined;
  models: string[];
  chunkDelayMs: number;
  responseCounter: number;
}

interface Exchange extends RecordingExchange<AnthropicRecordedRequest> {
  requestId: string;
}

/** What the reply will be, decided once so the JSON and the streamed forms agree. */
interface ReplyPlan {
  kind: 'text' | 'tool_use';
  /** Text replies only: the reply split into the pieces that are streamed (one output token each). */
  textPieces: string[];
  toolName: string;
  stopReason: string;
  stopSequence: string | null;
  usage: {
    input_tokens: number;
    cache_creation_input_tokens: number;
    cache_read_input_tokens: number;
    output_tokens: number;
  };
}

const defaultModels = ['claude-sonnet-4-20250514', 'claude-3-5-haiku-20241022'];
// A fixed timestamp keeps the models list byte-for-byte deterministic.
const modelCreatedAt = '2025-05-22T00:00:00Z';

const numericDirectivePattern =
  /\[\[(status|delay|chunk-delay|disconnect-after|error-after|cache-read|cache-write):(\d+)\]\]/gi;
const stopReasonDirectivePattern = /\[\[stop-reason:([a-z_]+)\]\]/gi;

// Anthropic's error types per status (https://docs.anthropic.com/en/api/errors) and sample messages.
const errorTypesByStatus: Record<number, { type: string; message: string }> = {
  400: { type: 'invalid_request_error', message: 'Simulated invalid request.' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  403: {
    type: 'permission_error',
    message: 'Your API key does not have permission to use the specified resource.',
  },
  404: { type: 'not_found_error', message: 'The requested resource could not be found.' },
  413: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
  429: {
    type: 'rate_limit_error',
    message: 'This request would exceed the rate limit for your organization of 50 requests per minute.',
  },
  500: { type: 'api_error', message: 'Internal server error' },
  529: { type: fixtures.overloadedError.error.type, message: fixtures.overloadedError.error.message },
};

export async function startAnthropicUpstream(
  options: AnthropicUpstreamOptions = {},
): Promise<AnthropicUpstream> {
  const state: ServerState = {
    apiKey: options.apiKey,
    models: options.models ?? defaultModels,
    chunkDelayMs: options.chunkDelayMs ?? 0,
    responseCounter: 0,
  };

  const server = await startRecordingServer({
    name: 'anthropic upstream',
    // noDelay so each SSE frame leaves immediately instead of waiting for Nagle coalescing.
    noDelay: true,
    recordExtra: (url) => ({ query: Object.fromEntries(url.searchParams) }),
    handle: (exchange) => handleRequest(state, exchange),
  });

  return {
    url: `${server.origin}/v1`,
    port: server.port,
    requests: server.requests,
    reset: () => server.reset(),
    close: () => server.close(),
  };
}

async function handleRequest(
  state: ServerState,
  recordingExchange: RecordingExchange<AnthropicRecordedRequest>,
): Promise<void> {
  const { request, response, url, record } = recordingExchange;
  state.responseCounter += 1;
  const exchange: Exchange = {
    ...recordingExchange,
    requestId: `req_test_${state.responseCounter}`,
  };

  try {
    const parsedBody = await exchange.readBody();

    // Anthropic checks the key before anything else, then the version header.
    const apiKey = request.headers['x-api-key'];
    if (state.apiKey !== undefined && apiKey !== state.apiKey) {
      const message = apiKey === undefined ? 'x-api-key header is required' : 'invalid x-api-key';
      sendError(exchange, 401, 'authentication_error', message);
      return;
    }
    const version = request.headers['anthropic-version'];
    if (version === undefined) {
      sendError(exchange, 400, 'invalid_request_error', 'anthropic-version: header is required');
      return;
    }
    if (typeof version !== 'string' || !knownVersions.has(version)) {
      sendError(exchange, 400, 'invalid_request_error', 'anthropic-version: invalid version');
      return;
    }

    if (record.method === 'GET' && record.path === '/v1/models') {
      handleListModels(state, exchange, url.searchParams);
      return;
    }
    const modelMatch = /^\/v1\/models\/([^/]+)$/.exec(record.path);
    if (record.method === 'GET' && modelMatch !== null) {
      const id = decodeURIComponent(modelMatch[1] ?? '');
      if (state.models.includes(id)) sendJson(exchange, 200, modelObject(id));
      else sendError(exchange, 404, 'not_found_error', `model: ${id}`);
      return;
    }
    if (record.method === 'POST' && record.path === '/v1/messages') {
      await handleMessages(state, exchange, parsedBody);
      return;
    }
    sendError(exchange, 404, 'not_found_error', 'Not Found');
  } catch (error: unknown) {
    // Aborts (client gone or close()) are expected; anything else is a bug worth surfacing in test output.
    if (exchange.signal.aborted) return;
    console.error('anthropic upstream: unexpected error', error);
    if (response.headersSent) exchange.disconnect();
    else sendError(exchange, 500, 'api_error', 'The Anthropic test upstream failed unexpectedly.');
  }
}

/** Cursor pagination as Anthropic does it: `limit` (1 to 1000, default 20) and `after_id`. */
function handleListModels(state: ServerState, exchange: Exchange, query: URLSearchParams): void {
  const limit = Number(query.get('limit') ?? '20');
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    sendError(exchange, 400, 'invalid_request_error', 'limit: Input should be between 1 and 1000');
    return;
  }
  const afterId = query.get('after_id');
  const start = afterId === null ? 0 : state.models.indexOf(afterId) + 1;
  const page = state.models.slice(start, start + limit);
  sendJson(exchange, 200, {
    data: page.map(modelObject),
    has_more: start + page.length < state.models.length,
    first_id: page[0] ?? null,
    last_id: page.at(-1) ?? null,
  });
}

function modelObject(id: string): object {
  return { type: 'model', id, display_name: displayName(id), created_at: modelCreatedAt };
}

/** "claude-3-5-haiku-20241022" → "Claude 3.5 Haiku", close to how Anthropic names its models. */
function displayName(id: string): string {
  return id
    .replace(/-\d{8}$/, '')
    .replace(/-(\d)-(\d)(?=-|$)/, '-$1.$2')
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

async function handleMessages(state: ServerState, exchange: Exchange, parsedBody: ParsedBody): Promise<void> {
  if (!parsedBody.ok) {
    sendError(exchange, 400, 'invalid_request_error', 'There was an issue with the format of your request');
    return;
  }
  const validation = messagesRequestSchema.safeParse(parsedBody.value);
  if (!validation.success) {
    const issue = validation.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join('.') : 'body';
    sendError(exchange, 400, 'invalid_request_error', `${path}: ${issue?.message ?? 'Invalid request'}`);
    return;
  }
  const messagesRequest = validation.data;
  const conversationProblem = findConversationProblem(messagesRequest);
  if (conversationProblem !== null) {
    sendError(exchange, 400, 'invalid_request_error', conversationProblem);
    return;
  }
  if (!state.models.includes(messagesRequest.model)) {
    sendError(exchange, 404, 'not_found_error', `model: ${messagesRequest.model}`);
    return;
  }

  const lastUserMessage = messagesRequest.messages.findLast((message) => message.role === 'user');
  const { directives, strippedText } = parseScenarioDirectives(
    lastUserMessage === undefined ? '' : messageText(lastUserMessage),
  );
  if (directives.delayMs !== undefined)
    await sleep(directives.delayMs, undefined, { signal: exchange.signal });

  if (directives.status !== undefined) {
    if (directives.status < 400 || directives.status > 599) {
      sendError(exchange, 400, 'invalid_request_error', `[[status:${directives.status}]] must be 400-599.`);
      return;
    }
    const known = errorTypesByStatus[directives.status];
    const type = known?.type ?? (directives.status >= 500 ? 'api_error' : 'invalid_request_error');
    const message = known?.message ?? `Simulated upstream error (status ${directives.status}).`;
    // Anthropic tells rate-limited clients when to come back.
    const headers: Record<string, string> = directives.status === 429 ? { 'retry-after': '15' } : {};
    sendError(exchange, directives.status, type, message, headers);
    return;
  }

  const plan = planReply(messagesRequest, directives, strippedText);
  if (messagesRequest.stream === true) {
    await streamReply(state, exchange, messagesRequest, plan, directives);
    return;
  }
  if (directives.disconnectAfterEvents !== undefined) {
    exchange.disconnect();
    return;
  }
  sendJson(exchange, 200, replyMessage(exchange, messagesRequest, plan));
}

/**
 * The conversation rules Anthropic enforces that a schema cannot express. The current API merges
 * consecutive same-role turns itself, but it used to reject them; this stand-in keeps the stricter rule
 * so tests prove the adapter alternates roles on its own.
 */
function findConversationProblem(request: MessagesRequest): string | null {
  const { messages } = request;
  for (const [index, message] of messages.entries()) {
    const previous = messages[index - 1];
    if (previous?.role === message.role) {
      return `messages: roles must alternate between "user" and "assistant", but found multiple "${message.role}" roles in a row`;
    }
    const blocks = contentBlocks(message);
    if (blocks.length === 0 && !(message.role === 'assistant' && index === messages.length - 1)) {
      return `messages.${index}: all messages must have non-empty content except for the optional final assistant message`;
    }
    const toolResultIds = blocks.flatMap((block) =>
      block.type === 'tool_result' ? [block.tool_use_id] : [],
    );
    const firstOther = blocks.findIndex((block) => block.type !== 'tool_result');
    const lastToolResult = blocks.findLastIndex((block) => block.type === 'tool_result');
    if (firstOther !== -1 && lastToolResult > firstOther) {
      return `messages.${index}: tool_result blocks must come before any other content in a user message`;
    }
    const previousToolUseIds = new Set(
      (previous === undefined ? [] : contentBlocks(previous)).flatMap((block) =>
        block.type === 'tool_use' ? [block.id] : [],
      ),
    );
    const unexpected = toolResultIds.find((id) => !previousToolUseIds.has(id));
    if (unexpected !== undefined) {
      return `messages.${index}.content: unexpected \`tool_use_id\` found in \`tool_result\` blocks: ${unexpected}. Each \`tool_result\` block must have a corresponding \`tool_use\` block in the previous message.`;
    }
    const missing = [...previousToolUseIds].filter((id) => !toolResultIds.includes(id));
    if (missing.length > 0) {
      return `messages.${index - 1}: \`tool_use\` ids were found without \`tool_result\` blocks immediately after: ${missing.join(', ')}. Each \`tool_use\` block must have a corresponding \`tool_result\` block in the next message.`;
    }
  }
  const toolChoice = request.tool_choice;
  if (toolChoice?.type === 'tool' && !(request.tools ?? []).some((tool) => tool.name === toolChoice.name)) {
    return `tool_choice.name: no tool named "${toolChoice.name}" in tools`;
  }
  if (toolChoice !== undefined && (request.tools ?? []).length === 0) {
    return 'tool_choice: tool_choice may only be specified while providing tools.';
  }
  return null;
}

/**
 * Tools in the request get the tool_use fixture unless the model would not call one: tool_choice "none",
 * or an "auto" turn that already answers with tool results. Everything else gets the text fixture with
 * its text replaced by an echo of the last user message, so tests see what reached the "model".
 */
function planReply(
  request: MessagesRequest,
  directives: ScenarioDirectives,
  strippedText: string,
): ReplyPlan {
  const tools = request.tools ?? [];
  const toolChoice = request.tool_choice ?? { type: 'auto' };
  const lastMessage = request.messages.at(-1);
  const answersToolResults =
    lastMessage !== undefined && contentBlocks(lastMessage).some((block) => block.type === 'tool_result');
  const forced = toolChoice.type === 'any' || toolChoice.type === 'tool';
  const callsTool = tools.length > 0 && toolChoice.type !== 'none' && (forced || !answersToolResults);
  const cacheUsage = {
    cache_creation_input_tokens: directives.cacheWriteTokens ?? 0,
    cache_read_input_tokens: directives.cacheReadTokens ?? 0,
  };

  if (callsTool) {
    return {
      kind: 'tool_use',
      textPieces: [],
      toolName: toolChoice.type === 'tool' ? toolChoice.name : (tools[0]?.name ?? ''),
      stopReason: 'tool_use',
      stopSequence: null,
      // Output tokens as recorded: the tool call itself is replayed unchanged.
      usage: {
        input_tokens: countInputTokens(request),
        output_tokens: fixtures.toolUseMessage.usage.output_tokens,
        ...cacheUsage,
      },
    };
  }

  let reply =
    strippedText === '' ? fixtureText(fixtures.textMessage) : `"${strippedText}"에 대한 답변입니다.`;
  let stopReason = 'end_turn';
  let stopSequence: string | null = null;
  // Like the real model, generation ends at the earliest stop sequence, which is not included.
  for (const sequence of request.stop_sequences ?? []) {
    const position = reply.indexOf(sequence);
    if (sequence !== '' && position !== -1) {
      reply = reply.slice(0, position);
      stopReason = 'stop_sequence';
      stopSequence = sequence;
    }
  }
  let textPieces = splitIntoPieces(reply);
  if (textPieces.length > request.max_tokens) {
    textPieces = textPieces.slice(0, request.max_tokens);
    stopReason = 'max_tokens';
    stopSequence = null;
  }
  return {
    kind: 'text',
    textPieces,
    toolName: '',
    stopReason: directives.stopReason ?? stopReason,
    stopSequence,
    usage: { input_tokens: countInputTokens(request), output_tokens: textPieces.length, ...cacheUsage },
  };
}

function replyMessage(exchange: Exchange, request: MessagesRequest, plan: ReplyPlan): FixtureMessage {
  const fixture = structuredClone(plan.kind === 'text' ? fixtures.textMessage : fixtures.toolUseMessage);
  const text = plan.textPieces.join('');
  const content =
    plan.kind === 'text'
      ? fixture.content.filter((block) => block.type === 'text').map((block) => ({ ...block, text }))
      : fixture.content.map((block) =>
          block.type === 'tool_use' ? { ...block, name: plan.toolName } : block,
        );
  return {
    ...fixture,
    id: `msg_test_${exchange.requestId}`,
    model: request.model,
    content: plan.kind === 'text' && text === '' ? [] : content,
    stop_reason: plan.stopReason,
    stop_sequence: plan.stopSequence,
    usage: { ...fixture.usage, ...plan.usage },
  };
}

/** The recorded event list with the request-dependent parts rewritten; pings and block stops replay as is. */
function replyEvents(exchange: Exchange, request: MessagesRequest, plan: ReplyPlan): FixtureStreamEvent[] {
  const fixture = structuredClone(plan.kind === 'text' ? fixtures.textStream : fixtures.toolUseStream);
  const events: FixtureStreamEvent[] = [];
  let textReplaced = false;
  for (const event of fixture) {
    const messageStart = messageStartEventSchema.safeParse(event.data);
    if (messageStart.success) {
      const { message } = messageStart.data;
      // message_start reports the input side; output_tokens stays at its recorded placeholder.
      const usage = { ...message.usage, ...plan.usage, output_tokens: message.usage.output_tokens };
      const data = {
        ...messageStart.data,
        message: { ...message, id: `msg_test_${exchange.requestId}`, model: request.model, usage },
      };
      events.push({ event: event.event, data });
      continue;
    }
    const blockStart = contentBlockStartEventSchema.safeParse(event.data);
    if (blockStart.success && blockStart.data.content_block.type === 'tool_use') {
      const contentBlock = { ...blockStart.data.content_block, name: plan.toolName };
      events.push({ event: event.event, data: { ...blockStart.data, content_block: contentBlock } });
      continue;
    }
    const blockDelta = contentBlockDeltaEventSchema.safeParse(event.data);
    if (plan.kind === 'text' && blockDelta.success && blockDelta.data.delta.type === 'text_delta') {
      // The recorded deltas give way to the planned reply, one delta per piece.
      if (textReplaced) continue;
      textReplaced = true;
      for (const piece of plan.textPieces) {
        const delta = { ...blockDelta.data.delta, text: piece };
        events.push({ event: event.event, data: { ...blockDelta.data, delta } });
      }
      continue;
    }
    const messageDelta = messageDeltaEventSchema.safeParse(event.data);
    if (messageDelta.success) {
      const delta = {
        ...messageDelta.data.delta,
        stop_reason: plan.stopReason,
        stop_sequence: plan.stopSequence,
      };
      const usage = { ...messageDelta.data.usage, output_tokens: plan.usage.output_tokens };
      events.push({ event: event.event, data: { ...messageDelta.data, delta, usage } });
      continue;
    }
    events.push(event);
  }
  return events;
}

async function streamReply(
  state: ServerState,
  exchange: Exchange,
  request: MessagesRequest,
  plan: ReplyPlan,
  directives: ScenarioDirectives,
): Promise<void> {
  const { response, signal } = exchange;
  const chunkDelayMs = directives.chunkDelayMs ?? state.chunkDelayMs;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'request-id': exchange.requestId,
  });
  response.flushHeaders();

  for (const [index, event] of replyEvents(exchange, request, plan).entries()) {
    if (index === directives.disconnectAfterEvents) {
      // Every frame above was flushed (writeFrame waits for it), so the client sees them before the cut.
      exchange.disconnect();
      return;
    }
    if (index === directives.errorAfterEvents) {
      // Anthropic reports failures that happen after the 200 as an `error` event, then ends the stream.
      const { type, error } = fixtures.overloadedError;
      if (!(await writeFrame(response, 'error', { type, error }))) return;
      response.end();
      return;
    }
    if (chunkDelayMs > 0 && event.event === 'content_block_delta')
      await sleep(chunkDelayMs, undefined, { signal });
    if (!(await writeFrame(response, event.event, event.data))) return;
  }
  response.end();
}

/** Writes one SSE frame and resolves once it is flushed; false when the connection is gone. */
function writeFrame(response: ServerResponse, event: string, data: object): Promise<boolean> {
  if (response.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`, (error) => resolve(!error));
  });
}

function parseScenarioDirectives(text: string): { directives: ScenarioDirectives; strippedText: string } {
  const directives: ScenarioDirectives = {};
  for (const match of text.matchAll(numericDirectivePattern)) {
    const value = Number.parseInt(match[2] ?? '', 10);
    switch (match[1]?.toLowerCase()) {
      case 'status':
        directives.status = value;
        break;
      case 'delay':
        directives.delayMs = value;
        break;
      case 'chunk-delay':
        directives.chunkDelayMs = value;
        break;
      case 'disconnect-after':
        directives.disconnectAfterEvents = value;
        break;
      case 'error-after':
        directives.errorAfterEvents = value;
        break;
      case 'cache-read':
        directives.cacheReadTokens = value;
        break;
      case 'cache-write':
        directives.cacheWriteTokens = value;
        break;
    }
  }
  for (const match of text.matchAll(stopReasonDirectivePattern)) directives.stopReason = match[1];
  const strippedText = text
    .replace(numericDirectivePattern, '')
    .replace(stopReasonDirectivePattern, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  return { directives, strippedText };
}

function contentBlocks(message: AnthropicMessage): ContentBlock[] {
  return typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : message.content;
}

function toolResultText(content: string | { text: string }[] | undefined): string {
  if (content === undefined) return '';
  return typeof content === 'string' ? content : content.map((block) => block.text).join('\n');
}

/** The message's text as the model would read it: text blocks and tool results, joined by newlines. */
function messageText(message: AnthropicMessage): string {
  return contentBlocks(message)
    .flatMap((block) => {
      if (block.type === 'text') return [block.text];
      if (block.type === 'tool_result') return [toolResultText(block.content)];
      return [];
    })
    .join('\n');
}

function fixtureText(message: FixtureMessage): string {
  const textBlock = z
    .object({ text: z.string() })
    .safeParse(message.content.find((block) => block.type === 'text'));
  return textBlock.success ? textBlock.data.text : '';
}

/**
 * A deterministic stand-in for a tokenizer so tests can predict usage: ceil(length / 2) of the system
 * text, plus for each message 4 (role and framing) and ceil(length / 2) of every block's text (tool_use
 * blocks count their JSON input, tool_result blocks their content).
 */
function countInputTokens(request: MessagesRequest): number {
  const systemText =
    request.system === undefined
      ? ''
      : typeof request.system === 'string'
        ? request.system
        : request.system.map((block) => block.text).join('\n');
  let tokens = Math.ceil(systemText.length / 2);
  for (const message of request.messages) {
    tokens += 4;
    for (const block of contentBlocks(message)) {
      if (block.type === 'text') tokens += Math.ceil(block.text.length / 2);
      if (block.type === 'tool_use') tokens += Math.ceil(JSON.stringify(block.input).length / 2);
      if (block.type === 'tool_result') tokens += Math.ceil(toolResultText(block.content).length / 2);
    }
  }
  return tokens;
}

/**
 * One piece per word, each keeping its trailing whitespace and the first also any leading whitespace,
 * so joining the pieces gives back the reply exactly.
 */
function splitIntoPieces(reply: string): string[] {
  const pieces = reply.match(/\s*\S+\s*/g);
  if (pieces) return pieces;
  return reply === '' ? [] : [reply];
}

function sendJson(
  exchange: Exchange,
  status: number,
  body: object,
  headers: Record<string, string> = {},
): void {
  const payload = JSON.stringify(body);
  exchange.response.writeHead(status, {
    ...headers,
    'request-id': exchange.requestId,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
  });
  exchange.response.end(payload);
}

/** Sends an error in Anthropic's shape, built on the recorded error body. */
function sendError(
  exchange: Exchange,
  status: number,
  type: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  const body = {
    ...structuredClone(fixtures.overloadedError),
    error: { type, message },
    request_id: exchange.requestId,
  };
  sendJson(exchange, status, body, headers);
}
