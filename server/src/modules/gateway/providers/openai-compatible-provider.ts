import { ServerSentEventDecoder, type ServerSentEvent } from '@jumugwan/contracts';
import { z } from 'zod';
import type { Egress } from '../../../platform/egress.js';
import type {
  ModelProvider,
  ProviderChatMessage,
  ProviderChatRequest,
  ProviderChatResult,
  ProviderEmbeddingRequest,
  ProviderEmbeddingResult,
  ProviderImageRequest,
  ProviderImageResult,
  ProviderModelList,
  ProviderRerankRequest,
  ProviderRerankResult,
  ProviderSettings,
  ProviderStreamPart,
  ProviderUsage,
} from '../provider-spec.js';
import { classifyTransportError, upstreamErrors } from '../upstream-error.js';
import { createEmbeddings } from './openai-embeddings.js';
import { generateImages } from './openai-images.js';
import { rerankDocuments } from './rerank.js';
import { bearerJsonHeaders, openUpstream, requestUpstreamJson } from './request-upstream-json.js';

const usageSchema = z
  .object({
    prompt_tokens: z.number(),
    completion_tokens: z.number(),
    prompt_tokens_details: z.object({ cached_tokens: z.number().nullish() }).nullish(),
  })
  .nullish()
  .transform((usage): ProviderUsage | null => {
    if (usage === null || usage === undefined) return null;
    const cached = usage.prompt_tokens_details?.cached_tokens;
    return {
      promptTokens: usage.prompt_tokens,
      completionTokens: usage.completion_tokens,
      ...(cached === null || cached === undefined ? {} : { cachedTokens: cached }),
    };
  });

const toolCallSchema = z.object({
  id: z.string(),
  type: z.literal('function').default('function'),
  function: z.object({ name: z.string(), arguments: z.string() }),
});

// Perplexity answers with the URLs it searched, as `citations` (older) or `search_results` (newer).
const citationsSchema = z.array(z.string()).nullish();
const searchResultsSchema = z.array(z.object({ url: z.string() })).nullish();

function citationsOf(body: {
  citations?: string[] | null;
  search_results?: { url: string }[] | null;
}): string[] | undefined {
  const urls = body.citations ?? body.search_results?.map((result) => result.url);
  return urls === undefined || urls.length === 0 ? undefined : urls;
}

const completionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish(), tool_calls: z.array(toolCallSchema).nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: usageSchema,
  citations: citationsSchema,
  search_results: searchResultsSchema,
});

const chunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z
          .object({
            content: z.string().nullish(),
            tool_calls: z
              .array(
                z.object({
                  index: z.number(),
                  id: z.string().nullish(),
                  function: z
                    .object({ name: z.string().nullish(), arguments: z.string().nullish() })
                    .nullish(),
                }),
              )
              .nullish(),
          })
          .nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .default([]),
  usage: usageSchema,
  citations: citationsSchema,
  search_results: searchResultsSchema,
});

type Chunk = z.infer<typeof chunkSchema>;

/**
 * The shape nearly every chunk has (text deltas, a finish reason, no usage yet), checked by hand: for these
 * it gives what chunkSchema gives, without zod's work on each of a long stream's chunks. Anything else
 * (tool calls, usage, citations, an unexpected type) returns null and goes through chunkSchema.
 */
function plainChunk(value: unknown): Chunk | null {
  if (typeof value !== 'object' || value === null) return null;
  const { choices, usage, citations, search_results: searchResults } = value as Record<string, unknown>;
  if ((usage !== undefined && usage !== null) || citations !== undefined || searchResults !== undefined)
    return null;
  if (!Array.isArray(choices)) return null;
  const parsed: Chunk['choices'] = [];
  for (const choice of choices as unknown[]) {
    if (typeof choice !== 'object' || choice === null) return null;
    const { delta, finish_reason: finishReason } = choice as Record<string, unknown>;
    if (finishReason !== undefined && finishReason !== null && typeof finishReason !== 'string') return null;
    if (delta === undefined || delta === null) {
      parsed.push({ delta, finish_reason: finishReason });
      continue;
    }
    if (typeof delta !== 'object') return null;
    const { content, tool_calls: toolCalls } = delta as Record<string, unknown>;
    if (toolCalls !== undefined && toolCalls !== null) return null;
    if (content !== undefined && content !== null && typeof content !== 'string') return null;
    parsed.push({ delta: { content }, finish_reason: finishReason });
  }
  return { choices: parsed, usage: null };
}

const modelListSchema = z.object({ data: z.array(z.object({ id: z.string() })) });

function wireMessage(message: ProviderChatMessage): Record<string, unknown> {
  return {
    role: message.role,
    content: message.content === '' && message.toolCalls !== undefined ? null : message.content,
    ...(message.toolCalls === undefined ? {} : { tool_calls: message.toolCalls }),
    ...(message.toolCallId === undefined ? {} : { tool_call_id: message.toolCallId }),
  };
}

/** Turns `chat.completion.chunk` events into stream parts, remembering what spans events. */
class ChunkReader {
  /** [DONE] arrived. */
  finished = false;
  private citationsSent = false;

  constructor(private readonly endpointName: string) {}

