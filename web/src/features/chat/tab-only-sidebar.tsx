import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { PlusIcon } from '../../components/icons';
import { useChatStream } from './chat-stream-context';
import { tabConversationId } from './tab-conversation';

/**
 * The sidebar where nothing is stored: no list of conversations, only a way to start over. Starting
 * over forgets the tab's conversation for good, so it asks first when there is something to lose.
 */
export function TabOnlySidebar({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tabConversation, activeStream, clearTabConversation } = useChatStream();
  const [confirming, setConfirming] = useState(false);
  const hasContent =
    tabConversation.messages.length > 0 || activeStream?.conversationId === tabConversationId;

  const startOver = () => {
    setConfirming(false);
    clearTabConversation();
    onNavigate();
    void navigate({ to: '/chat' });
  };

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="p-3">
        <Button
          variant="secondary"
          className="w-full"
          onClick={() => {
            if (hasContent) {
              setConfirming(true);
            } else {
              startOver();
            }
          }}
        >
          <PlusIcon className="text-base" />
          {t('chat.newChat')}
        </Button>
      </div>
      <p className="px-4 text-xs leading-5 text-slate-500">{t('chat.tabOnlySidebar')}</p>

      <ConfirmDialog
        open={confirming}
        title={t('chat.tabOnlyClearTitle')}
        message={t('chat.tabOnlyClearBody')}
        confirmLabel={t('chat.tabOnlyClearConfirm')}
        pendingLabel={t('chat.tabOnlyClearConfirm')}
        pending={false}
        error={null}
        onConfirm={startOver}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
