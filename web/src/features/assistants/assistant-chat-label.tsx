import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AssistantLabel } from './use-chat-assistant';

/** The assistant a conversation talks to, in the chat header: its icon and name, linking to its page. */
export function AssistantChatLabel({ assistant }: { assistant: AssistantLabel }) {
  const { t } = useTranslation();
  return (
    <Link
      to="/assistants/$assistantId"
      params={{ assistantId: assistant.id }}
      title={t('assistants.chat.openPage', { name: assistant.name })}
      data-testid="chat-assistant"
      className="inline-flex max-w-[40%] min-w-0 shrink-0 items-center gap-1.5 rounded-lg bg-slate-100 px-2 py-1 text-sm font-medium text-slate-800 hover:bg-blue-50 hover:text-blue-800"
    >
      <span aria-hidden="true" className="text-base leading-none">
        {assistant.icon}
      </span>
      <span className="truncate">{assistant.name}</span>
    </Link>
  );
}
