import { randomBytes } from 'node:crypto';
import type {
  ProviderChatMessage,
  ProviderChatRequest,
  ProviderChatResult,
  ProviderUsage,
} from '../provider-spec.js';
import { AppError } from '../../../platform/app-error.js';
import type { ChatCompletionRequest } from './v1-schemas.js';

const knownFields = new Set([
  'model',
  'messages',
  'stream',
  'stream_options',
  'max_tokens',
  'max_completion_tokens',
  'temperature',
  'top_p',
  'stop',
  'n',
  'tools',
  'tool_choice',
  'user',
]);

function flattenContent(content: ChatCompletionRequest['messages'][number]['content']): string {
  if (content === undefined || content === null) return '';
  if (typeof content === 'string') return content;
  return content
    .map((part) => {
      if (part.type === 'text') return part.text;
      throw new AppError('validation_failed', 400, '이미지 입력은 아직 지원하지 않습니다 (image_url).');
    })
    .join('');
}

/** OpenAI request → provider spec. The `developer` role is OpenAI's new name for `system`. */
export function toProviderRequest(body: ChatCompletionRequest): ProviderChatRequest {
  const messages: ProviderChatMessage[] = body.messages.map((message) => ({
    role: message.role === 'developer' ? 'system' : message.role,
    content: flattenContent(message.content),
    ...(message.tool_calls === undefined ? {} : { toolCalls: message.tool_calls }),
    ...(message.tool_call_id === undefined ? {} : { toolCallId: message.tool_call_id }),
  }));
  const providerOptions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) if (!knownFields.has(key)) providerOptions[key] = value;
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  return {
    model: body.model,
    messages,
    ...(maxTokens === null || maxTokens === undefined ? {} : { maxTokens }),
    ...(body.temperature === null || body.temperature === undefined ? {} : { temperature: body.temperature }),
    ...(body.top_p === null || body.top_p === undefined ? {} : { topP: body.top_p }),
    ...(body.stop === null || body.stop === undefined
      ? {}
      : { stop: typeof body.stop === 'string' ? [body.stop] : body.stop }),
    ...(body.tools === null || body.tools === undefined ? {} : { tools: body.tools }),
    ...(body.tool_choice === undefined ? {} : { toolChoice: body.tool_choice }),
    ...(Object.keys(providerOptions).length === 0 ? {} : { providerOptions }),
  };
}

// Unique per process start plus a counter: ids only need to be unique, and this keeps crypto off the hot path.
const idPrefix = `chatcmpl-${randomBytes(6).toString('base64url')}`;
let idCounter = 0;

export function completionId(): string {
  idCounter += 1;
  return `${idPrefix}${idCounter.toString(36)}`;
}

export function usageBody(usage: ProviderUsage) {
  return {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.promptTokens + usage.completionTokens,
    ...(usage.cachedTokens === undefined
      ? {}
      : { prompt_tokens_details: { cached_tokens: usage.cachedTokens } }),
  };
}

export function completionBody(id: string, created: number, model: string, result: ProviderChatResult) {
  const toolCalls = result.toolCalls ?? [];
  return {
    id,
    object: 'chat.completion',
    created,
    model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: result.text === '' && toolCalls.length > 0 ? null : result.text,
          ...(toolCalls.length === 0 ? {} : { tool_calls: toolCalls }),
        },
        finish_reason: result.finishReason ?? 'stop',
        logprobs: null,
      },
    ],
    ...(result.usage === null ? {} : { usage: usageBody(result.usage) }),
    ...(result.citations === undefined ? {} : { citations: result.citations }),
  };
}

/**
 * Writes `chat.completion.chunk` frames. The id, time and model are the same for every chunk, so the
 * frame's head is serialised once; streams write many small chunks and this is their hot path.
 */
export class ChunkWriter {
  private readonly head: string;

  constructor(
    private readonly id: string,
    private readonly created: number,
    private readonly model: string,
  ) {
    this.head = `data: {"id":${JSON.stringify(id)},"object":"chat.completion.chunk","created":${created},"model":${JSON.stringify(model)}`;
  }

  content(text: string): string {
    return `${this.head},"choices":[{"index":0,"delta":{"content":${JSON.stringify(text)}},"finish_reason":null,"logprobs":null}]}\n\n`;
  }

  chunk(delta: Record<string, unknown>, finishReason: string | null = null): string {
    return `${this.head},"choices":[{"index":0,"delta":${JSON.stringify(delta)},"finish_reason":${JSON.stringify(finishReason)},"logprobs":null}]}\n\n`;
  }

  usage(usage: ProviderUsage): string {
    return `${this.head},"choices":[],"usage":${JSON.stringify(usageBody(usage))}}\n\n`;
  }

  extra(fields: Record<string, unknown>): string {
    const body = JSON.stringify(fields).slice(1, -1);
    return `${this.head},"choices":[]${body === '' ? '' : `,${body}`}}\n\n`;
  }
}
