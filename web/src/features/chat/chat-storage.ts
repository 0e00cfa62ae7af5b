import type { ChatSettings } from '@jumugwan/contracts';

/** How this user's conversations are kept, as the chat shows it. */
export type ChatStorage =
  /** Stored until the user deletes them. */
  | { kind: 'keep' }
  /** Stored, and purged `days` after their last change. */
  | { kind: 'days'; days: number }
  /** Nothing is stored: the conversation lives in this browser tab only. */
  | { kind: 'tab-only' };

export function chatStorage(settings: ChatSettings): ChatStorage {
  if (settings.retention === 'none') {
    return { kind: 'tab-only' };
  }
  if (settings.retentionDays !== null && settings.retentionDays > 0) {
    return { kind: 'days', days: settings.retentionDays };
  }
  return { kind: 'keep' };
}
