import type {
  ChatMessage,
  GuardNotice,
  MessageCitation,
  MessageStatus,
  ModelLocation,
} from '@jumugwan/contracts';
import type { ConversationSensitivity } from './choose-model';

/**
 * Stands for the tab-only conversation (retention `none`) wherever a conversation id is expected, e.g. in
 * the active stream and in failures. It is never sent to the server.
 */
export const tabConversationId = 'tab-only-conversation';

/** The conversation of an institution that stores none: it lives in this tab's memory and nowhere else. */
export interface TabConversation {
  messages: readonly ChatMessage[];
  /** Sent with each request; `internal` keeps the conversation away from external models. */
  sensitivity: ConversationSensitivity;
  /**
   * A question was refused for personal information (`pii_blocked`). If the next question is answered by
   * an on-prem model, the personal information is likely in the conversation now, so it becomes internal.
   */
  piiRefusalPending: boolean;
}

export const emptyTabConversation: TabConversation = {
  messages: [],
  sensitivity: 'normal',
  piiRefusalPending: false,
};

export interface HistoryMessage {
  role: 'user' | 'assistant';
  content: string;
}

/** The request accepts at most this many messages; the oldest are left out beyond it. */
const maximumHistoryMessages = 200;

/** What the model should read: as the server does for stored conversations, no failed or empty turns. */
function toHistory(messages: readonly ChatMessage[]): HistoryMessage[] {
  const history: HistoryMessage[] = [];
  for (const message of messages) {
    if (
      message.role !== 'system' &&
      message.content !== '' &&
      message.status !== 'failed' &&
      message.status !== 'streaming'
    ) {
      history.push({ role: message.role, content: message.content });
    }
  }
  return history;
}

function limitHistory(history: HistoryMessage[]): HistoryMessage[] {
  if (history.length <= maximumHistoryMessages) {
    return history;
  }
  const kept = history.slice(-maximumHistoryMessages);
  // Start with a question, as a conversation does.
  const firstQuestion = kept.findIndex((message) => message.role === 'user');
  return firstQuestion > 0 ? kept.slice(firstQuestion) : kept;
}

/** The whole conversation plus the new question, as POST /api/chat/ephemeral takes it. */
export function historyForQuestion(conversation: TabConversation, question: string): HistoryMessage[] {
  return limitHistory([...toHistory(conversation.messages), { role: 'user', content: question }]);
}

/** The answers after the last question (a failed retry leaves several): regenerating replaces them. */
export function answersAfterLastQuestion(messages: readonly ChatMessage[]): string[] {
  const lastQuestionIndex = messages.findLastIndex((message) => message.role === 'user');
  return messages
    .slice(lastQuestionIndex + 1)
    .filter((message) => message.role === 'assistant')
    .map((message) => message.id);
}

/** Regenerating sends the conversation up to its last question again; null when there is no question. */
export function historyForRegenerate(conversation: TabConversation): HistoryMessage[] | null {
  const lastQuestionIndex = conversation.messages.findLastIndex((message) => message.role === 'user');
  if (lastQuestionIndex === -1) {
    return null;
  }
  const history = toHistory(conversation.messages.slice(0, lastQuestionIndex + 1));
  return history.length === 0 ? null : limitHistory(history);
}

export type TabExchange =
  | {
      kind: 'question';
      /** The question as the model read it: the typed text with any attached files composed in. */
      content: string;
      /** A file marked internal went with it: once answered, the conversation is internal. */
      internal?: boolean;
      /** It was grounded in a collection marked internal: once answered from it, the conversation is internal. */
      internalCollections?: boolean;
    }
  | {
      kind: 'regenerate';
      replacedMessageIds: readonly string[];
      internalCollections?: boolean;
    };

/** How one request to /api/chat/ephemeral ended. */
export interface TabExchangeResult {
  /** The server accepted the request and began to answer (a `start` event came). */
  started: boolean;
  /** Code of the error that refused the request before it started, if any. */
  refusalCode: string | null;
  assistantMessageId: string | null;
  model: string;
  modelLocation: ModelLocation | null;
  status: MessageStatus;
  errorCode: string | null;
  text: string;
  guardNotices: readonly GuardNotice[];
  /** The sources the answer cites (the checked ones once done). */
  citations: readonly MessageCitation[];
  /**
   * The answer was grounded in the chosen collections' passages (a `citations` event came); not when the
   * documents did not cover the question and the server answered so without asking a model.
   */
  grounded: boolean;
}

export interface NewMessageFacts {
  newId: () => string;
  now: string;
}

/**
 * The conversation after a request: a started question adds the question and its answer; a regenerated
 * answer replaces the old ones once it completed (as the server does for stored conversations), and
 * otherwise follows them. A refusal changes no message, only what the tab knows about sensitivity.
 */
export function settleTabExchange(
  conversation: TabConversation,
  exchange: TabExchange,
  result: TabExchangeResult,
  facts: NewMessageFacts,
): TabConversation {
  if (!result.started) {
    return result.refusalCode === 'pii_blocked' && exchange.kind === 'question'
      ? { ...conversation, piiRefusalPending: true }
      : conversation;
  }

  const answer: ChatMessage = {
    id: result.assistantMessageId ?? facts.newId(),
    role: 'assistant',
    content: result.text,
    status: result.status,
    errorCode: result.errorCode,
    model: result.model,
    guardNotices: [...result.guardNotices],
    citations: [...result.citations],
    createdAt: facts.now,
  };

  // Passages of an internal collection are in the conversation now, as the server marks stored ones.
  const groundedInternal = exchange.internalCollections === true && result.grounded;

  if (exchange.kind === 'regenerate') {
    const replaced = new Set(exchange.replacedMessageIds);
    const kept =
      result.status === 'complete'
        ? conversation.messages.filter((message) => !replaced.has(message.id))
        : conversation.messages;
    return {
      ...conversation,
      messages: [...kept, answer],
      sensitivity: groundedInternal ? 'internal' : conversation.sensitivity,
    };
  }

  const question: ChatMessage = {
    id: facts.newId(),
    role: 'user',
    content: exchange.content,
    status: 'complete',
    errorCode: null,
    model: result.model,
    guardNotices: [],
    citations: [],
    createdAt: facts.now,
  };
  const becameInternal =
    exchange.internal === true ||
    groundedInternal ||
    (conversation.piiRefusalPending && result.modelLocation === 'internal');
  return {
    messages: [...conversation.messages, question, answer],
    sensitivity: becameInternal ? 'internal' : conversation.sensitivity,
    piiRefusalPending: false,
  };
}
