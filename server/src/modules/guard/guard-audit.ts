import type { GuardCaller } from './guard-caller.js';

export type GuardAuditAction =
  | 'guard-blocked'
  | 'guard-masked'
  | 'guard-warned'
  | 'guard-policy-updated'
  | 'banned-word-list-created'
  | 'banned-word-list-updated'
  | 'banned-word-list-deleted'
  | 'retention-purged';

export type GuardAuditOutcome = 'success' | 'blocked' | 'masked' | 'warned';

/**
 * Where the guard reports its decisions. Details name the rule and the PII types, never a value or any
 * message text.
 */
export interface GuardAudit {
  record(
    caller: GuardCaller,
    action: GuardAuditAction,
    outcome: GuardAuditOutcome,
    details: Record<string, unknown>,
  ): Promise<void>;
}
