import type { Clock } from '../../platform/clock.js';
import type { Egress } from '../../platform/egress.js';
import type { SecretBox } from '../../platform/secret-box.js';
import type { ModelEndpointRepository, ModelEndpointRow } from './model-endpoint-repository.js';
import type { ModelCapability, ModelSettingsRepository } from './model-settings-repository.js';
import { createProvider } from './provider-factory.js';
import type { ModelProvider } from './provider-spec.js';

/** One model served by one endpoint: the unit the router picks. */
export interface Deployment {
  key: string;
  modelId: string;
  endpoint: ModelEndpointRow;
  provider: ModelProvider;
}

export interface CatalogModel {
  id: string;
  capability: ModelCapability;
  /** Internal only when every deployment runs inside the network. */
  location: 'internal' | 'external';
  deployments: Deployment[];
  fallbacks: string[];
}

/**
 * A first guess at what a model is for, from its name, until an admin says otherwise: most servers name
 * their embedding, rerank and image models that way (bge-m3-embed, bge-reranker, dall-e-3, flux).
 */
export function guessCapability(modelId: string, provider: ModelEndpointRow['provider']): ModelCapability {
  if (provider === 'deepl') return 'translation';
  if (/rerank/i.test(modelId)) return 'rerank';
  if (/embed|bge-m3|e5-|gte-/i.test(modelId)) return 'embedding';
  if (/dall-e|gpt-image|image|flux|stable-diffusion|sdxl/i.test(modelId)) return 'image';
  return 'chat';
}

export interface CatalogSettings {
  defaultTimeoutMs: number;
  /** Other instances' admin changes are picked up within this time. */
  refreshMs: number;
}

/**
 * The routing table in memory: models, their deployments and adapters with decrypted keys. Loading it per
 * request would put several queries on every model call; admin changes invalidate it at once here and
 * reach other instances within `refreshMs`.
 */
export class DeploymentCatalog {
  private snapshot: Map<string, CatalogModel> | null = null;
  private loadedAt = 0;
  private loading: Promise<Map<string, CatalogModel>> | null = null;

  constructor(
    private readonly endpoints: ModelEndpointRepository,
    private readonly settings: ModelSettingsRepository,
    private readonly secretBox: SecretBox,
    private readonly egress: Egress,
    private readonly clock: Clock,
    private readonly options: CatalogSettings,
  ) {}

  invalidate(): void {
    this.snapshot = null;
  }

  /** The routing table when it is loaded and fresh, without waiting; null when models() must load it. */
  current(): Map<string, CatalogModel> | null {
    const fresh = this.clock.now().getTime() - this.loadedAt < this.options.refreshMs;
    return fresh ? this.snapshot : null;
  }

  async models(): Promise<Map<string, CatalogModel>> {
    const snapshot = this.current();
    if (snapshot !== null) return snapshot;
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  async model(modelId: string): Promise<CatalogModel | undefined> {
    return (await this.models()).get(modelId);
  }

  private async load(): Promise<Map<string, CatalogModel>> {
    const [endpointRows, settingRows] = await Promise.all([this.endpoints.list(), this.settings.list()]);
    const settingsById = new Map(settingRows.map((row) => [row.modelId, row]));
    const models = new Map<string, CatalogModel>();
    for (const endpoint of endpointRows) {
      if (!endpoint.enabled) continue;
      const provider = createProvider(this.egress, endpoint, {
        name: endpoint.name,
        baseUrl: endpoint.baseUrl,
        apiKey: endpoint.apiKeyCiphertext === null ? null : this.secretBox.open(endpoint.apiKeyCiphertext),
        timeoutMs:
          endpoint.timeoutSeconds === null ? this.options.defaultTimeoutMs : endpoint.timeoutSeconds * 1000,
      });
      for (const modelId of endpoint.modelIds) {
        let model = models.get(modelId);
        if (model === undefined) {
          const setting = settingsById.get(modelId);
          model = {
            id: modelId,
            capability: setting?.capability ?? guessCapability(modelId, endpoint.provider),
            location: endpoint.location,
            deployments: [],
            fallbacks: setting?.fallbacks ?? [],
          };
          models.set(modelId, model);
        }
        if (endpoint.location === 'external') model.location = 'external';
        model.deployments.push({ key: `${endpoint.id}:${modelId}`, modelId, endpoint, provider });
      }
    }
    this.snapshot = models;
    this.loadedAt = this.clock.now().getTime();
    return models;
  }
}
