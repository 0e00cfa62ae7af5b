import type { AssistantDefinition, AssistantCategory } from '@jumugwan/contracts';

/** Who is asking: a signed-in staff member (the user row's fields that decide access). */
export interface AssistantUser {
  id: string;
  institutionId: string;
  departmentId: string | null;
  role: 'staff' | 'department_admin' | 'platform_admin';
}

/** An assistant as a conversation uses it: its current version. */
export interface AssistantForUse {
  id: string;
  name: string;
  icon: string;
  category: AssistantCategory;
  version: number;
  definition: AssistantDefinition;
  /** Grounded in an internal collection: only on-prem models may answer. */
  onPremOnly: boolean;
}

/** What the chat needs from the assistants module (implemented by AssistantService). */
export interface AssistantUsage {
  /** The assistant when the user may use it; AppError `assistant_not_found` (404) otherwise, archived included. */
  assistantForUse(user: AssistantUser, assistantId: string): Promise<AssistantForUse>;
  /** Counts one question asked of it. */
  recordUse(assistantId: string): Promise<void>;
}
