import { Outlet, useParams } from '@tanstack/react-router';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { CloseIcon, MenuIcon } from '../../components/icons';
import { ConversationSidebar } from './conversation-sidebar';

/** Sidebar with the conversation list beside the chat pane; on small screens the sidebar is a drawer. */
export function ChatLayout() {
  const { t } = useTranslation();
  const { conversationId } = useParams({ strict: false });
  const [drawerOpen, setDrawerOpen] = useState(false);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const closeButtonRef = useRef<HTMLButtonElement>(null);

  const closeDrawer = useCallback((returnFocus: boolean) => {
    setDrawerOpen(false);
    if (returnFocus) {
      openButtonRef.current?.focus();
    }
  }, []);

  // While the drawer is open, keyboard focus starts inside it and Escape closes it
  // (unless a dialog, such as the delete confirmation, is the one being closed).
  useEffect(() => {
    if (!drawerOpen) {
      return;
    }
    closeButtonRef.current?.focus();
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && document.querySelector('dialog[open]') === null) {
        closeDrawer(true);
      }
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [drawerOpen, closeDrawer]);

  return (
    <div className="relative flex h-full">
      <button
        ref={openButtonRef}
        type="button"
        onClick={() => setDrawerOpen(true)}
        aria-label={t('chat.showConversations')}
        aria-expanded={drawerOpen}
        aria-controls="conversation-sidebar"
        className="absolute top-2.5 left-2.5 z-10 inline-flex size-9 items-center justify-center rounded-lg text-xl text-slate-600 hover:bg-slate-100 md:hidden"
      >
        <MenuIcon />
      </button>

      {drawerOpen && (
        <div
          aria-hidden="true"
          className="fixed inset-0 z-30 bg-slate-900/30 md:hidden"
          onClick={() => closeDrawer(false)}
        />
      )}

      <aside
        id="conversation-sidebar"
        className={classNames(
          'w-72 shrink-0 flex-col border-r border-slate-200 bg-slate-50',
          drawerOpen
            ? 'fixed inset-y-0 left-0 z-40 flex shadow-xl md:static md:shadow-none'
            : 'hidden md:flex',
        )}
      >
        {drawerOpen && (
          <div className="flex justify-end px-3 pt-3 md:hidden">
            <button
              ref={closeButtonRef}
              type="button"
              onClick={() => closeDrawer(true)}
              aria-label={t('chat.hideConversations')}
              className="inline-flex size-9 items-center justify-center rounded-lg text-xl text-slate-600 hover:bg-slate-200"
            >
              <CloseIcon />
            </button>
          </div>
        )}
        <ConversationSidebar activeConversationId={conversationId} onNavigate={() => closeDrawer(false)} />
      </aside>

      <Outlet />
    </div>
  );
}
