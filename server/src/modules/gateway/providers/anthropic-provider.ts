import { ServerSentEventDecoder, type ServerSentEvent } from '@jumugwan/contracts';
import { z } from 'zod';
import type { Egress, EgressResponse } from '../../../platform/egress.js';
import type {
  ModelProvider,
  ProviderChatMessage,
  ProviderChatRequest,
  ProviderChatResult,
  ProviderFinishReason,
  ProviderModelList,
  ProviderSettings,
  ProviderStreamPart,
  ProviderToolCall,
  ProviderUsage,
} from '../provider-spec.js';
import { classifyTransportError, upstreamErrors } from '../upstream-error.js';

/** The Messages API version this adapter speaks; Anthropic requires it on every request. */
const anthropicVersion = '2023-06-01';
/** Anthropic requires max_tokens; used when the caller leaves it open. */
const defaultMaxTokens = 4096;
/** The largest page the models endpoint serves, so most installations need one request. */
const modelPageLimit = 1000;

// ---- Request translation -------------------------------------------------------------------------------

type AnthropicContentBlock =
  | { type: 'text'; text: string }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown> }
  | { type: 'tool_result'; tool_use_id: string; content: string };

interface AnthropicMessage {
  role: 'user' | 'assistant';
  content: AnthropicContentBlock[];
}

const toolInputSchema = z.record(z.string(), z.unknown());

const openAiToolSchema = z.object({
  type: z.literal('function'),
  function: z.object({
    name: z.string(),
    description: z.string().nullish(),
    parameters: z.record(z.string(), z.unknown()).nullish(),
  }),
});

const openAiToolChoiceSchema = z.union([
  z.enum(['auto', 'none', 'required']),
  z.object({ type: z.literal('function'), function: z.object({ name: z.string() }) }),
]);

/** Anthropic wants `input` as an object; arguments that are empty or not a JSON object become `{}`. */
function parseToolInput(argumentsText: string): Record<string, unknown> {
  try {
    const parsed = toolInputSchema.safeParse(JSON.parse(argumentsText));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

function contentBlocks(message: ProviderChatMessage): AnthropicContentBlock[] {
  if (message.role === 'tool') {
    return [{ type: 'tool_result', tool_use_id: message.toolCallId ?? '', content: message.content }];
  }
  const blocks: AnthropicContentBlock[] = [];
  // Anthropic rejects empty text blocks, and tool-calling assistant turns often have no text.
  if (message.content.trim() !== '') blocks.push({ type: 'text', text: message.content });
  if (message.role === 'assistant') {
    for (const call of message.toolCalls ?? []) {
      blocks.push({
        type: 'tool_use',
        id: call.id,
        name: call.function.name,
        input: parseToolInput(call.function.arguments),
      });
    }
  }
  return blocks;
}

/**
 * System messages move to the top-level `system` field; the rest become strictly alternating user and
 * assistant turns (tool results travel as user content), which the Messages API requires.
 */
function toAnthropicMessages(messages: ProviderChatMessage[]): {
  system: string | undefined;
  messages: AnthropicMessage[];
} {
  const systemTexts: string[] = [];
  const turns: AnthropicMessage[] = [];
  for (const message of messages) {
    if (message.role === 'system') {
      if (message.content.trim() !== '') systemTexts.push(message.content);
      continue;
    }
    const blocks = contentBlocks(message);
    if (blocks.length === 0) continue;
    const role = message.role === 'assistant' ? 'assistant' : 'user';
    const previous = turns.at(-1);
    if (previous?.role === role) previous.content.push(...blocks);
    else turns.push({ role, content: blocks });
  }
  // Anthropic wants a user turn's tool_result blocks before any text in it.
  for (const turn of turns) {
    if (turn.role !== 'user') continue;
    turn.content = [
      ...turn.content.filter((block) => block.type === 'tool_result'),
      ...turn.content.filter((block) => block.type !== 'tool_result'),
    ];
  }
  return { system: systemTexts.length === 0 ? undefined : systemTexts.join('\n\n'), messages: turns };
}

/** OpenAI function tools become Anthropic tools; anything else (Anthropic-native tools) passes as given. */
function toAnthropicTool(tool: unknown): unknown {
  const parsed = openAiToolSchema.safeParse(tool);
  if (!parsed.success) return tool;
  const { name, description, parameters } = parsed.data.function;
  return {
    name,
    ...(description === undefined || description === null ? {} : { description }),
    input_schema: parameters ?? { type: 'object', properties: {} },
  };
}

function toAnthropicToolChoice(toolChoice: unknown): unknown {
  const parsed = openAiToolChoiceSchema.safeParse(toolChoice);
  if (!parsed.success) return toolChoice;
  const choice = parsed.data;
  if (choice === 'auto' || choice === 'none') return { type: choice };
  if (choice === 'required') return { type: 'any' };
  return { type: 'tool', name: choice.function.name };
}

function requestBody(request: ProviderChatRequest, stream: boolean): string {
  const { system, messages } = toAnthropicMessages(request.messages);
  const tools = request.tools ?? [];
  return JSON.stringify({
    ...request.providerOptions,
    model: request.model,
    ...(system === undefined ? {} : { system }),
    messages,
    max_tokens: request.maxTokens ?? defaultMaxTokens,
    // Anthropic's range is 0 to 1 where OpenAI's is 0 to 2; clamping keeps OpenAI-style callers working.
    ...(request.temperature === undefined
      ? {}
      : { temperature: Math.min(Math.max(request.temperature, 0), 1) }),
    ...(request.topP === undefined ? {} : { top_p: request.topP }),
    ...(request.stop === undefined || request.stop.length === 0 ? {} : { stop_sequences: request.stop }),
    // tool_choice without tools is an error at Anthropic, so it only travels with them.
    ...(tools.length === 0
      ? {}
      : {
          tools: tools.map(toAnthropicTool),
          ...(request.toolChoice === undefined
            ? {}
            : { tool_choice: toAnthropicToolChoice(request.toolChoice) }),
        }),
    ...(stream ? { stream: true } : {}),
  });
}

// ---- Response translation ------------------------------------------------------------------------------

const usageSchema = z.object({
  input_tokens: z.number().nullish(),
  output_tokens: z.number().nullish(),
  cache_creation_input_tokens: z.number().nullish(),
  cache_read_input_tokens: z.number().nullish(),
});
type AnthropicUsage = z.infer<typeof usageSchema>;

const handledBlockTypes = new Set(['text', 'tool_use']);

const contentBlockSchema = z.union([
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('tool_use'), id: z.string(), name: z.string(), input: toolInputSchema }),
  // Thinking, server-tool and future blocks are not part of a chat result.
  z.object({ type: z.string().refine((type) => !handledBlockTypes.has(type)) }),
]);

