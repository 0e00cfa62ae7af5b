import type { MessageStatus } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../components/icons';

/** Says why an answer is incomplete; complete and streaming answers need no badge. */
export function MessageStatusBadge({
  status,
  errorMessage,
}: {
  status: MessageStatus;
  errorMessage: string | null;
}) {
  const { t } = useTranslation();
  if (status === 'complete' || status === 'streaming') {
    return null;
  }
  const badge = {
    interrupted: {
      text: t('chat.statusInterrupted'),
      className: 'bg-amber-50 text-amber-800 ring-amber-200',
    },
    stopped: { text: t('chat.statusStopped'), className: 'bg-slate-100 text-slate-600 ring-slate-200' },
    failed: { text: t('chat.statusFailed'), className: 'bg-red-50 text-red-700 ring-red-200' },
  }[status];
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <span
        className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ${badge.className}`}
      >
        {status !== 'stopped' && <AlertIcon className="text-sm" />}
        {badge.text}
      </span>
      {errorMessage !== null && <span className="text-xs text-slate-600">{errorMessage}</span>}
    </div>
  );
}
