export {
  assistantRoleOf,
  canEditAssistant,
  canManageAssistant,
  type AssistantAccessFacts,
  type AssistantViewer,
} from './assistant-access.js';
export { AssistantEngagementRepository } from './assistant-engagement-repository.js';
export { AssistantGalleryRepository } from './assistant-gallery-repository.js';
export { AssistantHandover } from './assistant-handover.js';
export {
  createAssistantPorts,
  type AssistantPorts,
  type ChatModelChoice,
  type CollectionFacts,
} from './assistant-ports.js';
export { AssistantRepository } from './assistant-repository.js';
export { registerAssistantRoutes } from './assistant-routes.js';
export { AssistantService, type AssistantCaller } from './assistant-service.js';
export type { AssistantForUse, AssistantUsage, AssistantUser } from './assistant-usage.js';
