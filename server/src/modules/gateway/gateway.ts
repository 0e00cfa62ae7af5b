import type { PurposeCategory } from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import type { GuardCaller } from '../guard/guard-caller.js';
import type { CatalogModel, Deployment, DeploymentCatalog } from './deployment-catalog.js';
import type { DeploymentHealth } from './deployment-health.js';
import type { ModelCapability } from './model-settings-repository.js';
import type {
  ModelProvider,
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
} from './provider-spec.js';
import { estimatePromptTokens, estimateTokens } from './token-estimate.js';
import { UpstreamError, isRetryable } from './upstream-error.js';

export interface GatewayModel {
  id: string;
  capability: ModelCapability;
  location: 'internal' | 'external';
}

export interface GatewayCallOptions {
  signal?: AbortSignal;
  /** Models this caller may use (an API key's list); null = any. */
  allowedModels?: readonly string[] | null;
  /**
   * Where fallbacks may go. The guard prepares a request for the requested model's location (masked or
   * not), so a fallback elsewhere would receive text it was never cleared for.
   */
  fallbackLocations?: readonly ('internal' | 'external')[];
  /** Who calls: the guard's audit rows and the meter need it; the gateway itself ignores it. */
  caller?: GuardCaller;
  /** `internal` conversations may only reach on-prem models (enforced by the guard). */
  sensitivity?: 'normal' | 'internal';
  /** What the call is for, when a template or assistant says so (the meter classifies the rest). */
  purpose?: PurposeCategory;
  /** The assistant or template behind the call, for metering. */
  assistantId?: string | null;
  templateId?: string | null;
}

/** Which deployment answered: for metering and the admin's health view. */
export interface Served {
  modelId: string;
  endpointId: string;
  endpointName: string;
  provider: Deployment['endpoint']['provider'];
  location: 'internal' | 'external';
}

export interface RetrySettings {
  /** Attempts per model across its deployments (each deployment at most once). */
  maxAttemptsPerModel: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export type Sleep = (milliseconds: number, signal?: AbortSignal) => Promise<void>;

const capabilityMethod = {
  chat: 'chatStream',
  embedding: 'embed',
  rerank: 'rerank',
  image: 'generateImage',
  translation: 'translate',
} as const satisfies Record<ModelCapability, keyof ModelProvider>;

const capabilityNames: Record<ModelCapability, string> = {
  chat: '대화',
  embedding: '임베딩',
  rerank: '재순위화',
  image: '이미지 생성',
  translation: '번역',
};

function served(deployment: Deployment): Served {
  return {
    modelId: deployment.modelId,
    endpointId: deployment.endpoint.id,
    endpointName: deployment.endpoint.name,
    provider: deployment.endpoint.provider,
    location: deployment.endpoint.location,
  };
}

function allows(options: GatewayCallOptions, modelId: string): boolean {
  return (
    options.allowedModels === undefined ||
    options.allowedModels === null ||
    options.allowedModels.includes(modelId)
  );
}

function requireModelIn(
  catalog: Map<string, CatalogModel>,
  modelId: string,
  capability: ModelCapability,
  options: GatewayCallOptions,
): CatalogModel {
  const model = catalog.get(modelId);
  if (!allows(options, modelId))
    throw model === undefined ? modelErrors.notFound(modelId) : modelErrors.notAllowed(modelId);
  if (model === undefined)
    throw catalog.size === 0 ? modelErrors.noneRegistered() : modelErrors.notFound(modelId);
  if (model.capability !== capability) throw modelErrors.wrongCapability(modelId, capability);
  return model;
}

/** The model and then its fallbacks (those that exist, the caller may use, and have the same capability). */
function chainOf(
  catalog: Map<string, CatalogModel>,
  model: CatalogModel,
  options: GatewayCallOptions,
): CatalogModel[] {
  const chain = [model];
  for (const fallbackId of model.fallbacks) {
    if (!allows(options, fallbackId)) continue;
    const fallback = catalog.get(fallbackId);
    if (
      fallback !== undefined &&
      fallback.capability === model.capability &&
      !chain.includes(fallback) &&
      (options.fallbackLocations === undefined || options.fallbackLocations.includes(fallback.location))
    )
      chain.push(fallback);
  }
  return chain;
}

/** The provider's batches without its usage parts, then one usage part; records the outcome in health. */
async function* metered(
  iterator: AsyncIterator<ProviderStreamPart[]>,
  first: IteratorResult<ProviderStreamPart[]>,
  health: DeploymentHealth,
  key: string,
  request: ProviderChatRequest,
  signal: AbortSignal | undefined,
): AsyncGenerator<ProviderStreamPart[]> {
  let usage: ProviderUsage | null = null;
  let text = '';
  let finished = false;
  let failed = false;
  try {
    for (let next = first; next.done !== true; next = await iterator.next()) {
      let batch = next.value;
      let usageParts = 0;
      for (const part of batch) {
        if (part.type === 'text-delta') text += part.text;
        else if (part.type === 'usage') {
          usage = part.usage;
          usageParts += 1;
        }
      }
      if (usageParts > 0) batch = batch.filter((part) => part.type !== 'usage');
      if (batch.length > 0) yield batch;
    }
    finished = true;
    health.succeed(key);
  } catch (error) {
    failed = true;
    if (signal?.aborted === true) health.release(key);
    else health.fail(key, error instanceof Error ? error.message : String(error));
    throw error;
  } finally {
    if (!finished) {
      // The consumer stopped early (its client went away): says nothing about the deployment.
      if (!failed) health.release(key);
      await iterator.return?.();
    }
  }
  yield [
    {
      type: 'usage',
      usage: usage ?? {
        promptTokens: estimatePromptTokens(request.messages),
        completionTokens: estimateTokens(text),
      },
    },
  ];
}

export const modelErrors = {
  notFound: (modelId: string) =>
    new AppError(
      'model_not_found',
      404,
      `모델 '${modelId}'을(를) 찾을 수 없습니다. 목록에서 다른 모델을 골라 주세요.`,
    ),
  notAllowed: (modelId: string) =>
    new AppError('forbidden', 403, `이 API 키로는 모델 '${modelId}'을(를) 쓸 수 없습니다.`),
  noneRegistered: () =>
    new AppError('no_model_registered', 404, '등록된 모델이 없습니다. 관리자에게 모델 등록을 요청하세요.'),
  wrongCapability: (modelId: string, capability: ModelCapability) =>
    new AppError(
      'validation_failed',
      400,
      `모델 '${modelId}'은(는) ${capabilityNames[capability]}용 모델이 아닙니다.`,
    ),
};

/**
 * The one way to call a model. Picks the least busy healthy deployment, retries connect errors, 429 and
 * 5xx on other deployments (with backoff) before any byte reached the caller, then walks the model's
 * fallback chain; records each outcome so failing deployments cool down.
 */
export class Gateway {
  constructor(
    private readonly catalog: DeploymentCatalog,
    private readonly health: DeploymentHealth,
    private readonly retry: RetrySettings,
    private readonly sleep: Sleep,
  ) {}

