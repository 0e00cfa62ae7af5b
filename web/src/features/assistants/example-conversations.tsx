import type { AssistantExample } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TrashIcon } from '../../components/icons';
import { MarkdownContent } from '../chat/markdown-content';
import { formatDateTime } from '../drafting/format-date-time';
import { assistantKeys, deleteExample } from './assistant-queries';

export interface ExampleConversationsProps {
  assistantId: string;
  examples: readonly AssistantExample[];
  /** Owners and editors may take an example down. */
  canManage: boolean;
}

/** 대화 예시: conversations the owner published, answers rendered as the chat renders them. */
export function ExampleConversations({ assistantId, examples, canManage }: ExampleConversationsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [pendingDelete, setPendingDelete] = useState<AssistantExample | null>(null);
  const remove = useMutation({
    mutationFn: (example: AssistantExample) => deleteExample(assistantId, example.id),
    onSuccess: async () => {
      setPendingDelete(null);
      await queryClient.invalidateQueries({ queryKey: assistantKeys.detail(assistantId) });
    },
  });

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t('assistants.examples.heading')}
      </h2>
      {examples.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">
          {canManage ? t('assistants.examples.emptyManager') : t('assistants.examples.empty')}
        </p>
      ) : (
        <ul className="mt-3 space-y-4">
          {examples.map((example) => (
            <li key={example.id}>
              <ExampleConversation
                example={example}
                onDelete={canManage ? () => setPendingDelete(example) : null}
              />
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('assistants.examples.deleteTitle')}
        message={t('assistants.examples.deleteBody', { title: pendingDelete?.title ?? '' })}
        confirmLabel={t('common.delete')}
        pendingLabel={t('common.deleting')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => {
          if (pendingDelete !== null) remove.mutate(pendingDelete);
        }}
        onCancel={() => {
          setPendingDelete(null);
          remove.reset();
        }}
      />
    </section>
  );
}

function ExampleConversation({
  example,
  onDelete,
}: {
  example: AssistantExample;
  onDelete: (() => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  return (
    <article
      aria-labelledby={titleId}
      data-testid="assistant-example"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="font-semibold text-slate-900">
            {example.title}
          </h3>
          <p className="text-xs text-slate-500">{formatDateTime(example.createdAt, i18n.language)}</p>
        </div>
        {onDelete !== null && (
          <Button
            variant="ghost"
            size="small"
            onClick={onDelete}
            aria-label={t('assistants.examples.deleteFor', { title: example.title })}
          >
            <TrashIcon />
            {t('common.delete')}
          </Button>
        )}
      </div>
      <div className="mt-3 space-y-3">
        {example.messages.map((message, index) =>
          message.role === 'user' ? (
            // An example is published once and never reordered: the index is a stable key.
            <div key={index} className="flex justify-end">
              <p className="max-w-[85%] rounded-2xl rounded-tr-md bg-blue-50 px-3.5 py-2 text-sm leading-6 whitespace-pre-wrap text-slate-900 ring-1 ring-blue-100">
                <span className="sr-only">{t('chat.you')}: </span>
                {message.content}
              </p>
            </div>
          ) : (
            <div key={index} className="markdown text-sm">
              <span className="sr-only">{t('chat.assistant')}: </span>
              <MarkdownContent text={message.content} />
            </div>
          ),
        )}
      </div>
    </article>
  );
}
