import type { ChatMessage, GuardNotice, MessageCitation, MessageStatus } from '@jumugwan/contracts';

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
  /** What the guard reported so far (`guard` events), shown under the answer while it streams. */
  guardNotices: readonly GuardNotice[];
  /**
   * A grounded answer's sources: the candidates of the `citations` event while streaming (so its `[n]`
   * markers link at once), then the checked ones of `done`.
   */
  citations: readonly MessageCitation[];
  status: MessageStatus;
  errorMessage: string | null;
  /** `settling`: the stream has ended and the stored conversation is being refetched. */
  phase: 'streaming' | 'settling';
}