  read(events: ServerSentEvent[], parts: ProviderStreamPart[]): void {
    for (const event of events) {
      if (event.data === '[DONE]') {
        this.finished = true;
        continue;
      }
      let chunk: Chunk;
      try {
        const json: unknown = JSON.parse(event.data);
        chunk = plainChunk(json) ?? chunkSchema.parse(json);
      } catch {
        throw upstreamErrors.failed(this.endpointName, 200, '스트림 형식이 올바르지 않습니다');
      }
      const citations = citationsOf(chunk);
      // Perplexity repeats the list in every chunk; the caller needs it once.
      if (citations !== undefined && !this.citationsSent) {
        this.citationsSent = true;
        parts.push({ type: 'citations', urls: citations });
      }
      for (const choice of chunk.choices) {
        const text = choice.delta?.content;
        if (text !== undefined && text !== null && text !== '') parts.push({ type: 'text-delta', text });
        for (const call of choice.delta?.tool_calls ?? []) {
          parts.push({
            type: 'tool-call-delta',
            index: call.index,
            ...(call.id === null || call.id === undefined ? {} : { id: call.id }),
            ...(call.function?.name === null || call.function?.name === undefined
              ? {}
              : { name: call.function.name }),
            argumentsDelta: call.function?.arguments ?? '',
          });
        }
        if (choice.finish_reason !== undefined && choice.finish_reason !== null) {
          parts.push({ type: 'finish', reason: choice.finish_reason });
        }
      }
      if (chunk.usage !== null) parts.push({ type: 'usage', usage: chunk.usage });
    }
  }
}

/** vLLM, Ollama, OpenAI, Perplexity, Gemini's OpenAI endpoint: every server speaking chat completions. */
export class OpenAiCompatibleProvider implements ModelProvider {
  constructor(
    private readonly egress: Egress,
    private readonly settings: ProviderSettings,
  ) {}

  private body(request: ProviderChatRequest, stream: boolean): Record<string, unknown> {
    return {
      ...request.providerOptions,
      model: request.model,
      messages: request.messages.map(wireMessage),
      ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.topP === undefined ? {} : { top_p: request.topP }),
      ...(request.stop === undefined ? {} : { stop: request.stop }),
      ...(request.tools === undefined ? {} : { tools: request.tools }),
      ...(request.toolChoice === undefined ? {} : { tool_choice: request.toolChoice }),
      // Usage in the last chunk keeps metering exact for streams.
      ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    };
  }

  async chat(request: ProviderChatRequest, signal?: AbortSignal): Promise<ProviderChatResult> {
    const parsed = await requestUpstreamJson(this.egress, this.settings, {
      method: 'POST',
      path: '/chat/completions',
      headers: bearerJsonHeaders(this.settings.apiKey),
      body: this.body(request, false),
      schema: completionSchema,
      signal,
    });
    const choice = parsed.choices[0];
    const toolCalls = choice?.message.tool_calls ?? [];
    const citations = citationsOf(parsed);
    return {
      text: choice?.message.content ?? '',
      finishReason: choice?.finish_reason ?? null,
      usage: parsed.usage,
      ...(toolCalls.length === 0 ? {} : { toolCalls }),
      ...(citations === undefined ? {} : { citations }),
    };
  }

  async *chatStream(request: ProviderChatRequest, signal?: AbortSignal): AsyncIterable<ProviderStreamPart[]> {
    const stream = await openUpstream(this.egress, this.settings, {
      method: 'POST',
      path: '/chat/completions',
      headers: { ...bearerJsonHeaders(this.settings.apiKey), accept: 'text/event-stream' },
      body: this.body(request, true),
      signal,
    });
    const decoder = new ServerSentEventDecoder();
    const reader = new ChunkReader(this.settings.name);
    try {
      for (let ended = false; !ended;) {
        const batch = await stream.read();
        ended = batch.ended;
        const parts: ProviderStreamPart[] = [];
        let failure: Error | null = null;
        try {
          for (const chunk of batch.chunks) reader.read(decoder.push(chunk), parts);
          if (ended) reader.read(decoder.finish(), parts);
        } catch (error) {
          failure = error instanceof Error ? error : new Error(String(error));
        }
        // Parts before a malformed event still reach the caller, then the error.
        if (parts.length > 0) yield parts;
        if (failure !== null) throw failure;
      }
    } catch (error) {
      if (signal?.aborted === true) throw error;
      throw classifyTransportError(error, this.settings.name, true);
    } finally {
      // Stopping early (the caller broke out of the loop) must close the upstream connection too.
      stream.close();
    }
    // A body that ended without [DONE] was cut by the server or the network.
    if (!reader.finished) throw upstreamErrors.interrupted(this.settings.name);
  }

  embed(request: ProviderEmbeddingRequest, signal?: AbortSignal): Promise<ProviderEmbeddingResult> {
    return createEmbeddings(this.egress, this.settings, request, signal);
  }

  rerank(request: ProviderRerankRequest, signal?: AbortSignal): Promise<ProviderRerankResult> {
    return rerankDocuments(this.egress, this.settings, request, signal);
  }

  generateImage(request: ProviderImageRequest, signal?: AbortSignal): Promise<ProviderImageResult> {
    return generateImages(this.egress, this.settings, request, signal);
  }

  async listModels(signal?: AbortSignal): Promise<ProviderModelList> {
    const parsed = await requestUpstreamJson(this.egress, this.settings, {
      method: 'GET',
      path: '/models',
      headers: bearerJsonHeaders(this.settings.apiKey),
      schema: modelListSchema,
      signal,
    });
    return { models: parsed.data.map((model) => model.id) };
  }
}
