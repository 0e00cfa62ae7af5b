import type { PurposeCategory } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import {
  estimatePromptTokens,
  estimatePromptTokensGenerously,
  estimateTokens,
  estimateTokensGenerously,
  type GatewayCallOptions,
  type GatewayModel,
  type ModelCapability,
  type ModelGateway,
  type ProviderChatRequest,
  type ProviderEmbeddingRequest,
  type ProviderImageRequest,
  type ProviderRerankRequest,
  type ProviderStreamPart,
  type ProviderTranslationRequest,
  type ProviderUsage,
  type Served,
} from '../gateway/index.js';
import { systemCaller } from '../guard/index.js';
import type { Meter, MeterRequest, MeterTicket } from './meter.js';
import { noUsage, type UsageQuantity } from './usage-quantity.js';

/** Output tokens reserved when a call sets no max_tokens: a long answer, not the model's whole window. */
export const defaultReservedOutputTokens = 4_096;

function chatQuantity(usage: ProviderUsage): UsageQuantity {
  return {
    ...noUsage,
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    cachedTokens: usage.cachedTokens ?? 0,
    requests: 1,
  };
}

function errorCodeOf(error: unknown): string {
  if (error instanceof AppError) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}

/** The text the purpose is read from: the latest user message. */
function latestUserText(request: ProviderChatRequest): string {
  for (let index = request.messages.length - 1; index >= 0; index -= 1) {
    const message = request.messages[index];
    if (message?.role === 'user') return message.content;
  }
  return '';
}

/**
 * The gateway with the meter around every call: reserve before, settle and record after. It sits below the
 * guard, so it sees masked texts and never stores any of them.
 */
export class MeteredGateway implements ModelGateway {
  constructor(
    private readonly gateway: ModelGateway,
    private readonly meter: Meter,
    /** The purpose of a chat message, worked out when its event is written. */
    private readonly purposeOf: (text: string) => () => PurposeCategory,
  ) {}

  listModels(allowedModels: readonly string[] | null = null): Promise<GatewayModel[]> {
    return this.gateway.listModels(allowedModels);
  }

  assertModel(
    modelId: string,
    capability: ModelCapability,
    options: GatewayCallOptions = {},
  ): Promise<GatewayModel> {
    return this.gateway.assertModel(modelId, capability, options);
  }

  private begin(
    model: string,
    capability: ModelCapability,
    options: GatewayCallOptions,
    purpose: () => PurposeCategory | (() => PurposeCategory),
    worstCase: () => UsageQuantity,
  ): MeterTicket | Promise<MeterTicket> {
    const request: MeterRequest = {
      caller: options.caller ?? systemCaller,
      capability,
      model,
      purpose: options.purpose ?? purpose(),
      assistantId: options.assistantId ?? null,
      templateId: options.templateId ?? null,
      worstCase,
    };
    return this.meter.begin(request);
  }

  private failed(ticket: MeterTicket, error: unknown, signal: AbortSignal | undefined): void {
    this.meter.finish(ticket, {
      served: null,
      usage: noUsage,
      status: signal?.aborted === true ? 'cancelled' : 'error',
      errorCode: errorCodeOf(error),
    });
  }

  private chatTicket(
    request: ProviderChatRequest,
    options: GatewayCallOptions,
  ): MeterTicket | Promise<MeterTicket> {
    return this.begin(
      request.model,
      'chat',
      options,
      () => this.purposeOf(latestUserText(request)),
      () => ({
        ...noUsage,
        promptTokens: estimatePromptTokensGenerously(request.messages),
        completionTokens: request.maxTokens ?? defaultReservedOutputTokens,
        requests: 1,
      }),
    );
  }

  async chat(request: ProviderChatRequest, options: GatewayCallOptions = {}) {
    const pending = this.chatTicket(request, options);
    // Usually no budget applies or the leases have the room: then the ticket is there at once.
    const ticket = pending instanceof Promise ? await pending : pending;
    try {
      const answer = await this.gateway.chat(request, options);
      const usage = answer.result.usage ?? {
        promptTokens: estimatePromptTokens(request.messages),
        completionTokens: estimateTokens(answer.result.text),
      };
      this.meter.finish(ticket, {
        served: answer.served,
        usage: chatQuantity(usage),
        status: 'ok',
        errorCode: null,
      });
      return answer;
    } catch (error) {
      this.failed(ticket, error, options.signal);
      throw error;
    }
  }

