import type { GuardNotice, MessageCitation, MessageStatus } from '@jumugwan/contracts';

/** A message as the chat view renders it, whether stored on the server or still streaming. */
export interface DisplayMessage {
  id: string;
  role: 'user' | 'assistant';
  content: string;
  status: MessageStatus;
  model: string | null;
  /** Korean message from the server for a failed or interrupted answer, when this client saw it. */
  errorMessage: string | null;
  /** What the guard did to this exchange (masked PII, 금칙어 warnings, a cut answer); answers only. */
  guardNotices: readonly GuardNotice[];
  /** The knowledge passages a grounded answer cites as [1], [2] …; answers only. */
  citations: readonly MessageCitation[];
}
