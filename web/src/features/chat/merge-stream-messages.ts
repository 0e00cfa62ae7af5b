import type { ChatMessage } from '@jumugwan/contracts';
import type { ActiveStream } from './active-stream';
import type { DisplayMessage } from './display-message';

export const pendingUserMessageId = 'pending-user-message';
export const pendingAssistantMessageId = 'pending-assistant-message';

/**
 * The messages to show: the stored ones, then the live exchange of `stream` (if it belongs to this
 * conversation). Stored copies of the live messages are dropped so a refetch during streaming never
 * shows them twice; a regenerated answer hides the one it replaces.
 */
export function mergeStreamMessages(
  storedMessages: readonly ChatMessage[],
  stream: ActiveStream | null,
  errorMessages: ReadonlyMap<string, string>,
): DisplayMessage[] {
  const hiddenIds = new Set<string>();
  if (stream !== null) {
    for (const id of [...stream.replacedMessageIds, stream.assistantMessageId, stream.userMessage?.id]) {
      if (id !== null && id !== undefined) {
        hiddenIds.add(id);
      }
    }
  }

  const messages: DisplayMessage[] = [];
  for (const message of storedMessages) {
    if (message.role === 'system' || hiddenIds.has(message.id)) {
      continue;
    }
    messages.push({
      id: message.id,
      role: message.role,
      content: message.content,
      status: message.status,
      model: message.model,
      errorMessage: errorMessages.get(message.id) ?? null,
      guardNotices: message.guardNotices,
      citations: message.citations,
    });
  }

  if (stream === null) {
    return messages;
  }
  if (stream.userMessage !== null) {
    messages.push({
      id: stream.userMessage.id,
      role: 'user',
      content: stream.userMessage.content,
      status: stream.userMessage.status,
      model: stream.userMessage.model,
      errorMessage: null,
      guardNotices: [],
      citations: [],
    });
  } else if (stream.pendingUserContent !== null) {
    messages.push({
      id: pendingUserMessageId,
      role: 'user',
      content: stream.pendingUserContent,
      status: 'complete',
      model: stream.model,
      errorMessage: null,
      guardNotices: [],
      citations: [],
    });
  }
  messages.push({
    id: stream.assistantMessageId ?? pendingAssistantMessageId,
    role: 'assistant',
    content: stream.text,
    status: stream.status,
    model: stream.model,
    errorMessage: stream.errorMessage,
    guardNotices: stream.guardNotices,
    citations: stream.citations,
  });
  return messages;
}
