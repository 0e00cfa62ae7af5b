import { getRouteApi, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ChatStreamProvider } from '../features/chat/chat-stream-provider';
import { GuidelinesGate } from '../features/guidelines/guidelines-gate';
import { AppHeader } from './app-header';

const appRoute = getRouteApi('/_app');

/**
 * Shell of every signed-in page. The stream provider sits here so an answer keeps streaming across pages;
 * the guidelines gate so no page is used before the AI use guidelines are acknowledged.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { session } = appRoute.useRouteContext();
  return (
    <div className="flex h-dvh flex-col">
      <a
        href="#main-content"
        className="sr-only z-50 rounded-md bg-blue-600 px-3 py-2 text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
      >
        {t('app.skipToContent')}
      </a>
      <AppHeader session={session} />
      <ChatStreamProvider>
        <main id="main-content" tabIndex={-1} className="min-h-0 flex-1 focus:outline-none">
          <Outlet />
        </main>
      </ChatStreamProvider>
      {/* Until the current AI use guidelines are acknowledged, a dialog nothing dismisses covers every page. */}
      <GuidelinesGate />
    </div>
  );
}
