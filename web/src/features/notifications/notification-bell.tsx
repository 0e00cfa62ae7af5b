import type { Notification } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { BellIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { formatRelativeTime } from '../admin-models/format-relative-time';
import { markReadInList, type NotificationList } from './mark-read-in-list';
import {
  markAllNotificationsRead,
  markNotificationRead,
  notificationListQuery,
} from './notification-queries';
import { unreadBadgeText } from './unread-badge-text';

const kindDotClasses: Record<Notification['kind'], string> = {
  budget_80: 'bg-amber-500',
  soft_cap_80: 'bg-amber-500',
  budget_100: 'bg-red-600',
  soft_cap_100: 'bg-red-600',
  case_submitted: 'bg-blue-600',
  case_reviewed: 'bg-emerald-600',
};

/**
 * The bell in the header: unread count, and a popover with the person's budget and soft-cap alerts.
 * A non-modal dialog: focus moves into it on open, Escape or a click elsewhere closes it and focus
 * returns to the bell; opening a notification marks it read.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const panelId = useId();
  const headingId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const notifications = useQuery(notificationListQuery);
  const unread = notifications.data?.unread ?? 0;
  const badge = unreadBadgeText(unread);

  const markRead = useMutation({
    mutationFn: (notificationId: string | null) =>
      notificationId === null ? markAllNotificationsRead() : markNotificationRead(notificationId),
    // Shown as read at once; the next fetch brings the server's view.
    onMutate: async (notificationId) => {
      await queryClient.cancelQueries({ queryKey: notificationListQuery.queryKey });
      queryClient.setQueryData<NotificationList>(notificationListQuery.queryKey, (list) =>
        list === undefined ? list : markReadInList(list, notificationId, new Date().toISOString()),
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationListQuery.queryKey }),
  });

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) {
      buttonRef.current?.focus();
    }
  };

  useEffect(() => {
    if (!open) {
      return;
    }
    const panel = panelRef.current;
    (panel?.querySelector<HTMLElement>('[data-autofocus]') ?? panel)?.focus();
    const closeOnOutsideClick = (event: PointerEvent) => {
      if (event.target instanceof Node && containerRef.current?.contains(event.target) !== true) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', closeOnOutsideClick);
    return () => document.removeEventListener('pointerdown', closeOnOutsideClick);
  }, [open]);

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };

  // Tabbing past the last item leaves the popover, so it closes rather than lingering behind.
  const handleBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) {
      setOpen(false);
    }
  };

  // Times are relative to the last fetch, which polling renews every minute.
  const now = new Date(notifications.dataUpdatedAt);
  const list = notifications.data?.notifications ?? [];

  return (
    <div ref={containerRef} className="sm:relative" onKeyDown={handleKeyDown} onBlur={handleBlur}>
      <button
        ref={buttonRef}
        type="button"
        aria-label={unread > 0 ? t('notifications.bellUnread', { value: unread }) : t('notifications.bell')}
        aria-expanded={open}
        aria-controls={panelId}
        aria-haspopup="dialog"
        onClick={() => setOpen((previous) => !previous)}
        className="relative inline-flex size-9 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-expanded:bg-slate-100"
      >
        <BellIcon className="text-xl" />
        {badge !== null && (
          <span
            aria-hidden="true"
            className="absolute -top-0.5 -right-0.5 inline-flex h-4.5 min-w-4.5 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] leading-none font-bold text-white ring-2 ring-white"
          >
            {badge}
          </span>
        )}
      </button>

      <div
        ref={panelRef}
        id={panelId}
        role="dialog"
        aria-labelledby={headingId}
        tabIndex={-1}
        hidden={!open}
        className="fixed inset-x-2 top-14 z-40 mt-1 rounded-xl border border-slate-200 bg-white shadow-xl focus:outline-none sm:absolute sm:inset-x-auto sm:top-full sm:right-0 sm:mt-2 sm:w-96"
      >
        <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-4 py-2.5">
          <h2 id={headingId} className="text-sm font-semibold text-slate-900">
            {t('notifications.title')}
          </h2>
          <Button
            variant="ghost"
            size="small"
            onClick={() => markRead.mutate(null)}
            disabled={unread === 0 || markRead.isPending}
          >
            {t('notifications.markAllRead')}
          </Button>
        </div>
        <div className="max-h-[min(28rem,calc(100dvh-6rem))] overflow-y-auto">
          {notifications.isPending && <LoadingState />}
          {notifications.isError && (
            <p role="alert" className="px-4 py-6 text-sm text-red-700">
              {notifications.error.message}
            </p>
          )}
          {markRead.isError && (
            <p role="alert" className="px-4 pt-3 text-xs text-red-700">
              {markRead.error.message}
            </p>
          )}
          {notifications.isSuccess && list.length === 0 && (
            <p className="px-4 py-8 text-center text-sm text-slate-500" tabIndex={-1} data-autofocus>
              {t('notifications.empty')}
            </p>
          )}
          {list.length > 0 && (
            <ul className="divide-y divide-slate-100">
              {list.map((notification, index) => {
                const isUnread = notification.readAt === null;
                return (
                  <li key={notification.id}>
                    <button
                      type="button"
                      data-autofocus={index === 0 ? true : undefined}
                      onClick={() => {
                        if (isUnread) {
                          markRead.mutate(notification.id);
                        }
                      }}
                      className={classNames(
                        'flex w-full items-start gap-3 px-4 py-3 text-left hover:bg-slate-50 focus-visible:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600',
                        isUnread && 'bg-blue-50/40',
                      )}
                    >
                      <span
                        aria-hidden="true"
                        className={classNames(
                          'mt-1.5 size-2 shrink-0 rounded-full',
                          isUnread ? kindDotClasses[notification.kind] : 'bg-slate-200',
                        )}
                      />
                      <span className="min-w-0 flex-1">
                        <span
                          className={classNames('block text-sm text-slate-900', isUnread && 'font-semibold')}
                        >
                          {notification.title}
                          {isUnread && <span className="sr-only"> ({t('notifications.unread')})</span>}
                        </span>
                        <span className="mt-0.5 block text-sm text-slate-600">{notification.body}</span>
                        <time
                          dateTime={notification.createdAt}
                          title={new Date(notification.createdAt).toLocaleString(i18n.language)}
                          className="mt-1 block text-xs text-slate-500"
                        >
                          {formatRelativeTime(new Date(notification.createdAt), now, i18n.language)}
                        </time>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
