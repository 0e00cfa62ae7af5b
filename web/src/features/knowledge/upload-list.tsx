import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { AlertIcon, CheckIcon, CloseIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { clampPercent, formatBytes } from './document-status';
import { isFinishedUpload, type UploadEntry } from './use-document-uploads';

export interface UploadListProps {
  entries: readonly UploadEntry[];
  onDismiss: (id: number) => void;
  onClearFinished: () => void;
}

/** The files being sent: bytes sent so far, or why a file was refused, each on its own line. */
export function UploadList({ entries, onDismiss, onClearFinished }: UploadListProps) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) {
    return null;
  }
  const finished = entries.filter(isFinishedUpload).length;
  const sent = entries.filter((entry) => entry.state.phase === 'done').length;

  return (
    <section
      aria-labelledby="knowledge-upload-list-heading"
      className="mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 id="knowledge-upload-list-heading" className="text-sm font-semibold text-slate-900">
          {t('knowledge.upload.listHeading')}
        </h3>
        <p className="text-xs text-slate-600 tabular-nums" aria-live="polite">
          {t('knowledge.upload.summary', { sent, total: entries.length })}
        </p>
        {finished > 0 && (
          <Button variant="ghost" size="small" onClick={onClearFinished}>
            {t('knowledge.upload.clearFinished')}
          </Button>
        )}
      </div>
      <ul className="divide-y divide-slate-100">
        {entries.map((entry) => (
          <li key={entry.id} className="flex items-start gap-3 py-2.5" data-upload-phase={entry.state.phase}>
            <div className="min-w-0 flex-1">
              <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                <span className="font-medium break-all text-slate-900">{entry.fileName}</span>
                <span className="text-xs text-slate-500 tabular-nums">
                  {formatBytes(entry.size, i18n.language)}
                </span>
              </p>
              <UploadStateView entry={entry} locale={i18n.language} />
            </div>
            {isFinishedUpload(entry) && (
              <button
                type="button"
                onClick={() => onDismiss(entry.id)}
                aria-label={t('knowledge.upload.dismissFor', { name: entry.fileName })}
                title={t('knowledge.upload.dismiss')}
                className="rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
              >
                <CloseIcon />
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function UploadStateView({ entry, locale }: { entry: UploadEntry; locale: string }) {
  const { t } = useTranslation();
  const { state } = entry;
  switch (state.phase) {
    case 'waiting':
      return <p className="mt-1 text-xs text-slate-500">{t('knowledge.upload.waiting')}</p>;
    case 'uploading': {
      const percent = clampPercent(state.fraction * 100);
      return (
        <ProgressBar
          className="mt-1.5 max-w-md"
          label={t('knowledge.upload.progressLabel', { name: entry.fileName })}
          percent={percent}
          status={
            percent < 100
              ? t('knowledge.upload.uploading', {
                  percent,
                  sent: formatBytes(entry.size * state.fraction, locale),
                  total: formatBytes(entry.size, locale),
                })
              : t('knowledge.upload.storing')
          }
        />
      );
    }
    case 'done':
      return (
        <p className="mt-1 inline-flex items-center gap-1 text-xs text-emerald-700">
          <CheckIcon aria-hidden="true" />
          {t('knowledge.upload.done')}
        </p>
      );
    case 'refused':
    case 'failed':
      return (
        <p className={classNames('mt-1 flex items-start gap-1 text-xs font-medium text-red-700')}>
          <AlertIcon className="mt-0.5 shrink-0" aria-hidden="true" />
          <span>
            {state.phase === 'refused' ? t('knowledge.upload.refused') : t('knowledge.upload.failed')}
            {': '}
            {state.message}
          </span>
        </p>
      );
  }
}
