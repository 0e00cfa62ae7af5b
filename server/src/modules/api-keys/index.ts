export { ApiKeyRepository } from './api-key-repository.js';
export { registerApiKeyRoutes } from './api-key-routes.js';
export { ApiKeyService, apiKeyErrors, type ApiKeyContext } from './api-key-service.js';
