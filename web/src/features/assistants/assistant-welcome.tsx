import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/loading-state';
import { AssistantUnavailable } from './assistant-unavailable';
import type { ChatAssistant } from './use-chat-assistant';

export interface AssistantWelcomeProps {
  assistant: ChatAssistant;
  /** Asks a starter at once. */
  onAsk: (text: string) => void;
  /** Nothing can be sent right now (no model, another answer streaming, …). */
  askDisabled: boolean;
}

/** The empty chat with an assistant: what it is, and its starters as buttons that ask them. */
export function AssistantWelcome({ assistant, onAsk, askDisabled }: AssistantWelcomeProps) {
  const { t } = useTranslation();
  if (assistant.error !== null) {
    return (
      <div className="min-h-0 flex-1 overflow-y-auto px-4 py-10">
        <div className="mx-auto max-w-xl">
          <AssistantUnavailable error={assistant.error} />
        </div>
      </div>
    );
  }
  const { detail } = assistant;
  if (detail === undefined) {
    return <LoadingState />;
  }
  const { starters } = detail.definition;
  return (
    <div
      data-testid="assistant-welcome"
      className="flex min-h-0 flex-1 flex-col items-center justify-center overflow-y-auto px-4 py-10 text-center"
    >
      <span
        aria-hidden="true"
        className="inline-flex size-16 items-center justify-center rounded-2xl bg-slate-100 text-4xl"
      >
        {detail.icon}
      </span>
      <h2 className="mt-3 text-2xl font-bold tracking-tight text-slate-900">{detail.name}</h2>
      {detail.description !== '' && (
        <p className="mt-2 max-w-md text-sm text-slate-600">{detail.description}</p>
      )}
      <Link
        to="/assistants/$assistantId"
        params={{ assistantId: detail.id }}
        className="mt-2 text-xs text-blue-700 underline-offset-2 hover:underline"
      >
        {t('assistants.chat.aboutAssistant')}
      </Link>
      {starters.length > 0 && (
        <ul
          aria-label={t('assistants.chat.startersLabel')}
          className="mt-8 grid w-full max-w-2xl gap-2 sm:grid-cols-2"
        >
          {starters.map((starter, index) => (
            <li key={index}>
              <button
                type="button"
                onClick={() => onAsk(starter)}
                disabled={askDisabled}
                data-testid="chat-starter"
                className="h-full w-full rounded-xl border border-slate-200 bg-white px-4 py-3 text-left text-sm text-slate-700 shadow-sm hover:border-blue-300 hover:bg-blue-50/50 disabled:cursor-not-allowed disabled:opacity-60"
              >
                {starter}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
