import { useTranslation } from 'react-i18next';

/** The empty state of a new chat, with example requests that fill the composer. */
export function ChatWelcome({ onPickSuggestion }: { onPickSuggestion: (text: string) => void }) {
  const { t } = useTranslation();
  const suggestions = [t('chat.suggestion1'), t('chat.suggestion2'), t('chat.suggestion3')];
  return (
    <div className="flex min-h-0 flex-1 flex-col items-center justify-center overflow-y-auto px-4 py-10 text-center">
      <h2 className="text-2xl font-bold tracking-tight text-slate-900">{t('chat.emptyTitle')}</h2>
      <p className="mt-2 max-w-md text-sm text-slate-600">{t('chat.emptyBody')}</p>
      <ul aria-label={t('chat.suggestionsLabel')} className="mt-8 grid w-full max-w-2xl gap-2 sm:grid-cols-3">
        {suggestions.map((suggestion) => (
          <li key={suggestion}>
            <button
              type="button"
              onClick={() => onPickSuggestion(suggestion)}
              className="h-full w-full rounded-xl border border-slate-200 bg-white px-4 py-3 text-left text-sm text-slate-700 shadow-sm hover:border-blue-300 hover:bg-blue-50/50"
            >
              {suggestion}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
