import type { GuardNotice } from '@jumugwan/contracts';
import type { GatewayCallOptions, GatewayModel, ModelGateway, Served } from '../gateway/gateway.js';
import type { ModelCapability } from '../gateway/model-settings-repository.js';
import type {
  ProviderChatRequest,
  ProviderChatResult,
  ProviderEmbeddingRequest,
  ProviderEmbeddingResult,
  ProviderImageRequest,
  ProviderImageResult,
  ProviderRerankRequest,
  ProviderRerankResult,
  ProviderStreamPart,
  ProviderTranslationRequest,
  ProviderTranslationResult,
  ProviderUsage,
} from '../gateway/provider-spec.js';
import { estimatePromptTokens, estimateTokens } from '../gateway/token-estimate.js';
import { AnswerFilter, type FilteredText } from './answer-filter.js';
import { systemCaller, type GuardCaller } from './guard-caller.js';
import type { GuardService, InputInspection } from './guard-service.js';
import { restorePlaceholders } from './masking/index.js';

export type GuardedCallOptions = GatewayCallOptions;

export type GuardedStreamPart = ProviderStreamPart | { type: 'guard-notice'; notice: GuardNotice };

export interface PreparedChatStream {
  guard: GuardOutcome;
  start(signal?: AbortSignal): Promise<{ parts: AsyncIterable<GuardedStreamPart[]>; served: Served }>;
}

export interface GuardOutcome {
  /** What the input check did (masking, warnings); output notices come as stream parts. */
  notices: GuardNotice[];
  /** The conversation carries PII that outside models may not see: keep it internal from now on. */
  markInternal: boolean;
}

/**
 * Every model call of the platform goes through here: the guard checks and masks what goes out, routes
 * only to models its decision allows, and restores and checks what comes back.
 */
