import { useBlocker } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';

/**
 * Asks before leaving the editor while something would be lost: unsaved changes, a draft that lives
 * only on this page, or a generation still running. Closing the tab gets the browser's own question.
 */
export function LeaveDraftGuard({ when, message }: { when: boolean; message: string }) {
  const { t } = useTranslation();
  const blocker = useBlocker({
    // Only leaving counts: the editor itself changes the query string (dropping `?generate=`).
    shouldBlockFn: ({ current, next }) => when && current.pathname !== next.pathname,
    enableBeforeUnload: () => when,
    disabled: !when,
    withResolver: true,
  });
  return (
    <ConfirmDialog
      open={blocker.status === 'blocked'}
      title={t('drafting.leave.title')}
      message={message}
      confirmLabel={t('drafting.leave.confirm')}
      pendingLabel={t('drafting.leave.confirm')}
      pending={false}
      error={null}
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
}
