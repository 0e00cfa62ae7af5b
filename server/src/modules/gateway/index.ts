export { ModelEndpointRepository } from './model-endpoint-repository.js';
export { ModelRegistry, type ResolvedModel } from './model-registry.js';
export { registerModelRoutes } from './model-routes.js';
export type {
  ChatProvider,
  ProviderChatMessage,
  ProviderStreamPart,
  ProviderUsage,
} from './provider-spec.js';
