export { registerCasesRoutes } from './cases-routes.js';
export { UseCaseAttachmentRepository } from './use-case-attachment-repository.js';
export type { NotifiedCase, UseCaseNotifications } from './use-case-notifications.js';
export { UseCaseReactionRepository } from './use-case-reaction-repository.js';
export { UseCaseRepository } from './use-case-repository.js';
export { UseCaseService, type UseCaseServicePorts } from './use-case-service.js';
export {
  UseCaseNotifier,
  type UseCaseNotificationKind,
  type UseCaseNotificationValues,
} from './use-case-notifier.js';
