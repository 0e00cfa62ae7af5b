import type { AuditAction, AuditDetailValue, AuditOutcome, AuditTargetType } from '@jumugwan/contracts';

/** Who did it. Structurally the guard's `GuardCaller` is one too. */
export interface AuditActor {
  userId: string | null;
  apiKeyId: string | null;
  /** Readable at the time: `홍길동 (20231234)`, `API 키 민원 챗봇`, `시스템`. */
  label: string;
  ipAddress: string | null;
}

/** Small, flat facts only: ids, counts, names of rules and PII types. Never message text or values. */
export type AuditDetails = Readonly<Record<string, AuditDetailValue | readonly string[] | undefined>>;

export type SignInMethod = 'portal' | 'local';
export type SignInFailureReason =
  | 'unknown_user'
  | 'wrong_password'
  | 'inactive'
  | 'rate_limited'
  | 'sso_headers_missing'
  | 'sso_signature_invalid'
  | 'sso_timestamp_expired';

/** Per-action details; the guard's entries are the generic shape until its engineer narrows them. */
export interface AuditDetailsByAction {
  'sign-in-succeeded': { method: SignInMethod; firstVisit?: boolean };
  'sign-in-failed': { method: SignInMethod; reason: SignInFailureReason };
  'sign-out': Record<string, never>;
  'admin-created': { via: 'setup' | 'cli'; username: string };
  'org-imported': {
    kind: 'departments' | 'users';
    encoding: string;
    created?: number;
    updated?: number;
    deactivated?: number;
    unchanged?: number;
    errorCount?: number;
  };
  'user-updated': { fields: readonly string[] };
  'model-endpoint-created': { name: string; location: string; modelIds: readonly string[] };
  'model-endpoint-updated': {
    name: string;
    location: string;
    enabled: boolean;
    modelIds: readonly string[];
    /** Only whether the key changed; the key never reaches the log. */
    apiKeyChanged: boolean;
  };
  'model-endpoint-deleted': Record<string, never>;
  'model-settings-updated': { capability: string; fallbacks: readonly string[] };
  'api-key-created': {
    name: string;
    keyPrefix: string;
    departmentId: string;
    allowedModels: readonly string[] | null;
  };
  'api-key-revoked': Record<string, never>;
  'guard-policy-updated': AuditDetails;
  'banned-word-list-created': AuditDetails;
  'banned-word-list-updated': AuditDetails;
  'banned-word-list-deleted': AuditDetails;
  'guard-blocked': AuditDetails;
  'guard-masked': AuditDetails;
  'guard-warned': AuditDetails;
  'retention-purged': AuditDetails;
  'price-added': { modelId: string; effectiveFrom: string };
  'price-deleted': { modelId: string; effectiveFrom: string };
  'budget-created': { name: string; scope: string; amount: number; unit: string; period: string };
  'budget-updated': { name: string; amount: number; unit: string; active: boolean };
  'budget-deleted': { name: string };
  'plan-created': { name: string; termMonths: number; models: readonly string[] };
  'plan-updated': { name: string; active: boolean };
  'plan-assigned': { planId: string; userId: string; startsOn: string; endsOn: string };
  'plan-unassigned': Record<string, never>;
  'drafting-template-saved': { version: number; created: boolean };
  'drafting-template-archived': Record<string, never>;
  'drafting-settings-updated': { visibleDisclosure: boolean };
  'assistant-created': { visibility: string; copiedFrom: string | null };
  'assistant-edited': { version: number; changedFields: readonly string[] };
  'assistant-rolled-back': { version: number; restoredFrom: number };
  'assistant-sharing-changed': {
    visibility: string;
    departmentId: string | null;
    includeSubdepartments: boolean;
    userCount: number;
    editorCount: number;
  };
  'assistant-archived': Record<string, never>;
  'assistant-handed-over': { fromUserId: string; toUserId: string };
  'user-deactivated': Record<string, never>;
  'case-published': { departmentName: string | null; withNote: boolean };
  'case-returned': { departmentName: string | null; withNote: boolean };
  'case-book-exported': { format: string; caseCount: number };
  'guidelines-published': { version: number };
}

interface AuditEventBase<Action extends AuditAction> {
  action: Action;
  actor: AuditActor;
  /** Defaults to success. */
  outcome?: AuditOutcome;
  target?: { type: AuditTargetType; id: string | null };
  details?: AuditDetailsByAction[Action];
}

/** The typed input of `AuditService.record`: the action decides the shape of the details. */
export type AuditEventInput = { [Action in AuditAction]: AuditEventBase<Action> }[AuditAction];

const maxStringLength = 200;
const maxEntries = 50;

function clip(value: string): string {
  return value.length > maxStringLength ? `${value.slice(0, maxStringLength - 1)}…` : value;
}

function sanitizeValue(value: unknown): AuditDetailValue | undefined {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return clip(value);
  if (Array.isArray(value)) {
    return value
      .filter((entry): entry is string => typeof entry === 'string')
      .slice(0, maxEntries)
      .map(clip);
  }
  if (typeof value === 'object') {
    const counts: Record<string, number> = {};
    for (const [key, entry] of Object.entries(value).slice(0, maxEntries)) {
      if (typeof entry === 'number' && Number.isFinite(entry)) counts[clip(key)] = entry;
    }
    return counts;
  }
  return undefined;
}

/**
 * Keeps details small and flat whatever a caller passes at runtime: strings clipped, lists and count maps
 * capped, nested objects other than counts dropped. A bound on what a mistake could leak into the log.
 */
export function sanitizeDetails(details: object | undefined): Record<string, AuditDetailValue> {
  const result: Record<string, AuditDetailValue> = {};
  if (details === undefined) return result;
  for (const [key, value] of Object.entries(details).slice(0, maxEntries)) {
    const sanitized = sanitizeValue(value);
    if (sanitized !== undefined) result[clip(key)] = sanitized;
  }
  return result;
}
