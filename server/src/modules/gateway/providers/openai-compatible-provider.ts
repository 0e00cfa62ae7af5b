import { ServerSentEventDecoder, type ServerSentEvent } from '@jumugwan/contracts';
import { z } from 'zod';
import type { Egress, EgressResponse } from '../../../platform/egress.js';
import type {
  ChatProvider,
  ProviderChatRequest,
  ProviderChatResult,
  ProviderModelList,
  ProviderStreamPart,
  ProviderUsage,
} from '../provider-spec.js';
import { classifyTransportError, upstreamErrors } from '../upstream-error.js';

export interface OpenAiCompatibleSettings {
  name: string;
  /** Base URL including the version path, e.g. http://vllm:8000/v1 */
  baseUrl: string;
  apiKey: string | null;
  timeoutMs: number;
}

const usageSchema = z
  .object({ prompt_tokens: z.number(), completion_tokens: z.number() })
  .nullish()
  .transform((usage): ProviderUsage | null =>
    usage === null || usage === undefined
      ? null
      : { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens },
  );

const completionSchema = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({ content: z.string().nullish() }),
        finish_reason: z.string().nullish(),
      }),
    )
    .min(1),
  usage: usageSchema,
});

const chunkSchema = z.object({
  choices: z
    .array(
      z.object({
        delta: z.object({ content: z.string().nullish() }).nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .default([]),
  usage: usageSchema,
});

const modelListSchema = z.object({ data: z.array(z.object({ id: z.string() })) });

const errorBodySchema = z.object({ error: z.object({ message: z.string() }).or(z.string()) });

async function readErrorDetail(response: EgressResponse): Promise<string> {
  const text = await response.body.text().catch(() => '');
  try {
    const parsed = errorBodySchema.parse(JSON.parse(text));
    return typeof parsed.error === 'string' ? parsed.error : parsed.error.message;
  } catch {
    return text.slice(0, 200);
  }
}

/** vLLM, Ollama, OpenAI and every server speaking the chat-completions protocol. */
export class OpenAiCompatibleProvider implements ChatProvider {
  constructor(
    private readonly egress: Egress,
    private readonly settings: OpenAiCompatibleSettings,
  ) {}

  private headers(): Record<string, string> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (this.settings.apiKey !== null && this.settings.apiKey !== '')
      headers.authorization = `Bearer ${this.settings.apiKey}`;
    return headers;
  }

  private url(path: string): string {
    return `${this.settings.baseUrl.replace(/\/+$/, '')}${path}`;
  }

  private body(request: ProviderChatRequest, stream: boolean): string {
    return JSON.stringify({
      ...request.providerOptions,
      model: request.model,
      messages: request.messages,
      ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
    });
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    body: string | undefined,
    signal: AbortSignal | undefined,
  ) {
    let response: EgressResponse;
    try {
      response = await this.egress.send({
        method,
        url: this.url(path),
        headers: this.headers(),
        ...(body === undefined ? {} : { body }),
        ...(signal === undefined ? {} : { signal }),
        headersTimeoutMs: this.settings.timeoutMs,
        bodyTimeoutMs: this.settings.timeoutMs,
      });
    } catch (error) {
      if (signal?.aborted === true) throw error;
      throw classifyTransportError(error, this.settings.name, false);
    }
    if (response.statusCode < 200 || response.statusCode >= 300) {
      throw upstreamErrors.failed(this.settings.name, response.statusCode, await readErrorDetail(response));
    }
    return response;
  }

  async chat(request: ProviderChatRequest, signal?: AbortSignal): Promise<ProviderChatResult> {
    const response = await this.send('POST', '/chat/completions', this.body(request, false), signal);
    let parsed: z.infer<typeof completionSchema>;
    try {
      parsed = completionSchema.parse(await response.body.json());
    } catch (error) {
      if (signal?.aborted === true) throw error;
      throw upstreamErrors.failed(this.settings.name, response.statusCode, '응답 형식이 올바르지 않습니다');
    }
    const choice = parsed.choices[0];
    return {
      text: choice?.message.content ?? '',
      finishReason: choice?.finish_reason ?? null,
      usage: parsed.usage,
    };
  }

  async *chatStream(request: ProviderChatRequest, signal?: AbortSignal): AsyncIterable<ProviderStreamPart> {
    const response = await this.send('POST', '/chat/completions', this.body(request, true), signal);
    const decoder = new ServerSentEventDecoder();
    // Set by the frame parser below; an object so the later check sees the closure's writes.
    const progress = { finished: false };
    const parts = function* (events: ServerSentEvent[], name: string): Generator<ProviderStreamPart> {
      for (const event of events) {
        if (event.data === '[DONE]') {
          progress.finished = true;
          continue;
        }
        let chunk: z.infer<typeof chunkSchema>;
        try {
          chunk = chunkSchema.parse(JSON.parse(event.data));
        } catch {
          throw upstreamErrors.failed(name, 200, '스트림 형식이 올바르지 않습니다');
        }
        for (const choice of chunk.choices) {
          const text = choice.delta?.content;
          if (text !== undefined && text !== null && text !== '') yield { type: 'text-delta', text };
          if (choice.finish_reason !== undefined && choice.finish_reason !== null) {
            yield { type: 'finish', reason: choice.finish_reason };
          }
        }
        if (chunk.usage !== null) yield { type: 'usage', usage: chunk.usage };
      }
    };
    try {
      for await (const chunk of response.body) {
        yield* parts(decoder.push(chunk as Uint8Array), this.settings.name);
      }
      yield* parts(decoder.finish(), this.settings.name);
    } catch (error) {
      if (signal?.aborted === true) throw error;
      throw classifyTransportError(error, this.settings.name, true);
    }
    // A body that ended without [DONE] was cut by the server or the network.
    if (!progress.finished) throw upstreamErrors.interrupted(this.settings.name);
  }

  async listModels(signal?: AbortSignal): Promise<ProviderModelList> {
    const response = await this.send('GET', '/models', undefined, signal);
    try {
      const parsed = modelListSchema.parse(await response.body.json());
      return { models: parsed.data.map((model) => model.id) };
    } catch {
      throw upstreamErrors.failed(
        this.settings.name,
        response.statusCode,
        '모델 목록 형식이 올바르지 않습니다',
      );
    }
  }
}