export class GuardedGateway {
  constructor(
    private readonly gateway: ModelGateway,
    private readonly guard: GuardService,
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

  private async inspect(
    modelId: string,
    capability: ModelCapability,
    texts: readonly string[],
    options: GuardedCallOptions,
    userTextIndexes?: readonly number[],
  ): Promise<{ inspection: InputInspection; model: GatewayModel; routed: GatewayCallOptions }> {
    const model = await this.gateway.assertModel(modelId, capability, options);
    const inspection = await this.guard.inspect({
      texts,
      ...(userTextIndexes === undefined ? {} : { userTextIndexes }),
      location: model.location,
      modelId,
      sensitivity: options.sensitivity ?? 'normal',
      caller: options.caller ?? systemCaller,
    });
    const routed: GatewayCallOptions = {
      ...(options.signal === undefined ? {} : { signal: options.signal }),
      ...(options.allowedModels === undefined ? {} : { allowedModels: options.allowedModels }),
      fallbackLocations: [model.location],
      // The meter below needs who calls and what for; the texts it sees are the masked ones.
      caller: options.caller ?? systemCaller,
      ...(options.purpose === undefined ? {} : { purpose: options.purpose }),
      ...(options.assistantId === undefined ? {} : { assistantId: options.assistantId }),
      ...(options.templateId === undefined ? {} : { templateId: options.templateId }),
    };
    return { inspection, model, routed };
  }

  private async chatInput(request: ProviderChatRequest, options: GuardedCallOptions) {
    const userIndexes = request.messages.flatMap((message, index) =>
      message.role === 'user' ? [index] : [],
    );
    const prepared = await this.inspect(
      request.model,
      'chat',
      request.messages.map((message) => message.content),
      options,
      userIndexes,
    );
    const { inspection } = prepared;
    const outgoing: ProviderChatRequest =
      inspection.vault === null
        ? request
        : {
            ...request,
            messages: request.messages.map((message, index) => ({
              ...message,
              content: inspection.texts[index] ?? message.content,
            })),
          };
    return { ...prepared, outgoing };
  }

  async chat(
    request: ProviderChatRequest,
    options: GuardedCallOptions = {},
  ): Promise<{ result: ProviderChatResult; served: Served; guard: GuardOutcome }> {
    const { inspection, outgoing, routed } = await this.chatInput(request, options);
    const { result, served } = await this.gateway.chat(outgoing, routed);
    const filter = new AnswerFilter(inspection.vault, await this.guard.outputMatcher());
    const notices = [...inspection.notices];
    let text = result.text;
    let finishReason = result.finishReason;
    if (!filter.isPassThrough) {
      const pushed = filter.push(result.text);
      const finished = pushed.blockedBy === null ? filter.finish() : null;
      text = pushed.text + (finished?.text ?? '');
      for (const notice of [...pushed.notices, ...(finished?.notices ?? [])]) {
        notices.push(notice);
        await this.guard.recordOutput(options.caller ?? systemCaller, notice);
      }
      if (pushed.blockedBy !== null || (finished?.blockedBy ?? null) !== null)
        finishReason = 'content_filter';
    }
    return {
      result: { ...result, text, finishReason },
      served,
      guard: { notices, markInternal: inspection.markInternal },
    };
  }

  /**
   * Streams the answer through the output filter. When a blocking 금칙어 appears the upstream is cut
   * (leaving the loop returns its iterator, which aborts the request), the stream ends with
   * `content_filter`, and usage is counted from what the model had sent.
   */
  async chatStream(
    request: ProviderChatRequest,
    options: GuardedCallOptions = {},
  ): Promise<{ parts: AsyncIterable<GuardedStreamPart[]>; served: Served; guard: GuardOutcome }> {
    const prepared = await this.prepareChatStream(request, options);
    return { ...(await prepared.start(options.signal)), guard: prepared.guard };
  }

  /**
   * The input check alone, so a caller can refuse before saving anything; `start` then routes and
   * streams.
   */
  async prepareChatStream(
    request: ProviderChatRequest,
    options: GuardedCallOptions = {},
  ): Promise<PreparedChatStream> {
    const { inspection, outgoing, routed } = await this.chatInput(request, options);
    const guard = { notices: [...inspection.notices], markInternal: inspection.markInternal };
    const matcher = await this.guard.outputMatcher();
    return {
      guard,
      start: async (signal) => {
        const { parts, served } = await this.gateway.chatStream(
          outgoing,
          signal === undefined ? routed : { ...routed, signal },
        );
        const filter = new AnswerFilter(inspection.vault, matcher);
        // Nothing to restore and no list to check: the stream passes untouched (the common fast path).
        if (filter.isPassThrough) return { parts, served };
        return { parts: this.filtered(parts, filter, outgoing, options.caller ?? systemCaller), served };
      },
    };
  }

  private filtered(
    parts: AsyncIterable<ProviderStreamPart[]>,
    filter: AnswerFilter,
    outgoing: ProviderChatRequest,
    caller: GuardCaller,
  ): AsyncIterable<GuardedStreamPart[]> {
    const record = (notice: GuardNotice) => this.guard.recordOutput(caller, notice);

    // Batches in, batches out (one per network read), as the gateway streams them.
    async function* filtered(): AsyncGenerator<GuardedStreamPart[]> {
      let upstreamText = '';
      let blocked = false;
      let flushed = false;
      let usage: ProviderUsage | null = null;
      /** Adds the filter's output to the batch; true when a blocking 금칙어 ended the answer. */
      const emit = async (result: FilteredText, output: GuardedStreamPart[]): Promise<boolean> => {
        for (const notice of result.notices) {
          await record(notice);
          output.push({ type: 'guard-notice', notice });
        }
        if (result.text !== '') output.push({ type: 'text-delta', text: result.text });
        return result.blockedBy !== null;
      };
      for await (const batch of parts) {
        const output: GuardedStreamPart[] = [];
        for (const part of batch) {
          if (part.type === 'text-delta') {
            upstreamText += part.text;
            blocked = await emit(filter.push(part.text), output);
          } else if (part.type === 'usage') {
            usage = part.usage;
          } else {
            if (part.type === 'finish' && !flushed) {
              flushed = true;
              blocked = await emit(filter.finish(), output);
            }
            if (!blocked) output.push(part);
          }
          if (blocked) break;
        }
        if (output.length > 0) yield output;
        if (blocked) break;
      }
      const closing: GuardedStreamPart[] = [];
      if (!blocked && !flushed) blocked = await emit(filter.finish(), closing);
      if (blocked) closing.push({ type: 'finish', reason: 'content_filter' });
      closing.push({
        type: 'usage',
        usage: usage ?? {
          promptTokens: estimatePromptTokens(outgoing.messages),
          completionTokens: estimateTokens(upstreamText),
        },
      });
      yield closing;
    }
    return filtered();
  }

  async embed(
    request: ProviderEmbeddingRequest,
    options: GuardedCallOptions = {},
  ): Promise<{ result: ProviderEmbeddingResult; served: Served; guard: GuardOutcome }> {
    const { inspection, routed } = await this.inspect(request.model, 'embedding', request.input, options);
    const { result, served } = await this.gateway.embed({ ...request, input: inspection.texts }, routed);
    return { result, served, guard: { notices: inspection.notices, markInternal: inspection.markInternal } };
  }

  async rerank(
    request: ProviderRerankRequest,
    options: GuardedCallOptions = {},
  ): Promise<{ result: ProviderRerankResult; served: Served; guard: GuardOutcome }> {
    const { inspection, routed } = await this.inspect(
      request.model,
      'rerank',
      [request.query, ...request.documents],
      options,
      [0],
    );
    const [query = request.query, ...documents] = inspection.texts;
    const { result, served } = await this.gateway.rerank({ ...request, query, documents }, routed);
    return { result, served, guard: { notices: inspection.notices, markInternal: inspection.markInternal } };
  }

  async generateImage(
    request: ProviderImageRequest,
    options: GuardedCallOptions = {},
  ): Promise<{ result: ProviderImageResult; served: Served; guard: GuardOutcome }> {
    const { inspection, routed } = await this.inspect(request.model, 'image', [request.prompt], options);
    const { result, served } = await this.gateway.generateImage(
      { ...request, prompt: inspection.texts[0] ?? request.prompt },
      routed,
    );
    return { result, served, guard: { notices: inspection.notices, markInternal: inspection.markInternal } };
  }

  async translate(
    request: ProviderTranslationRequest & { model: string },
    options: GuardedCallOptions = {},
  ): Promise<{ result: ProviderTranslationResult; served: Served; guard: GuardOutcome }> {
    const { inspection, routed } = await this.inspect(request.model, 'translation', request.texts, options);
    const { result, served } = await this.gateway.translate({ ...request, texts: inspection.texts }, routed);
    const vault = inspection.vault;
    return {
      result:
        vault === null
          ? result
          : {
              ...result,
              translations: result.translations.map((entry) => ({
                ...entry,
                text: restorePlaceholders(entry.text, vault),
              })),
            },
      served,
      guard: { notices: inspection.notices, markInternal: inspection.markInternal },
    };
  }
}
