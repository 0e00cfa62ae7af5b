import type { ConversationSummary } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { chatSettingsQuery } from './chat-settings-query';
import { chatStorage } from './chat-storage';
import { ConversationListItem } from './conversation-list-item';
import { conversationKeys, conversationListQuery, deleteConversation } from './conversation-queries';
import { groupConversationsByDate, type DateGroup } from './group-conversations-by-date';
import { TabOnlySidebar } from './tab-only-sidebar';

export interface ConversationSidebarProps {
  activeConversationId: string | undefined;
  /** Called when the user follows a link, so the mobile drawer can close. */
  onNavigate: () => void;
}

const groupLabelKeys = {
  today: 'chat.groupToday',
  yesterday: 'chat.groupYesterday',
  lastWeek: 'chat.groupLastWeek',
  older: 'chat.groupOlder',
} as const satisfies Record<DateGroup, string>;

/**
 * The stored conversations, or — where the institution stores none — the tab's conversation alone.
 * Under a retention period it says when conversations are deleted.
 */
export function ConversationSidebar(props: ConversationSidebarProps) {
  const settings = useQuery(chatSettingsQuery);
  const storage = settings.data === undefined ? null : chatStorage(settings.data);
  if (storage?.kind === 'tab-only') {
    return <TabOnlySidebar onNavigate={props.onNavigate} />;
  }
  return (
    <StoredConversationSidebar
      {...props}
      // If the settings cannot be read, the list is still worth showing.
      settingsKnown={!settings.isPending}
      retentionDays={storage?.kind === 'days' ? storage.days : null}
    />
  );
}

function StoredConversationSidebar({
  activeConversationId,
  onNavigate,
  settingsKnown,
  retentionDays,
}: ConversationSidebarProps & { settingsKnown: boolean; retentionDays: number | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const conversations = useQuery({ ...conversationListQuery, enabled: settingsKnown });
  const [pendingDelete, setPendingDelete] = useState<ConversationSummary | null>(null);

  const remove = useMutation({
    mutationFn: (conversation: ConversationSummary) => deleteConversation(conversation.id),
    onSuccess: async (_result, conversation) => {
      setPendingDelete(null);
      queryClient.setQueryData(
        conversationListQuery.queryKey,
        (list) => list && { conversations: list.conversations.filter((item) => item.id !== conversation.id) },
      );
      queryClient.removeQueries({ queryKey: conversationKeys.detail(conversation.id) });
      if (conversation.id === activeConversationId) {
        await navigate({ to: '/chat' });
      }
    },
  });

  const groups = groupConversationsByDate(conversations.data?.conversations ?? [], new Date());

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="p-3">
        <Button
          variant="secondary"
          className="w-full"
          onClick={() => {
            onNavigate();
            void navigate({ to: '/chat' });
          }}
        >
          <PlusIcon className="text-base" />
          {t('chat.newChat')}
        </Button>
      </div>

      {/* Only conversation links live in this nav, so "the links of 대화 목록" are exactly the conversations. */}
      <nav aria-label={t('chat.conversationList')} className="min-h-0 flex-1 overflow-y-auto px-2 pb-4">
        {conversations.isPending && <LoadingState />}
        {conversations.isError && (
          <Alert tone="error" className="mx-1">
            {conversations.error.message}
          </Alert>
        )}
        {conversations.isSuccess && groups.length === 0 && (
          <p className="px-3 py-6 text-center text-sm text-slate-500">{t('chat.noConversations')}</p>
        )}
        {groups.map(({ group, conversations: members }) => (
          <section key={group} className="mt-3 first:mt-0">
            <h2 className="px-3 pb-1 text-xs font-semibold text-slate-500">{t(groupLabelKeys[group])}</h2>
            <ul className="space-y-0.5">
              {members.map((conversation) => (
                <ConversationListItem
                  key={conversation.id}
                  conversation={conversation}
                  active={conversation.id === activeConversationId}
                  onNavigate={onNavigate}
                  onRequestDelete={(target) => {
                    remove.reset();
                    setPendingDelete(target);
                  }}
                />
              ))}
            </ul>
          </section>
        ))}
      </nav>

      {retentionDays !== null && (
        <p className="shrink-0 border-t border-slate-200 px-4 py-3 text-xs leading-5 text-slate-500">
          {t('chat.retentionDaysNote', { days: retentionDays })}
        </p>
      )}

      <ConfirmDialog
        open={pendingDelete !== null}
        title={t('chat.deleteConfirmTitle')}
        message={t('chat.deleteConfirmBody', { title: pendingDelete?.title ?? '' })}
        confirmLabel={t('common.delete')}
        pendingLabel={t('common.deleting')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => {
          if (pendingDelete !== null) {
            remove.mutate(pendingDelete);
          }
        }}
        onCancel={() => setPendingDelete(null)}
      />
    </div>
  );
}
