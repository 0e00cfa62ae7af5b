import type { ConversationSummary } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { PencilIcon, TrashIcon } from '../../components/icons';
import { conversationKeys, conversationListQuery, renameConversation } from './conversation-queries';

export interface ConversationListItemProps {
  conversation: ConversationSummary;
  active: boolean;
  onNavigate: () => void;
  onRequestDelete: (conversation: ConversationSummary) => void;
}

const iconButtonClassName =
  'inline-flex size-7 items-center justify-center rounded-md text-slate-500 hover:bg-slate-200 hover:text-slate-900';

/** One sidebar entry: a link to the conversation, with inline rename and a delete button. */
export function ConversationListItem({
  conversation,
  active,
  onNavigate,
  onRequestDelete,
}: ConversationListItemProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(conversation.title);
  const renameButtonRef = useRef<HTMLButtonElement>(null);

  const rename = useMutation({
    mutationFn: (newTitle: string) => renameConversation(conversation.id, newTitle),
    onSuccess: (updated) => {
      queryClient.setQueryData(
        conversationListQuery.queryKey,
        (list) =>
          list && {
            conversations: list.conversations.map((item) => (item.id === updated.id ? updated : item)),
          },
      );
      void queryClient.invalidateQueries({ queryKey: conversationKeys.detail(updated.id) });
    },
  });

  const finishEditing = (save: boolean) => {
    if (!editing) {
      return;
    }
    setEditing(false);
    const trimmed = title.trim();
    if (save && trimmed !== '' && trimmed !== conversation.title) {
      rename.mutate(trimmed);
    }
    // Give keyboard users their place back.
    requestAnimationFrame(() => renameButtonRef.current?.focus());
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) {
      return; // Enter here commits Hangul input, it is not "save"
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      finishEditing(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finishEditing(false);
    }
  };

  const displayedTitle = rename.isPending ? rename.variables : conversation.title;

  return (
    <li
      className={classNames(
        'group relative flex flex-wrap items-center rounded-lg',
        active ? 'bg-blue-50 text-blue-900' : 'text-slate-700 hover:bg-slate-100',
      )}
    >
      {editing ? (
        <input
          aria-label={t('chat.renameInput')}
          title={t('chat.renameHint')}
          value={title}
          maxLength={200}
          autoFocus
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={handleKeyDown}
          onBlur={() => finishEditing(true)}
          className="m-1 min-w-0 flex-1 rounded-md border border-blue-400 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-0"
        />
      ) : (
        <Link
          to="/chat/$conversationId"
          params={{ conversationId: conversation.id }}
          onClick={onNavigate}
          className="min-w-0 flex-1 truncate rounded-lg px-3 py-2 text-sm"
          title={displayedTitle}
        >
          {conversation.assistant !== null && (
            <>
              <span aria-hidden="true" className="mr-1.5" data-testid="conversation-assistant-icon">
                {conversation.assistant.icon}
              </span>
              <span className="sr-only">
                {t('assistants.chat.conversationWith', { name: conversation.assistant.name })}
              </span>
            </>
          )}
          {displayedTitle.trim() === '' ? t('chat.untitled') : displayedTitle}
        </Link>
      )}
      {!editing && (
        <div
          className={classNames(
            'flex shrink-0 items-center gap-0.5 pr-1 group-focus-within:opacity-100 group-hover:opacity-100 md:opacity-0',
            active && 'md:opacity-100',
          )}
        >
          <button
            ref={renameButtonRef}
            type="button"
            className={iconButtonClassName}
            aria-label={`${t('chat.rename')}: ${conversation.title}`}
            title={t('chat.rename')}
            onClick={() => {
              setTitle(conversation.title);
              setEditing(true);
            }}
          >
            <PencilIcon />
          </button>
          <button
            type="button"
            className={iconButtonClassName}
            aria-label={`${t('chat.deleteConversation')}: ${conversation.title}`}
            title={t('chat.deleteConversation')}
            onClick={() => onRequestDelete(conversation)}
          >
            <TrashIcon />
          </button>
        </div>
      )}
      {rename.error !== null && (
        <p role="alert" className="w-full px-3 pb-1.5 text-xs text-red-700">
          {rename.error.message}
        </p>
      )}
    </li>
  );
}
