import type { AssistantRole, AssistantVisibility } from '@jumugwan/contracts';
import type { AssistantUser } from './assistant-usage.js';

/** The caller with their department and its ancestors, nearest first (department sharing reaches down). */
export interface AssistantViewer extends AssistantUser {
  departmentChain: readonly string[];
}

/** What of an assistant row decides who may use and edit it. */
export interface AssistantAccessFacts {
  institutionId: string;
  ownerUserId: string | null;
  builtInKey: string | null;
  visibility: AssistantVisibility;
  shareDepartmentId: string | null;
  includeSubdepartments: boolean;
  archivedAt: Date | null;
  /** The viewer's own membership row, if any. */
  membership: 'user' | 'editor' | null;
}

/**
 * The viewer's relation to an assistant, or null when they may not use it (the routes then answer 404, so
 * existence is not leaked). Platform admins get no exception for private assistants: only built-in ones
 * are theirs to edit. The gallery's SQL condition (`usableCondition`) says the same thing in SQL.
 */
export function assistantRoleOf(viewer: AssistantViewer, facts: AssistantAccessFacts): AssistantRole | null {
  if (facts.archivedAt !== null || facts.institutionId !== viewer.institutionId) return null;
  if (facts.ownerUserId !== null && facts.ownerUserId === viewer.id) return 'owner';
  if (facts.builtInKey !== null) return viewer.role === 'platform_admin' ? 'editor' : 'user';
  if (facts.membership !== null) return facts.membership;
  if (facts.visibility === 'institution') return 'user';
  if (facts.visibility === 'department' && facts.shareDepartmentId !== null) {
    if (facts.shareDepartmentId === viewer.departmentId) return 'user';
    if (facts.includeSubdepartments && viewer.departmentChain.includes(facts.shareDepartmentId))
      return 'user';
  }
  return null;
}

/** Owners and editors change the content; built-in assistants have platform admins as their editors. */
export function canEditAssistant(role: AssistantRole | null): boolean {
  return role === 'owner' || role === 'editor';
}

/** Sharing, archiving: the owner alone (built-in assistants have none; their seeder manages them). */
export function canManageAssistant(role: AssistantRole | null): boolean {
  return role === 'owner';
}
