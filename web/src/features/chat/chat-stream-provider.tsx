import type { MessageStatus } from '@jumugwan/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../api/api-error';
import type { ActiveStream } from './active-stream';
import {
  ChatStreamContext,
  type ChatStreamContextValue,
  type SendOutcome,
  type StreamFailure,
} from './chat-stream-context';
import { conversationKeys } from './conversation-queries';
import { streamChat } from './stream-chat';

/** Lets the server record a stopped answer before the conversation is refetched. */
const settleAfterStopMilliseconds = 400;

interface StreamProgress {
  started: boolean;
  assistantMessageId: string | null;
  status: MessageStatus | null;
  errorMessage: string | null;
}

interface StreamRequest {
  initial: ActiveStream;
  path: string;
  body: unknown;
}

/**
 * Owns the one answer that may stream at a time. It lives above the chat routes so a stream started on
 * /chat keeps going when the page moves to /chat/$conversationId.
 */
export function ChatStreamProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [activeStream, setActiveStream] = useState<ActiveStream | null>(null);
  const [failure, setFailure] = useState<StreamFailure | null>(null);
  const [errorMessages, setErrorMessages] = useState<ReadonlyMap<string, string>>(() => new Map());
  const abortControllerRef = useRef<AbortController | null>(null);
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
    async ({ initial, path, body }: StreamRequest): Promise<SendOutcome> => {
      if (abortControllerRef.current !== null) {
        return { rejected: true };
      }
      const abortController = new AbortController();
      abortControllerRef.current = abortController;
      pendingTextRef.current = '';
      setFailure(null);
      setActiveStream(initial);

      // Written from the event callback, so kept in an object TypeScript does not narrow to its initial values.
      const progress: StreamProgress = {
        started: false,
        assistantMessageId: null,
        status: null,
        errorMessage: null,
      };
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
                appendText(event.text);
                break;
              case 'done':
                progress.status = event.status;
                break;
              case 'error':
                progress.status = event.status;
                progress.errorMessage = event.message;
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
          // A connection dropped mid-answer needs no text beyond the badge; a refused request does.
          progress.errorMessage = isApiError(error)
            ? error.message
            : progress.started
              ? null
              : t('errors.network');
        }
      }

      flushText();
      abortControllerRef.current = null;
      const { assistantMessageId, errorMessage } = progress;
      const settledStatus = progress.status;
      const rejected = !progress.started && settledStatus === 'failed';
      if (assistantMessageId !== null && errorMessage !== null) {
        setErrorMessages((previous) => new Map(previous).set(assistantMessageId, errorMessage));
      }
      if (rejected && errorMessage !== null) {
        setFailure({ conversationId: initial.conversationId, message: errorMessage });
      }
      setActiveStream(
        (stream) => stream && { ...stream, status: settledStatus, errorMessage, phase: 'settling' },
      );

      if (settledStatus === 'stopped') {
        await new Promise((resolve) => setTimeout(resolve, settleAfterStopMilliseconds));
      }
      try {
        // Show what the server stored; this also refreshes the list, where the first answer sets the title.
        await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      } finally {
        setActiveStream(null);
      }
      return { rejected };
    },
    [appendText, flushText, queryClient, t],
  );

  const send = useCallback<ChatStreamContextValue['send']>(
    ({ conversationId, content, model }) =>
      run({
        initial: {
          conversationId,
          model,
          pendingUserContent: content,
          userMessage: null,
          assistantMessageId: null,
          replacedMessageIds: [],
          text: '',
          status: 'streaming',
          errorMessage: null,
          phase: 'streaming',
        },
        path: `/api/conversations/${encodeURIComponent(conversationId)}/messages`,
        body: { content, model },
      }),
    [run],
  );

  const regenerate = useCallback<ChatStreamContextValue['regenerate']>(
    ({ conversationId, model, replacedMessageIds }) =>
      run({
        initial: {
          conversationId,
          model,
          pendingUserContent: null,
          userMessage: null,
          assistantMessageId: null,
          replacedMessageIds,
          text: '',
          status: 'streaming',
          errorMessage: null,
          phase: 'streaming',
        },
        path: `/api/conversations/${encodeURIComponent(conversationId)}/regenerate`,
        body: { model },
      }),
    [run],
  );

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
    () => ({ activeStream, failure, errorMessages, send, regenerate, stop, dismissFailure }),
    [activeStream, failure, errorMessages, send, regenerate, stop, dismissFailure],
  );

  return <ChatStreamContext value={value}>{children}</ChatStreamContext>;
}
