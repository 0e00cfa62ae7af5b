import type { ChatMessage, MessageStatus } from '@jumugwan/contracts';

/** The answer being streamed right now, shown on top of what the server has stored. */
export interface ActiveStream {
  conversationId: string;
  model: string;
  /** The question as typed, shown until the server confirms it in the `start` event. */
  pendingUserContent: string | null;
  userMessage: ChatMessage | null;
  assistantMessageId: string | null;
  /**
   * Answers that regenerating replaces (every answer after the last question), hidden while the new one
   * streams. The server deletes them only once the new answer completes.
   */
  replacedMessageIds: readonly string[];
  text: string;
  status: MessageStatus;
  errorMessage: string | null;
  /** `settling`: the stream has ended and the stored conversation is being refetched. */
  phase: 'streaming' | 'settling';
}
