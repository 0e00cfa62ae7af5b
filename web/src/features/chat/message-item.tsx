import { splitComposedMessage, type ModelLocation } from '@jumugwan/contracts';
import { memo, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { CheckIcon, CopyIcon, RefreshIcon } from '../../components/icons';
import { BeforeUseChecklist } from '../guidelines/before-use-checklist';
import { citationsToList } from './citation-markers';
import { CitationList } from './citations';
import { copyToClipboard } from './copy-to-clipboard';
import type { DisplayMessage } from './display-message';
import { GuardNotices } from './guard-notices';
import { MarkdownContent } from './markdown-content';
import { MessageStatusBadge } from './message-status-badge';

export interface MessageItemProps {
  message: DisplayMessage;
  /** Offer 다시 생성: only on the last answer, and only while nothing is streaming. */
  canRegenerate: boolean;
  onRegenerate: () => void;
  /** Where the answer's model runs, when known: the guard notices say whether it left the building. */
  modelLocation: ModelLocation | null;
}

const copiedFeedbackMilliseconds = 2000;

export const MessageItem = memo(function MessageItem({
  message,
  canRegenerate,
  onRegenerate,
  modelLocation,
}: MessageItemProps) {
  const { t } = useTranslation();
  const isUser = message.role === 'user';
  const isStreaming = message.status === 'streaming';
  const listedCitations = useMemo(
    () => citationsToList(message.content, message.citations, isStreaming),
    [message.content, message.citations, isStreaming],
  );

  return (
    <article
      data-testid="message"
      data-role={message.role}
      data-status={message.status}
      aria-label={isUser ? t('chat.you') : t('chat.assistant')}
      className={classNames('flex gap-3', isUser && 'justify-end')}
    >
      {!isUser && (
        <span
          aria-hidden="true"
          className="mt-0.5 inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-blue-600 text-[11px] font-bold text-white"
        >
          AI
        </span>
      )}
      <div className={classNames('min-w-0', isUser ? 'max-w-[85%]' : 'flex-1')}>
        {isUser ? (
          <UserContent content={message.content} />
        ) : (
          <div data-testid="message-content" className="markdown">
            <MarkdownContent text={message.content} citations={message.citations} />
          </div>
        )}

        {!isUser && <CitationList citations={listedCitations} />}

        {isStreaming && !isUser && (
          <p className="mt-2 inline-flex items-center gap-2 text-sm text-slate-500">
            <span className="flex gap-1" aria-hidden="true">
              <span className="size-1.5 animate-bounce rounded-full bg-blue-500 [animation-delay:-0.3s]" />
              <span className="size-1.5 animate-bounce rounded-full bg-blue-500 [animation-delay:-0.15s]" />
              <span className="size-1.5 animate-bounce rounded-full bg-blue-500" />
            </span>
            {t('chat.generating')}
          </p>
        )}

        {!isUser && <MessageStatusBadge status={message.status} errorMessage={message.errorMessage} />}

        {!isUser && <GuardNotices notices={message.guardNotices} location={modelLocation} />}

        {!isUser && !isStreaming && (
          <div className="mt-2 flex items-center gap-1 text-slate-500">
            {message.content !== '' && <CopyButton text={message.content} />}
            {canRegenerate && (
              <button
                type="button"
                onClick={onRegenerate}
                className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-xs font-medium hover:bg-slate-100 hover:text-slate-800"
              >
                <RefreshIcon className="text-sm" />
                {t('chat.regenerate')}
              </button>
            )}
            {message.status === 'complete' && message.content !== '' && (
              <BeforeUseChecklist subject="answer" />
            )}
            {message.model !== null && (
              <span className="ml-2 truncate text-xs text-slate-400">
                {t('chat.modelLabel', { model: message.model })}
              </span>
            )}
          </div>
        )}
      </div>
    </article>
  );
});

function CopyButton({ text }: { text: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') {
      return;
    }
    const timer = setTimeout(() => setState('idle'), copiedFeedbackMilliseconds);
    return () => clearTimeout(timer);
  }, [state]);

  const label =
    state === 'copied' ? t('chat.copied') : state === 'failed' ? t('chat.copyFailed') : t('chat.copy');
  return (
    <button
      type="button"
      onClick={() => {
        void copyToClipboard(text).then((copied) => setState(copied ? 'copied' : 'failed'));
      }}
      className="inline-flex h-8 items-center gap-1.5 rounded-md px-2 text-xs font-medium hover:bg-slate-100 hover:text-slate-800"
    >
      {state === 'copied' ? (
        <CheckIcon className="text-sm text-emerald-600" />
      ) : (
        <CopyIcon className="text-sm" />
      )}
      <span aria-live="polite">{label}</span>
    </button>
  );
}

/** A question as typed; files that went with it show as their names, not their whole text. */
function UserContent({ content }: { content: string }) {
  const { t, i18n } = useTranslation();
  const parts = useMemo(() => splitComposedMessage(content), [content]);
  return (
    <div
      data-testid="message-content"
      className="rounded-2xl rounded-tr-md bg-blue-50 px-4 py-2.5 text-[15px] leading-7 whitespace-pre-wrap text-slate-900 ring-1 ring-blue-100"
    >
      {parts.content}
      {parts.attachments.length > 0 && (
        <ul
          aria-label={t('chat.attachmentsLabel')}
          className={classNames('flex flex-wrap gap-1.5', parts.content !== '' && 'mt-2')}
        >
          {parts.attachments.map((attachment, index) => (
            <li
              key={index}
              data-testid="message-attachment"
              className="inline-flex max-w-full min-w-0 items-center gap-1.5 rounded-lg bg-white px-2 py-0.5 text-xs text-slate-700 ring-1 ring-blue-100"
            >
              <span className="min-w-0 truncate font-medium">{attachment.name}</span>
              <span className="shrink-0 text-slate-500">
                {t('chat.attachmentCharacters', {
                  characters: attachment.characters.toLocaleString(i18n.language),
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