const messageSchema = z.object({
  content: z.array(contentBlockSchema),
  stop_reason: z.string().nullish(),
  usage: usageSchema.nullish(),
});

const modelPageSchema = z.object({
  data: z.array(z.object({ id: z.string() })),
  has_more: z.boolean().nullish(),
  last_id: z.string().nullish(),
});

const errorBodySchema = z.object({ error: z.object({ type: z.string(), message: z.string() }) });

const finishReasons: Record<string, ProviderFinishReason> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool_calls',
  refusal: 'content_filter',
};

/** Unmapped reasons (e.g. pause_turn) pass through so callers can still see them. */
function toFinishReason(stopReason: string | null | undefined): ProviderFinishReason | null {
  if (stopReason === null || stopReason === undefined) return null;
  return finishReasons[stopReason] ?? stopReason;
}

// The HTTP statuses Anthropic documents for its error types, for errors that arrive inside a 200 stream.
const errorTypeStatuses: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529,
};

interface UsageTotals {
  inputTokens: number;
  outputTokens: number;
  cacheCreationTokens: number;
  cacheReadTokens: number | undefined;
}

/** Stream usage is cumulative: later events restate the counts they carry, so the latest value wins. */
function mergeUsage(totals: UsageTotals, usage: AnthropicUsage): void {
  totals.inputTokens = usage.input_tokens ?? totals.inputTokens;
  totals.outputTokens = usage.output_tokens ?? totals.outputTokens;
  totals.cacheCreationTokens = usage.cache_creation_input_tokens ?? totals.cacheCreationTokens;
  totals.cacheReadTokens = usage.cache_read_input_tokens ?? totals.cacheReadTokens;
}

/**
 * Anthropic's input_tokens leaves out cache reads and writes; OpenAI-style prompt tokens include them
 * (with cached tokens a part of the prompt), so both are added back.
 */
function toProviderUsage(totals: UsageTotals): ProviderUsage {
  const cacheReadTokens = totals.cacheReadTokens ?? 0;
  return {
    promptTokens: totals.inputTokens + totals.cacheCreationTokens + cacheReadTokens,
    completionTokens: totals.outputTokens,
    ...(totals.cacheReadTokens === undefined ? {} : { cachedTokens: totals.cacheReadTokens }),
  };
}

function emptyUsageTotals(): UsageTotals {
  return { inputTokens: 0, outputTokens: 0, cacheCreationTokens: 0, cacheReadTokens: undefined };
}

async function readErrorDetail(response: EgressResponse): Promise<string> {
  const text = await response.body.text().catch(() => '');
  try {
    return errorBodySchema.parse(JSON.parse(text)).error.message;
  } catch {
    return text.slice(0, 200);
  }
}

