import {
  composeUserMessage,
  type ChatAttachment,
  type ChatModel,
  type GuardNotice,
  type MessageCitation,
  type MessageStatus,
} from '@jumugwan/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../api/api-error';
import type { ActiveStream } from './active-stream';
import { chatSettingsQuery } from './chat-settings-query';
import { citationsToList } from './citation-markers';
import { ChatStreamContext, type ChatStreamContextValue, type StreamFailure } from './chat-stream-context';
import { conversationKeys } from './conversation-queries';
import { streamChat } from './stream-chat';
import { settleStreamedAnswer } from './streamed-answer';
import {
  answersAfterLastQuestion,
  emptyTabConversation,
  historyForQuestion,
  historyForRegenerate,
  settleTabExchange,
  tabConversationId,
  type HistoryMessage,
  type TabConversation,
  type TabExchange,
} from './tab-conversation';

/** Lets the server record a stopped answer before the conversation is refetched. */
const settleAfterStopMilliseconds = 400;

/** How a stream ended, for the code that shows its result. */
interface StreamResult {
  started: boolean;
  assistantMessageId: string | null;
  status: MessageStatus;
  errorMessage: string | null;
  /** Code of the refusal or of the stream's `error` event. */
  errorCode: string | null;
  text: string;
  guardNotices: GuardNotice[];
  /** The candidates of the `citations` event, replaced by the checked ones of `done`. */
  citations: readonly MessageCitation[];
  /** A `citations` event came: the answer was grounded in the chosen collections' passages. */
  grounded: boolean;
}

interface StreamRequest {
  initial: ActiveStream;
  path: string;
  body: unknown;
  /** The typed question, offered again in the composer when the request is refused. */
  content: string | null;
  /** The files sent with it, offered again too. */
  attachments: readonly ChatAttachment[];
  /** Shows the result once the stream ended; it must finish by clearing the active stream. */
  settle: (result: StreamResult) => Promise<void> | void;
}

function initialStream(
  conversationId: string,
  model: string,
  pendingUserContent: string | null,
  replacedMessageIds: readonly string[],
): ActiveStream {
  return {
    conversationId,
    model,
    pendingUserContent,
    userMessage: null,
    assistantMessageId: null,
    replacedMessageIds,
    text: '',
    guardNotices: [],
    citations: [],
    status: 'streaming',
    errorMessage: null,
    phase: 'streaming',
  };
}

/** `collectionIds` for a request, left out when none are chosen (the request is then as before grounding). */
function groundingFields(collectionIds: readonly string[]): { collectionIds?: string[] } {
  return collectionIds.length > 0 ? { collectionIds: [...collectionIds] } : {};
}

/** `assistantId` for a tab request, left out for a plain chat. */
function assistantFields(assistantId: string | null | undefined): { assistantId?: string } {
  return assistantId === null || assistantId === undefined ? {} : { assistantId };
}

/**
 * Owns the one answer that may stream at a time. It lives above the chat routes so a stream started on
 * /chat keeps going when the page moves to /chat/$conversationId. Under retention `none` it also holds
 * the tab's conversation, in memory only, so it survives moving between pages but not a reload.
 */
