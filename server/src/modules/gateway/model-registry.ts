import type {
  ConnectionTestResult,
  ModelEndpoint,
  ModelEndpointInput,
  ModelSettingsInput,
  ModelStatus,
} from '@jumugwan/contracts';
import { modelEndpointInputSchema } from '@jumugwan/contracts';
import { AppError, errors } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { Egress } from '../../platform/egress.js';
import type { SecretBox } from '../../platform/secret-box.js';
import type { DeploymentCatalog } from './deployment-catalog.js';
import type { DeploymentHealth } from './deployment-health.js';
import type { ModelEndpointRepository, ModelEndpointRow } from './model-endpoint-repository.js';
import type { ModelSettingsRepository } from './model-settings-repository.js';
import { createProvider } from './provider-factory.js';

function present(row: ModelEndpointRow): ModelEndpoint {
  return {
    id: row.id,
    name: row.name,
    baseUrl: row.baseUrl,
    hasApiKey: row.apiKeyCiphertext !== null,
    modelIds: row.modelIds,
    location: row.location,
    enabled: row.enabled,
    provider: row.provider,
    timeoutSeconds: row.timeoutSeconds,
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

/** Admin side of the gateway: endpoints (keys sealed at rest), model settings, connection tests, health. */
export class ModelRegistry {
  constructor(
    private readonly repository: ModelEndpointRepository,
    private readonly settings: ModelSettingsRepository,
    private readonly catalog: DeploymentCatalog,
    private readonly health: DeploymentHealth,
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
      provider: parsed.provider,
      timeoutSeconds: parsed.timeoutSeconds,
    });
    this.catalog.invalidate();
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
      provider: parsed.provider,
      timeoutSeconds: parsed.timeoutSeconds,
    });
    if (row === undefined) throw errors.notFound('모델 서버');
    this.catalog.invalidate();
    return present(row);
  }

  async deleteEndpoint(id: string): Promise<void> {
    if (!(await this.repository.delete(id))) throw errors.notFound('모델 서버');
    this.catalog.invalidate();
  }

  private providerFor(endpoint: ModelEndpointRow) {
    return createProvider(this.egress, endpoint, {
      name: endpoint.name,
      baseUrl: endpoint.baseUrl,
      apiKey: endpoint.apiKeyCiphertext === null ? null : this.secretBox.open(endpoint.apiKeyCiphertext),
      timeoutMs: endpoint.timeoutSeconds === null ? this.timeoutMs : endpoint.timeoutSeconds * 1000,
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

  /** Every model with its capability, fallbacks and the live state of each deployment. */
  async listModelStatus(): Promise<ModelStatus[]> {
    const models = [...(await this.catalog.models()).values()];
    return models.map((model) => ({
      id: model.id,
      capability: model.capability,
      location: model.location,
      fallbacks: model.fallbacks,
      deployments: model.deployments.map((deployment) => {
        const snapshot = this.health.snapshot(deployment.key);
        return {
          endpointId: deployment.endpoint.id,
          endpointName: deployment.endpoint.name,
          location: deployment.endpoint.location,
          inFlight: snapshot.inFlight,
          recentRequests: snapshot.recentRequests,
          recentErrorRate: snapshot.recentErrorRate,
          consecutiveFailures: snapshot.consecutiveFailures,
          coolingDownUntil: snapshot.coolingDownUntil?.toISOString() ?? null,
          lastError: snapshot.lastError,
        };
      }),
    }));
  }

  async saveModelSettings(modelId: string, input: ModelSettingsInput): Promise<void> {
    if ((await this.catalog.model(modelId)) === undefined) throw errors.notFound(`모델 '${modelId}'`);
    const fallbacks = [...new Set(input.fallbacks)].filter((fallback) => fallback !== modelId);
    await this.settings.upsert({ modelId, capability: input.capability, fallbacks });
    this.catalog.invalidate();
  }
}
