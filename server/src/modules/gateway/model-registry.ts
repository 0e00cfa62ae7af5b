import type { ChatModel, ConnectionTestResult, ModelEndpoint, ModelEndpointInput } from '@jumugwan/contracts';
import { modelEndpointInputSchema } from '@jumugwan/contracts';
import { AppError, errors } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { Egress } from '../../platform/egress.js';
import type { SecretBox } from '../../platform/secret-box.js';
import type { ModelEndpointRepository, ModelEndpointRow } from './model-endpoint-repository.js';
import type { ChatProvider } from './provider-spec.js';
import { OpenAiCompatibleProvider } from './providers/openai-compatible-provider.js';

export interface ResolvedModel {
  modelId: string;
  endpoint: ModelEndpointRow;
  provider: ChatProvider;
}

function present(row: ModelEndpointRow): ModelEndpoint {
  return {
    id: row.id,
    name: row.name,
    baseUrl: row.baseUrl,
    hasApiKey: row.apiKeyCiphertext !== null,
    modelIds: row.modelIds,
    location: row.location,
    enabled: row.enabled,
    lastTest:
      row.lastTestAt === null
        ? null
        : {
            at: row.lastTestAt.toISOString(),
            ok: row.lastTestOk ?? false,
            message: row.lastTestMessage ?? '',
          },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Registered model endpoints: admin CRUD, keys sealed at rest, and resolving a model id to a provider. */
export class ModelRegistry {
  constructor(
    private readonly repository: ModelEndpointRepository,
    private readonly secretBox: SecretBox,
    private readonly egress: Egress,
    private readonly clock: Clock,
    private readonly timeoutMs: number,
  ) {}

  async listEndpoints(): Promise<ModelEndpoint[]> {
    return (await this.repository.list()).map(present);
  }

  async createEndpoint(input: ModelEndpointInput): Promise<ModelEndpoint> {
    const parsed = modelEndpointInputSchema.parse(input);
    if ((await this.repository.findByName(parsed.name)) !== undefined) {
      throw errors.conflict(`이름이 '${parsed.name}'인 모델 서버가 이미 있습니다.`);
    }
    const row = await this.repository.insert({
      name: parsed.name,
      baseUrl: parsed.baseUrl,
      apiKeyCiphertext:
        parsed.apiKey === undefined || parsed.apiKey === '' ? null : this.secretBox.seal(parsed.apiKey),
      modelIds: [...new Set(parsed.modelIds)],
      location: parsed.location,
      enabled: parsed.enabled,
    });
    return present(row);
  }

  async updateEndpoint(id: string, input: ModelEndpointInput): Promise<ModelEndpoint> {
    const parsed = modelEndpointInputSchema.parse(input);
    const current = await this.repository.find(id);
    if (current === undefined) throw errors.notFound('모델 서버');
    const sameName = await this.repository.findByName(parsed.name);
    if (sameName !== undefined && sameName.id !== id)
      throw errors.conflict(`이름이 '${parsed.name}'인 모델 서버가 이미 있습니다.`);
    let apiKeyCiphertext = current.apiKeyCiphertext;
    if (parsed.apiKey !== undefined)
      apiKeyCiphertext = parsed.apiKey === '' ? null : this.secretBox.seal(parsed.apiKey);
    const row = await this.repository.update(id, {
      name: parsed.name,
      baseUrl: parsed.baseUrl,
      apiKeyCiphertext,
      modelIds: [...new Set(parsed.modelIds)],
      location: parsed.location,
      enabled: parsed.enabled,
    });
    if (row === undefined) throw errors.notFound('모델 서버');
    return present(row);
  }

  async deleteEndpoint(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) throw errors.notFound('모델 서버');
  }

  private providerFor(endpoint: ModelEndpointRow): ChatProvider {
    return new OpenAiCompatibleProvider(this.egress, {
      name: endpoint.name,
      baseUrl: endpoint.baseUrl,
      apiKey: endpoint.apiKeyCiphertext === null ? null : this.secretBox.open(endpoint.apiKeyCiphertext),
      timeoutMs: this.timeoutMs,
    });
  }

  /** Calls the endpoint's model list and records the outcome for the admin page. */
  async testEndpoint(id: string): Promise<ConnectionTestResult> {
    const endpoint = await this.repository.find(id);
    if (endpoint === undefined) throw errors.notFound('모델 서버');
    const started = performance.now();
    let result: ConnectionTestResult;
    try {
      const { models } = await this.providerFor(endpoint).listModels(AbortSignal.timeout(10_000));
      const missingModels = endpoint.modelIds.filter((modelId) => !models.includes(modelId));
      result = {
        ok: missingModels.length === 0,
        latencyMs: Math.round(performance.now() - started),
        message:
          missingModels.length === 0
            ? `연결 성공: 모델 ${models.length}개를 확인했습니다.`
            : `연결은 되었지만 등록한 모델 중 ${missingModels.join(', ')}을(를) 서버가 제공하지 않습니다.`,
        availableModels: models,
        missingModels,
      };
    } catch (error) {
      const message =
        error instanceof AppError
          ? error.message
          : error instanceof Error && error.name === 'TimeoutError'
            ? '10초 안에 응답이 없습니다.'
            : '연결할 수 없습니다.';
      result = {
        ok: false,
        latencyMs: Math.round(performance.now() - started),
        message,
        availableModels: [],
        missingModels: [],
      };
    }
    await this.repository.update(id, {
      lastTestAt: this.clock.now(),
      lastTestOk: result.ok,
      lastTestMessage: result.message,
    });
    return result;
  }

  /** Chat models anyone signed in may pick; enabled endpoints only. */
  async listChatModels(): Promise<ChatModel[]> {
    const seen = new Set<string>();
    const models: ChatModel[] = [];
    for (const endpoint of await this.repository.list()) {
      if (!endpoint.enabled) continue;
      for (const modelId of endpoint.modelIds) {
        if (seen.has(modelId)) continue;
        seen.add(modelId);
        models.push({ id: modelId, endpointName: endpoint.name, location: endpoint.location });
      }
    }
    return models;
  }

  async resolve(modelId: string): Promise<ResolvedModel> {
    const endpoints = await this.repository.list();
    const endpoint = endpoints.find((candidate) => candidate.enabled && candidate.modelIds.includes(modelId));
    if (endpoint === undefined) {
      const anyEnabled = endpoints.some((candidate) => candidate.enabled);
      throw anyEnabled
        ? new AppError(
            'model_not_found',
            404,
            `모델 '${modelId}'을(를) 찾을 수 없습니다. 목록에서 다른 모델을 골라 주세요.`,
          )
        : new AppError(
            'no_model_registered',
            404,
            '등록된 모델이 없습니다. 관리자에게 모델 등록을 요청하세요.',
          );
    }
    return { modelId, endpoint, provider: this.providerFor(endpoint) };
  }
}