  async chatStream(
    request: ProviderChatRequest,
    options: GatewayCallOptions = {},
  ): Promise<{ parts: AsyncIterable<ProviderStreamPart[]>; served: Served }> {
    const pending = this.chatTicket(request, options);
    // Usually no budget applies or the leases have the room: then the ticket is there at once.
    const ticket = pending instanceof Promise ? await pending : pending;
    let started: { parts: AsyncIterable<ProviderStreamPart[]>; served: Served };
    try {
      started = await this.gateway.chatStream(request, options);
    } catch (error) {
      this.failed(ticket, error, options.signal);
      throw error;
    }
    return {
      parts: this.meteredStream(started.parts, started.served, ticket, request),
      served: started.served,
    };
  }

  /**
   * Passes the batches on untouched and settles when the stream ends, however it ends: the gateway's
   * closing usage part when it completes, else what was counted so far (a cut client, a blocked answer).
   */
  private async *meteredStream(
    parts: AsyncIterable<ProviderStreamPart[]>,
    served: Served,
    ticket: MeterTicket,
    request: ProviderChatRequest,
  ): AsyncGenerator<ProviderStreamPart[]> {
    let usage: ProviderUsage | null = null;
    let text = '';
    let status: 'ok' | 'error' | 'cancelled' = 'cancelled';
    let errorCode: string | null = null;
    try {
      for await (const batch of parts) {
        for (const part of batch) {
          if (part.type === 'text-delta') text += part.text;
          else if (part.type === 'usage') usage = part.usage;
        }
        yield batch;
      }
      status = 'ok';
    } catch (error) {
      status = 'error';
      errorCode = errorCodeOf(error);
      throw error;
    } finally {
      const counted = usage ?? {
        promptTokens: estimatePromptTokens(request.messages),
        completionTokens: estimateTokens(text),
      };
      this.meter.finish(ticket, { served, usage: chatQuantity(counted), status, errorCode });
    }
  }

  private async single<Result>(
    model: string,
    capability: Exclude<ModelCapability, 'chat'>,
    options: GatewayCallOptions,
    purpose: PurposeCategory,
    worstCase: () => UsageQuantity,
    call: () => Promise<{ result: Result; served: Served }>,
    actual: (result: Result) => UsageQuantity,
  ): Promise<{ result: Result; served: Served }> {
    const pending = this.begin(model, capability, options, () => purpose, worstCase);
    const ticket = pending instanceof Promise ? await pending : pending;
    try {
      const answer = await call();
      this.meter.finish(ticket, {
        served: answer.served,
        usage: actual(answer.result),
        status: 'ok',
        errorCode: null,
      });
      return answer;
    } catch (error) {
      this.failed(ticket, error, options.signal);
      throw error;
    }
  }

  embed(request: ProviderEmbeddingRequest, options: GatewayCallOptions = {}) {
    const counted = () => request.input.reduce((total, text) => total + estimateTokens(text), 0);
    const generous = () => request.input.reduce((total, text) => total + estimateTokensGenerously(text), 0);
    return this.single(
      request.model,
      'embedding',
      options,
      'research',
      () => ({ ...noUsage, promptTokens: generous(), requests: 1 }),
      () => this.gateway.embed(request, options),
      (result) => ({ ...noUsage, promptTokens: result.usage?.promptTokens ?? counted(), requests: 1 }),
    );
  }

  rerank(request: ProviderRerankRequest, options: GatewayCallOptions = {}) {
    const texts = [request.query, ...request.documents];
    const counted = () => texts.reduce((total, text) => total + estimateTokens(text), 0);
    const generous = () => texts.reduce((total, text) => total + estimateTokensGenerously(text), 0);
    return this.single(
      request.model,
      'rerank',
      options,
      'research',
      () => ({ ...noUsage, promptTokens: generous(), requests: 1 }),
      () => this.gateway.rerank(request, options),
      (result) => ({ ...noUsage, promptTokens: result.usage?.promptTokens ?? counted(), requests: 1 }),
    );
  }

  generateImage(request: ProviderImageRequest, options: GatewayCallOptions = {}) {
    return this.single(
      request.model,
      'image',
      options,
      'other',
      () => ({ ...noUsage, images: request.count ?? 1, requests: 1 }),
      () => this.gateway.generateImage(request, options),
      (result) => ({ ...noUsage, images: result.images.length, requests: 1 }),
    );
  }

  translate(request: ProviderTranslationRequest & { model: string }, options: GatewayCallOptions = {}) {
    const characters = request.texts.reduce((total, text) => total + text.length, 0);
    return this.single(
      request.model,
      'translation',
      options,
      'translation',
      () => ({ ...noUsage, characters, requests: 1 }),
      () => this.gateway.translate(request, options),
      (result) => ({ ...noUsage, characters: result.billedCharacters, requests: 1 }),
    );
  }
}