// ---- Streaming -----------------------------------------------------------------------------------------

const streamEventTypeSchema = z.object({ type: z.string() });

const streamEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message_start'), message: z.object({ usage: usageSchema.nullish() }) }),
  z.object({
    type: z.literal('content_block_start'),
    index: z.number(),
    content_block: z.object({ type: z.string(), id: z.string().nullish(), name: z.string().nullish() }),
  }),
  z.object({
    type: z.literal('content_block_delta'),
    index: z.number(),
    delta: z.object({ type: z.string(), text: z.string().nullish(), partial_json: z.string().nullish() }),
  }),
  z.object({
    type: z.literal('message_delta'),
    delta: z.object({ stop_reason: z.string().nullish() }),
    usage: usageSchema.nullish(),
  }),
  z.object({ type: z.literal('message_stop') }),
  z.object({ type: z.literal('error'), error: z.object({ type: z.string(), message: z.string() }) }),
]);
type StreamEvent = z.infer<typeof streamEventSchema>;

// ping, content_block_stop and event types added later carry nothing a chat stream needs.
const translatedEventTypes = new Set([
  'message_start',
  'content_block_start',
  'content_block_delta',
  'message_delta',
  'message_stop',
  'error',
]);

/** Turns Anthropic stream events into provider stream parts, remembering what later events refer to. */
class StreamTranslator {
  finished = false;
  private readonly usage = emptyUsageTotals();
  /** Content block index → ordinal of the tool call, since text blocks share the index space. */
  private readonly toolCallOrdinals = new Map<number, number>();

  constructor(private readonly endpointName: string) {}

  *translate(events: ServerSentEvent[]): Generator<ProviderStreamPart> {
    for (const serverSentEvent of events) {
      const event = this.parse(serverSentEvent.data);
      if (event !== null) yield* this.translateEvent(event);
    }
  }

  private parse(data: string): StreamEvent | null {
    try {
      const json: unknown = JSON.parse(data);
      if (!translatedEventTypes.has(streamEventTypeSchema.parse(json).type)) return null;
      return streamEventSchema.parse(json);
    } catch {
      throw upstreamErrors.failed(this.endpointName, 200, '스트림 형식이 올바르지 않습니다');
    }
  }

  private *translateEvent(event: StreamEvent): Generator<ProviderStreamPart> {
    switch (event.type) {
      case 'message_start':
        if (event.message.usage !== null && event.message.usage !== undefined) {
          mergeUsage(this.usage, event.message.usage);
        }
        return;
      case 'content_block_start': {
        const block = event.content_block;
        if (block.type !== 'tool_use') return;
        const ordinal = this.toolCallOrdinals.size;
        this.toolCallOrdinals.set(event.index, ordinal);
        yield {
          type: 'tool-call-delta',
          index: ordinal,
          ...(block.id === null || block.id === undefined ? {} : { id: block.id }),
          ...(block.name === null || block.name === undefined ? {} : { name: block.name }),
          argumentsDelta: '',
        };
        return;
      }
      case 'content_block_delta': {
        const { delta } = event;
        if (
          delta.type === 'text_delta' &&
          delta.text !== null &&
          delta.text !== undefined &&
          delta.text !== ''
        ) {
          yield { type: 'text-delta', text: delta.text };
        }
        const ordinal = this.toolCallOrdinals.get(event.index);
        const partialJson = delta.partial_json;
        if (
          delta.type === 'input_json_delta' &&
          ordinal !== undefined &&
          partialJson !== null &&
          partialJson !== undefined &&
          partialJson !== ''
        ) {
          yield { type: 'tool-call-delta', index: ordinal, argumentsDelta: partialJson };
        }
        return;
      }
      case 'message_delta':
        if (event.usage !== null && event.usage !== undefined) mergeUsage(this.usage, event.usage);
        if (event.delta.stop_reason !== null && event.delta.stop_reason !== undefined) {
          yield { type: 'finish', reason: toFinishReason(event.delta.stop_reason) };
        }
        return;
      case 'message_stop':
        this.finished = true;
        yield { type: 'usage', usage: toProviderUsage(this.usage) };
        return;
      case 'error':
        throw upstreamErrors.failed(
          this.endpointName,
          errorTypeStatuses[event.error.type] ?? 200,
          event.error.message,
        );
    }
  }
}

// ---- The adapter ---------------------------------------------------------------------------------------

/** Anthropic's Messages API (Claude), translated to and from the OpenAI-shaped provider spec. */
/** The parts of one network read as a batch; those before an event that fails still go out first. */
function* batchOf(translator: StreamTranslator, events: ServerSentEvent[]): Generator<ProviderStreamPart[]> {
  const parts: ProviderStreamPart[] = [];
  let failure: Error | null = null;
  try {
    for (const part of translator.translate(events)) parts.push(part);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }
  if (parts.length > 0) yield parts;
  if (failure !== null) throw failure;
}

