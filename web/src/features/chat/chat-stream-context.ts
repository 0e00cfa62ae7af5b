import type { ChatAttachment, ChatModel } from '@jumugwan/contracts';
import { createContext, useContext } from 'react';
import type { ActiveStream } from './active-stream';
import type { TabConversation } from './tab-conversation';

export interface SendOutcome {
  /** The request failed before the server accepted it, so the typed text was not stored. */
  rejected: boolean;
}

/** A request that failed before streaming began, shown in its conversation until dismissed. */
export interface StreamFailure {
  conversationId: string;
  message: string;
  /**
   * The question that was refused, for the composer to offer again: the first question of a new chat is
   * refused only after the page moved to the new conversation, whose composer starts empty.
   */
  content: string | null;
  /** The files that went with the refused question, offered again with it. */
  attachments: readonly ChatAttachment[];
}

export interface ChatStreamContextValue {
  activeStream: ActiveStream | null;
  failure: StreamFailure | null;
  /** Korean error messages seen during streaming, by assistant message id (the server stores only codes). */
  errorMessages: ReadonlyMap<string, string>;
  send: (input: {
    conversationId: string;
    content: string;
    model: string;
    attachments?: readonly ChatAttachment[];
    /** Knowledge collections to ground the answer in (sent as `collectionIds` when any). */
    collectionIds?: readonly string[];
  }) => Promise<SendOutcome>;
  regenerate: (input: {
    conversationId: string;
    model: string;
    replacedMessageIds: readonly string[];
    collectionIds?: readonly string[];
  }) => Promise<SendOutcome>;
  stop: () => void;
  dismissFailure: () => void;
  /** Retention `none`: the one conversation of this tab, kept only in memory (never stored anywhere). */
  tabConversation: TabConversation;
  /** Sends the tab conversation with a new question to /api/chat/ephemeral and streams the answer. */
  sendInTab: (input: {
    content: string;
    model: ChatModel;
    attachments?: readonly ChatAttachment[];
    collectionIds?: readonly string[];
    /** A chosen collection is marked internal: an answer grounded in it makes the conversation internal. */
    internalCollections?: boolean;
    /** The custom assistant the tab's conversation talks to (its instructions and collections apply). */
    assistantId?: string | null;
  }) => Promise<SendOutcome>;
  /** Answers the tab conversation's last question again. */
  regenerateInTab: (input: {
    model: ChatModel;
    collectionIds?: readonly string[];
    internalCollections?: boolean;
    assistantId?: string | null;
  }) => Promise<SendOutcome>;
  /** The assistant of the tab's conversation, set by its first question; null for a plain chat. */
  tabAssistantId: string | null;
  /** Forgets the tab conversation (stopping its answer, if one is streaming). */
  clearTabConversation: () => void;
}

export const ChatStreamContext = createContext<ChatStreamContextValue | null>(null);

export function useChatStream(): ChatStreamContextValue {
  const value = useContext(ChatStreamContext);
  if (value === null) {
    throw new Error('useChatStream must be used inside ChatStreamProvider');
  }
  return value;
}