  async listModels(allowedModels: readonly string[] | null = null): Promise<GatewayModel[]> {
    const models = [...(await this.catalog.models()).values()];
    return models
      .filter((model) => allowedModels === null || allowedModels.includes(model.id))
      .map((model) => ({ id: model.id, capability: model.capability, location: model.location }));
  }

  /** Fails like a call would (unknown, not allowed, wrong kind) without calling anything. */
  async assertModel(
    modelId: string,
    capability: ModelCapability,
    options: GatewayCallOptions = {},
  ): Promise<GatewayModel> {
    const model = await this.requireModel(modelId, capability, options);
    return { id: model.id, capability: model.capability, location: model.location };
  }

  private async requireModel(
    modelId: string,
    capability: ModelCapability,
    options: GatewayCallOptions,
  ): Promise<CatalogModel> {
    return requireModelIn(await this.catalog.models(), modelId, capability, options);
  }

  /**
   * Deployments of the model, least busy first, where a recent failure counts as one more request in
   * flight: healthy deployments are preferred, but a recovering one still gets traffic when the others
   * are busy. Cooling-down ones come last (still tried when nothing else is left).
   */
  private ordered(model: CatalogModel): Deployment[] {
    const method = capabilityMethod[model.capability];
    const [only] = model.deployments;
    // One deployment (the common case) has nothing to sort.
    if (model.deployments.length === 1 && only !== undefined)
      return only.provider[method] === undefined ? [] : [only];
    return model.deployments
      .filter((deployment) => deployment.provider[method] !== undefined)
      .map((deployment) => ({
        deployment,
        cooling: this.health.isCoolingDown(deployment.key) ? 1 : 0,
        busy:
          this.health.inFlight(deployment.key) +
          (this.health.consecutiveFailures(deployment.key) > 0 ? 1 : 0),
        tieBreak: Math.random(),
      }))
      .sort(
        (left, right) =>
          left.cooling - right.cooling || left.busy - right.busy || left.tieBreak - right.tieBreak,
      )
      .map((entry) => entry.deployment);
  }

  private backoff(attempt: number): number {
    return Math.min(this.retry.backoffMaxMs, this.retry.backoffBaseMs * 2 ** (attempt - 1));
  }

