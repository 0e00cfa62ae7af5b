export {
  auditActorFromApiKey,
  auditActorFromRequest,
  auditActorFromUser,
  systemAuditActor,
  userLabel,
} from './audit-actor.js';
export { auditCsv, auditCsvHeaders, csvCell, formatKoreanTime } from './audit-csv.js';
export {
  sanitizeDetails,
  type AuditActor,
  type AuditDetails,
  type AuditDetailsByAction,
  type AuditEventInput,
  type SignInFailureReason,
  type SignInMethod,
} from './audit-event.js';
export { AuditRepository, type AuditEventRow, type AuditFilter } from './audit-repository.js';
export { registerAuditRoutes } from './audit-routes.js';
export { AuditService, auditExportMaxRows, type AuditLogger, type AuditPort } from './audit-service.js';