export class AnthropicProvider implements ModelProvider {
  constructor(
    private readonly egress: Egress,
    private readonly settings: ProviderSettings,
  ) {}

  private headers(accept: string): Record<string, string> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept,
      'anthropic-version': anthropicVersion,
    };
    if (this.settings.apiKey !== null && this.settings.apiKey !== '')
      headers['x-api-key'] = this.settings.apiKey;
    return headers;
  }

  private url(path: string): string {
    return `${this.settings.baseUrl.replace(/\/+$/, '')}${path}`;
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    body: string | undefined,
    accept: string,
    signal: AbortSignal | undefined,
  ): Promise<EgressResponse> {
    let response: EgressResponse;
    try {
      response = await this.egress.send({
        method,
        url: this.url(path),
        headers: this.headers(accept),
        ...(body === undefined ? {} : { body }),
        ...(signal === undefined ? {} : { signal }),
        headersTimeoutMs: this.settings.timeoutMs,
        bodyTimeoutMs: this.settings.timeoutMs,
      });
    } catch (error) {
      // The caller's own abort is not an upstream failure; rethrow it so the caller recognises it.
      if (signal?.aborted === true) throw error;
      throw classifyTransportError(error, this.settings.name, false);
    }
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw upstreamErrors.failed(this.settings.name, response.statusCode, await readErrorDetail(response));
    }
    return response;
  }

  async chat(request: ProviderChatRequest, signal?: AbortSignal): Promise<ProviderChatResult> {
    const response = await this.send(
      'POST',
      '/messages',
      requestBody(request, false),
      'application/json',
      signal,
    );
    let parsed: z.infer<typeof messageSchema>;
    try {
      parsed = messageSchema.parse(await response.body.json());
    } catch (error) {
      if (signal?.aborted === true) throw error;
      throw upstreamErrors.failed(this.settings.name, response.statusCode, '응답 형식이 올바르지 않습니다');
    }

    let text = '';
    const toolCalls: ProviderToolCall[] = [];
    for (const block of parsed.content) {
      if ('text' in block) text += block.text;
      else if ('input' in block) {
        toolCalls.push({
          id: block.id,
          type: 'function',
          function: { name: block.name, arguments: JSON.stringify(block.input) },
        });
      }
    }
    let usage: ProviderUsage | null = null;
    if (parsed.usage !== null && parsed.usage !== undefined) {
      const totals = emptyUsageTotals();
      mergeUsage(totals, parsed.usage);
      usage = toProviderUsage(totals);
    }
    return {
      text,
      finishReason: toFinishReason(parsed.stop_reason),
      usage,
      ...(toolCalls.length === 0 ? {} : { toolCalls }),
    };
  }

  async *chatStream(request: ProviderChatRequest, signal?: AbortSignal): AsyncIterable<ProviderStreamPart[]> {
    const response = await this.send(
      'POST',
      '/messages',
      requestBody(request, true),
      'text/event-stream',
      signal,
    );
    const decoder = new ServerSentEventDecoder();
    const translator = new StreamTranslator(this.settings.name);
    try {
      // Leaving this loop early (the consumer stopped) destroys the body, which cancels the request.
      for await (const chunk of response.body) {
        yield* batchOf(translator, decoder.push(chunk as Uint8Array));
      }
      yield* batchOf(translator, decoder.finish());
    } catch (error) {
      if (signal?.aborted === true) throw error;
      throw classifyTransportError(error, this.settings.name, true);
    }
    // A body that ended without message_stop was cut by the server or the network.
    if (!translator.finished) throw upstreamErrors.interrupted(this.settings.name);
  }

  /** Follows `has_more` pages so installations with many models see all of them. */
  async listModels(signal?: AbortSignal): Promise<ProviderModelList> {
    const models: string[] = [];
    let afterId: string | undefined;
    for (;;) {
      const query = new URLSearchParams({ limit: String(modelPageLimit) });
      if (afterId !== undefined) query.set('after_id', afterId);
      const response = await this.send(
        'GET',
        `/models?${query.toString()}`,
        undefined,
        'application/json',
        signal,
      );
      let page: z.infer<typeof modelPageSchema>;
      try {
        page = modelPageSchema.parse(await response.body.json());
      } catch (error) {
        if (signal?.aborted === true) throw error;
        throw upstreamErrors.failed(
          this.settings.name,
          response.statusCode,
          '모델 목록 형식이 올바르지 않습니다',
        );
      }
      models.push(...page.data.map((model) => model.id));
      if (page.has_more !== true || page.last_id === null || page.last_id === undefined) break;
      afterId = page.last_id;
    }
    return { models };
  }
}
