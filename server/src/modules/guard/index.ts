export { AnswerFilter } from './answer-filter.js';
export type { GuardAudit, GuardAuditAction, GuardAuditOutcome } from './guard-audit.js';
export { apiKeyCaller, staffCaller, systemCaller, type GuardCaller } from './guard-caller.js';
export { guardErrors } from './guard-errors.js';
export { GuardRepository } from './guard-repository.js';
export { GuardService, type InputInspection, type ModelLocation } from './guard-service.js';
export {
  GuardedGateway,
  type GuardedCallOptions,
  type GuardedStreamPart,
  type GuardOutcome,
  type PreparedChatStream,
} from './guarded-gateway.js';
export { parseRetention, resolveRetention, type Retention } from './retention-mode.js';
export { registerGuardRoutes } from './guard-routes.js';