  /**
   * Runs `call` on deployments until one succeeds. `call` resolves once the deployment has committed
   * (for streams: the first part arrived), so retries never repeat bytes the caller has seen.
   */
  private async route<T>(
    modelId: string,
    capability: ModelCapability,
    options: GatewayCallOptions,
    call: (deployment: Deployment, signal: AbortSignal | undefined) => Promise<T>,
  ): Promise<{ value: T; deployment: Deployment }> {
    // The routing table is in memory nearly always: read it without a promise hop then.
    const catalog = this.catalog.current() ?? (await this.catalog.models());
    const model = requireModelIn(catalog, modelId, capability, options);
    let lastError: Error | null = null;
    let attempt = 0;
    for (const candidate of chainOf(catalog, model, options)) {
      const deployments = this.ordered(candidate).slice(0, this.retry.maxAttemptsPerModel);
      for (const deployment of deployments) {
        if (attempt > 0) await this.sleep(this.backoff(attempt), options.signal);
        attempt += 1;
        this.health.begin(deployment.key);
        try {
          const value = await call(deployment, options.signal);
          return { value, deployment };
        } catch (error) {
          if (options.signal?.aborted === true) {
            this.health.release(deployment.key);
            throw error;
          }
          const message = error instanceof Error ? error.message : String(error);
          this.health.fail(
            deployment.key,
            message,
            error instanceof UpstreamError ? error.retryAfterSeconds : null,
          );
          if (!isRetryable(error)) throw error;
          lastError = error instanceof Error ? error : new Error(message);
        }
      }
    }
    if (lastError === null) {
      throw new AppError('upstream_unavailable', 502, `모델 '${modelId}'을(를) 제공하는 서버가 없습니다.`);
    }
    throw lastError;
  }

  async chat(
    request: ProviderChatRequest,
    options: GatewayCallOptions = {},
  ): Promise<{ result: ProviderChatResult; served: Served }> {
    const { value, deployment } = await this.route(
      request.model,
      'chat',
      options,
      async (candidate, signal) => {
        const provider = candidate.provider;
        if (provider.chat === undefined) throw modelErrors.wrongCapability(request.model, 'chat');
        return provider.chat({ ...request, model: candidate.modelId }, signal);
      },
    );
    this.health.succeed(deployment.key);
    const result: ProviderChatResult = {
      ...value,
      usage: value.usage ?? {
        promptTokens: estimatePromptTokens(request.messages),
        completionTokens: estimateTokens(value.text),
      },
    };
    return { result, served: served(deployment) };
  }

  /**
   * Streams the answer in batches of parts (what arrived together). Routing happens before the first batch;
   * the stream always ends with one `usage` part (the provider's, or counted when it sent none), alone in
   * the last batch, so metering is exact for every stream.
   */
  async chatStream(
    request: ProviderChatRequest,
    options: GatewayCallOptions = {},
  ): Promise<{ parts: AsyncIterable<ProviderStreamPart[]>; served: Served }> {
    const { value, deployment } = await this.route(
      request.model,
      'chat',
      options,
      async (candidate, signal) => {
        const provider = candidate.provider;
        if (provider.chatStream === undefined) throw modelErrors.wrongCapability(request.model, 'chat');
        const stream = provider.chatStream({ ...request, model: candidate.modelId }, signal);
        const iterator = stream[Symbol.asyncIterator]();
        const first = await iterator.next();
        return { iterator, first };
      },
    );
    return {
      parts: metered(value.iterator, value.first, this.health, deployment.key, request, options.signal),
      served: served(deployment),
    };
  }

  private async single<Request extends { model: string }, Result>(
    request: Request,
    capability: Exclude<ModelCapability, 'chat'>,
    options: GatewayCallOptions,
    invoke: (
      provider: ModelProvider,
      request: Request,
      signal: AbortSignal | undefined,
    ) => Promise<Result> | undefined,
  ): Promise<{ result: Result; served: Served }> {
    const { value, deployment } = await this.route(
      request.model,
      capability,
      options,
      async (candidate, signal) => {
        const pending = invoke(candidate.provider, { ...request, model: candidate.modelId }, signal);
        if (pending === undefined) throw modelErrors.wrongCapability(request.model, capability);
        return pending;
      },
    );
    this.health.succeed(deployment.key);
    return { result: value, served: served(deployment) };
  }

  embed(
    request: ProviderEmbeddingRequest,
    options: GatewayCallOptions = {},
  ): Promise<{ result: ProviderEmbeddingResult; served: Served }> {
    return this.single(request, 'embedding', options, (provider, routed, signal) =>
      provider.embed?.(routed, signal),
    );
  }

  rerank(
    request: ProviderRerankRequest,
    options: GatewayCallOptions = {},
  ): Promise<{ result: ProviderRerankResult; served: Served }> {
    return this.single(request, 'rerank', options, (provider, routed, signal) =>
      provider.rerank?.(routed, signal),
    );
  }

  generateImage(
    request: ProviderImageRequest,
    options: GatewayCallOptions = {},
  ): Promise<{ result: ProviderImageResult; served: Served }> {
    return this.single(request, 'image', options, (provider, routed, signal) =>
      provider.generateImage?.(routed, signal),
    );
  }

  translate(
    request: ProviderTranslationRequest & { model: string },
    options: GatewayCallOptions = {},
  ): Promise<{ result: ProviderTranslationResult; served: Served }> {
    return this.single(request, 'translation', options, (provider, routed, signal) =>
      provider.translate?.(routed, signal),
    );
  }
}

/** What the layers above (meter, guard) need of the gateway; each layer wraps the one below. */
export type ModelGateway = Pick<
  Gateway,
  'listModels' | 'assertModel' | 'chat' | 'chatStream' | 'embed' | 'rerank' | 'generateImage' | 'translate'
>;
