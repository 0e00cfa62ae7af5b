import { createContext, useContext } from 'react';
import type { ActiveStream } from './active-stream';

export interface SendOutcome {
  /** The request failed before the server accepted it, so the typed text was not stored. */
  rejected: boolean;
}

/** A request that failed before streaming began, shown in its conversation until dismissed. */
export interface StreamFailure {
  conversationId: string;
  message: string;
}

export interface ChatStreamContextValue {
  activeStream: ActiveStream | null;
  failure: StreamFailure | null;
  /** Korean error messages seen during streaming, by assistant message id (the server stores only codes). */
  errorMessages: ReadonlyMap<string, string>;
  send: (input: { conversationId: string; content: string; model: string }) => Promise<SendOutcome>;
  regenerate: (input: {
    conversationId: string;
    model: string;
    replacedMessageIds: readonly string[];
  }) => Promise<SendOutcome>;
  stop: () => void;
  dismissFailure: () => void;
}

export const ChatStreamContext = createContext<ChatStreamContextValue | null>(null);

export function useChatStream(): ChatStreamContextValue {
  const value = useContext(ChatStreamContext);
  if (value === null) {
    throw new Error('useChatStream must be used inside ChatStreamProvider');
  }
  return value;
}