export function ChatStreamProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [activeStream, setActiveStream] = useState<ActiveStream | null>(null);
  const [failure, setFailure] = useState<StreamFailure | null>(null);
  const [errorMessages, setErrorMessages] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [tabConversation, setTabConversation] = useState<TabConversation>(emptyTabConversation);
  const [tabAssistantId, setTabAssistantId] = useState<string | null>(null);
  /** Changes when the tab conversation is cleared, so an answer still settling is not added to the new one. */
  const tabGenerationRef = useRef(0);
  const abortControllerRef = useRef<AbortController | null>(null);
  const streamingConversationIdRef = useRef<string | null>(null);
  // Deltas are collected and applied once per animation frame so long answers stay smooth.
  const pendingTextRef = useRef('');
  const animationFrameRef = useRef<number | null>(null);

  const flushText = useCallback(() => {
    if (animationFrameRef.current !== null) {
      cancelAnimationFrame(animationFrameRef.current);
      animationFrameRef.current = null;
    }
    const text = pendingTextRef.current;
    pendingTextRef.current = '';
    if (text !== '') {
      setActiveStream((stream) => stream && { ...stream, text: stream.text + text });
    }
  }, []);

  const discardPendingText = useCallback(() => {
    if (animationFrameRef.current !== null) {
      cancelAnimationFrame(animationFrameRef.current);
      animationFrameRef.current = null;
    }
    pendingTextRef.current = '';
  }, []);

  const appendText = useCallback(
    (text: string) => {
      pendingTextRef.current += text;
      animationFrameRef.current ??= requestAnimationFrame(() => {
        animationFrameRef.current = null;
        flushText();
      });
    },
    [flushText],
  );

  const run = useCallback(
    async ({
      initial,
      path,
      body,
      content,
      attachments,
      settle,
    }: StreamRequest): Promise<StreamResult | null> => {
      if (abortControllerRef.current !== null) {
        return null;
      }
      const abortController = new AbortController();
      abortControllerRef.current = abortController;
      streamingConversationIdRef.current = initial.conversationId;
      pendingTextRef.current = '';
      setFailure(null);
      setActiveStream(initial);

      // Written from the event callback, so kept in an object TypeScript does not narrow to its initial values.
      const progress: { status: MessageStatus | null } & Omit<StreamResult, 'status'> = {
        started: false,
        assistantMessageId: null,
        status: null,
        errorMessage: null,
        errorCode: null,
        text: '',
        guardNotices: [],
        citations: [],
        grounded: false,
      };
      /** `done` brought the checked citations; without it only the candidates the text cites are kept. */
      const citationCheck: { done: boolean } = { done: false };
      try {
        await streamChat({
          path,
          body,
          signal: abortController.signal,
          onEvent: (event) => {
            switch (event.type) {
              case 'start':
                progress.started = true;
                progress.assistantMessageId = event.assistantMessageId;
                setActiveStream(
                  (stream) =>
                    stream && {
                      ...stream,
                      userMessage: event.userMessage,
                      assistantMessageId: event.assistantMessageId,
                      model: event.model,
                    },
                );
                break;
              case 'delta':
                progress.text += event.text;
                appendText(event.text);
                break;
              case 'guard':
                progress.guardNotices.push(...event.notices);
                setActiveStream(
                  (stream) =>
                    stream && { ...stream, guardNotices: [...stream.guardNotices, ...event.notices] },
                );
                break;
              case 'citations':
                progress.grounded = true;
                progress.citations = event.citations;
                setActiveStream((stream) => stream && { ...stream, citations: event.citations });
                break;
              case 'done': {
                progress.status = event.status;
                const settled = settleStreamedAnswer(progress, event);
                progress.citations = settled.citations;
                citationCheck.done = event.citations !== undefined;
                if (event.content !== undefined) {
                  // The saved answer, without the markers the check removed, replaces what was streamed.
                  discardPendingText();
                  progress.text = settled.text;
                }
                setActiveStream(
                  (stream) =>
                    stream && {
                      ...stream,
                      citations: settled.citations,
                      text: event.content === undefined ? stream.text : settled.text,
                    },
                );
                break;
              }
              case 'error':
                progress.status = event.status;
                progress.errorMessage = event.message;
                progress.errorCode = event.code;
                break;
            }
          },
        });
        if (progress.status === null) {
          // The connection closed without a final event: the server marks such answers interrupted,
          // and the message's badge already says so.
          progress.status = 'interrupted';
        }
      } catch (error) {
        if (isAbortError(error)) {
          progress.status = 'stopped';
        } else {
          progress.status = progress.started ? 'interrupted' : 'failed';
          // A connection dropped mid-answer needs no text beyond the badge; a refused request does, and
          // the server's Korean message (금칙어, 개인정보, 내부 자료) is shown as it is.
          progress.errorMessage = isApiError(error)
            ? error.message
            : progress.started
              ? null
              : t('errors.network');
          progress.errorCode = isApiError(error) ? error.code : null;
        }
      }

      flushText();
      abortControllerRef.current = null;
      streamingConversationIdRef.current = null;
      if (!citationCheck.done && progress.citations.length > 0) {
        // Stopped or cut off before the check: list only the passages the partial answer cites.
        progress.citations = citationsToList(progress.text, progress.citations, true);
      }
      const result: StreamResult = { ...progress, status: progress.status };
      const { assistantMessageId, errorMessage, status } = result;
      const rejected = !result.started && status === 'failed';
      if (assistantMessageId !== null && errorMessage !== null) {
        setErrorMessages((previous) => new Map(previous).set(assistantMessageId, errorMessage));
      }
      if (rejected && errorMessage !== null) {
        setFailure({ conversationId: initial.conversationId, message: errorMessage, content, attachments });
      }
      if (result.errorCode === 'retention_none') {
        // The institution stopped storing conversations since the settings were read: switch to the tab.
        void queryClient.invalidateQueries({ queryKey: chatSettingsQuery.queryKey });
      }
      setActiveStream(
        (stream) =>
          stream && {
            ...stream,
            status,
            errorMessage,
            citations: result.citations,
            phase: 'settling',
          },
      );
      await settle(result);
      return result;
    },
    [appendText, discardPendingText, flushText, queryClient, t],
  );

  /** Stored conversations: show what the server stored once the stream ended. */
  const settleStored = useCallback(
    async (result: StreamResult) => {
      if (result.status === 'stopped') {
        await new Promise((resolve) => setTimeout(resolve, settleAfterStopMilliseconds));
      }
      try {
        // This also refreshes the list, where the first answer sets the title, and the conversation's
        // sensitivity, which the guard may have raised to internal.
        await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      } finally {
        setActiveStream(null);
      }
    },
    [queryClient],
  );

  const send = useCallback<ChatStreamContextValue['send']>(
    async ({ conversationId, content, model, attachments = [], collectionIds = [] }) => {
      const result = await run({
        initial: initialStream(conversationId, model, composeUserMessage(content, attachments), []),
        path: `/api/conversations/${encodeURIComponent(conversationId)}/messages`,
        body: {
          content,
          model,
          ...(attachments.length > 0 ? { attachments } : {}),
          ...groundingFields(collectionIds),
        },
        content,
        attachments,
        settle: settleStored,
      });
      return { rejected: result === null || (!result.started && result.status === 'failed') };
    },
    [run, settleStored],
  );

  const regenerate = useCallback<ChatStreamContextValue['regenerate']>(
    async ({ conversationId, model, replacedMessageIds, collectionIds = [] }) => {
      const result = await run({
        initial: initialStream(conversationId, model, null, replacedMessageIds),
        path: `/api/conversations/${encodeURIComponent(conversationId)}/regenerate`,
        body: { model, ...groundingFields(collectionIds) },
        content: null,
        attachments: [],
        settle: settleStored,
      });
      return { rejected: result === null || (!result.started && result.status === 'failed') };
    },
    [run, settleStored],
  );

  /** The tab conversation: the whole history goes to /api/chat/ephemeral, and the result stays here. */
  const runInTab = useCallback(
    async (
      exchange: TabExchange,
      history: HistoryMessage[],
      sensitivity: TabConversation['sensitivity'],
      model: ChatModel,
      typed: { content: string; attachments: readonly ChatAttachment[] } | null,
      collectionIds: readonly string[],
      assistantId: string | null,
    ) => {
      const generation = tabGenerationRef.current;
      const result = await run({
        initial: initialStream(
          tabConversationId,
          model.id,
          exchange.kind === 'question' ? exchange.content : null,
          exchange.kind === 'regenerate' ? exchange.replacedMessageIds : [],
        ),
        path: '/api/chat/ephemeral',
        body: {
          model: model.id,
          messages: history,
          sensitivity,
          ...(typed !== null && typed.attachments.length > 0 ? { attachments: typed.attachments } : {}),
          ...groundingFields(collectionIds),
          ...assistantFields(assistantId),
        },
        content: typed?.content ?? null,
        attachments: typed?.attachments ?? [],
        settle: (settled) => {
          // In the same tick as the end of the stream, so the answer moves from the stream into the
          // conversation without a frame where it is missing.
          if (tabGenerationRef.current === generation) {
            setTabConversation((conversation) =>
              settleTabExchange(
                conversation,
                exchange,
                {
                  started: settled.started,
                  refusalCode: settled.started ? null : settled.errorCode,
                  assistantMessageId: settled.assistantMessageId,
                  model: model.id,
                  modelLocation: model.location,
                  status: settled.status,
                  errorCode: settled.errorCode,
                  text: settled.text,
                  guardNotices: settled.guardNotices,
                  citations: settled.citations,
                  grounded: settled.grounded,
                },
                { newId: () => crypto.randomUUID(), now: new Date().toISOString() },
              ),
            );
          }
          setActiveStream(null);
        },
      });
      // Nothing reached the conversation (refused, failed or stopped before the answer began): the
      // question goes back to the composer. Not after the conversation was cleared on purpose.
      return {
        rejected: result === null || (!result.started && tabGenerationRef.current === generation),
      };
    },
    [run],
  );

  const sendInTab = useCallback<ChatStreamContextValue['sendInTab']>(
    ({
      content,
      model,
      attachments = [],
      collectionIds = [],
      internalCollections = false,
      assistantId = null,
    }) => {
      // The first question fixes the assistant of the tab's conversation, as creating a stored one does.
      if (tabConversation.messages.length === 0) {
        setTabAssistantId(assistantId);
      }
      return runInTab(
        {
          kind: 'question',
          content: composeUserMessage(content, attachments),
          internal: attachments.some((attachment) => attachment.internal),
          internalCollections,
        },
        // The server composes the files into the last question, as it does for stored conversations.
        historyForQuestion(tabConversation, content),
        tabConversation.sensitivity,
        model,
        { content, attachments },
        collectionIds,
        tabConversation.messages.length === 0 ? assistantId : tabAssistantId,
      );
    },
    [runInTab, tabConversation, tabAssistantId],
  );

  const regenerateInTab = useCallback<ChatStreamContextValue['regenerateInTab']>(
    async ({ model, collectionIds = [], internalCollections = false, assistantId = null }) => {
      const history = historyForRegenerate(tabConversation);
      if (history === null) {
        return { rejected: true };
      }
      return runInTab(
        {
          kind: 'regenerate',
          replacedMessageIds: answersAfterLastQuestion(tabConversation.messages),
          internalCollections,
        },
        history,
        tabConversation.sensitivity,
        model,
        null,
        collectionIds,
        tabAssistantId ?? assistantId,
      );
    },
    [runInTab, tabConversation, tabAssistantId],
  );

  const clearTabConversation = useCallback(() => {
    tabGenerationRef.current += 1;
    if (streamingConversationIdRef.current === tabConversationId) {
      abortControllerRef.current?.abort();
    }
    setTabConversation(emptyTabConversation);
    setTabAssistantId(null);
    setFailure((current) => (current?.conversationId === tabConversationId ? null : current));
  }, []);

  const stop = useCallback(() => {
    abortControllerRef.current?.abort();
  }, []);

  const dismissFailure = useCallback(() => {
    setFailure(null);
  }, []);

  // Leaving the chat area (e.g. signing out) ends the request; the server keeps the partial answer.
  useEffect(
    () => () => {
      abortControllerRef.current?.abort();
      if (animationFrameRef.current !== null) {
        cancelAnimationFrame(animationFrameRef.current);
      }
    },
    [],
  );

  const value = useMemo<ChatStreamContextValue>(
    () => ({
      activeStream,
      failure,
      errorMessages,
      send,
      regenerate,
      stop,
      dismissFailure,
      tabConversation,
      sendInTab,
      regenerateInTab,
      clearTabConversation,
      tabAssistantId,
    }),
    [
      activeStream,
      failure,
      errorMessages,
      send,
      regenerate,
      stop,
      dismissFailure,
      tabConversation,
      sendInTab,
      regenerateInTab,
      clearTabConversation,
      tabAssistantId,
    ],
  );

  return <ChatStreamContext value={value}>{children}</ChatStreamContext>;
}
