export { DeploymentCatalog, type CatalogModel, type Deployment } from './deployment-catalog.js';
export { DeploymentHealth } from './deployment-health.js';
export {
  Gateway,
  modelErrors,
  type GatewayCallOptions,
  type GatewayModel,
  type ModelGateway,
  type Served,
} from './gateway.js';
export { ModelEndpointRepository } from './model-endpoint-repository.js';
export { ModelRegistry } from './model-registry.js';
export { registerModelRoutes } from './model-routes.js';
export { ModelSettingsRepository, type ModelCapability } from './model-settings-repository.js';
export type {
  ModelProvider,
  ProviderChatMessage,
  ProviderChatRequest,
  ProviderEmbeddingRequest,
  ProviderRerankRequest,
  ProviderTranslationRequest,
  ProviderImageRequest,
  ProviderImageResult,
  ProviderStreamPart,
  ProviderUsage,
} from './provider-spec.js';
export {
  estimatePromptTokens,
  estimatePromptTokensGenerously,
  estimateTokens,
  estimateTokensGenerously,
} from './token-estimate.js';
export { UpstreamError } from './upstream-error.js';
