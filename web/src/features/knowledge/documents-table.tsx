import type { KnowledgeDocument } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Button, buttonClassName } from '../../components/button';
import { DownloadIcon, RefreshIcon, TrashIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { documentStatusDisplay, formatBytes } from './document-status';
import { documentFileUrl } from './knowledge-queries';

export interface DocumentsTableProps {
  collectionName: string;
  documents: readonly KnowledgeDocument[];
  canManage: boolean;
  /** The document whose retry is being sent, to disable its button. */
  retryingId: string | null;
  onRetry: (document: KnowledgeDocument) => void;
  /** Opens the summary dialog; offered on ready documents to everyone who can read them. */
  onSummarize: (document: KnowledgeDocument) => void;
  onDelete: (document: KnowledgeDocument) => void;
}

/** The collection's documents with their reading status; rows carry data-status for tests and styling. */
export function DocumentsTable({
  collectionName,
  documents,
  canManage,
  retryingId,
  onRetry,
  onSummarize,
  onDelete,
}: DocumentsTableProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const columns = ['fileName', 'status', 'pages', 'chunks', 'uploadedAt'] as const;

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[820px] text-left text-sm">
        <caption className="sr-only">{t('knowledge.documents.caption', { name: collectionName })}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2.5 whitespace-nowrap">
                {t(`knowledge.documents.columns.${column}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2.5 text-right">
              {t('knowledge.documents.columns.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {documents.map((document) => (
            <tr key={document.id} data-status={document.status} className="align-top">
              <th scope="row" className="max-w-72 px-3 py-2.5 font-medium text-slate-900">
                <span className="break-all">{document.fileName}</span>
                <span className="block text-xs font-normal text-slate-500 tabular-nums">
                  {document.format.toUpperCase()} · {formatBytes(document.byteSize, i18n.language)}
                </span>
              </th>
              <td className="w-64 px-3 py-2.5">
                <DocumentStatusCell document={document} />
              </td>
              <td className="px-3 py-2.5 text-slate-700 tabular-nums">
                {document.pageCount === null ? '—' : number.format(document.pageCount)}
              </td>
              <td className="px-3 py-2.5 text-slate-700 tabular-nums">
                {document.status === 'ready' ? number.format(document.chunkCount) : '—'}
              </td>
              <td className="px-3 py-2.5 whitespace-nowrap text-slate-700">
                <time dateTime={document.uploadedAt}>{dateTime.format(new Date(document.uploadedAt))}</time>
              </td>
              <td className="px-3 py-2.5">
                <div className="flex justify-end gap-1">
                  {document.status === 'ready' && (
                    <Button
                      variant="ghost"
                      size="small"
                      onClick={() => onSummarize(document)}
                      aria-label={t('knowledge.documents.summarizeFor', { name: document.fileName })}
                    >
                      {t('knowledge.documents.summarize')}
                    </Button>
                  )}
                  <a
                    href={documentFileUrl(document.id)}
                    download={document.fileName}
                    className={buttonClassName('ghost', 'small')}
                    aria-label={t('knowledge.documents.downloadFor', { name: document.fileName })}
                    title={t('knowledge.documents.download')}
                  >
                    <DownloadIcon className="text-base" />
                  </a>
                  {canManage && document.status === 'failed' && (
                    <Button
                      variant="ghost"
                      size="small"
                      onClick={() => onRetry(document)}
                      disabled={retryingId === document.id}
                      aria-label={t('knowledge.documents.retryFor', { name: document.fileName })}
                    >
                      <RefreshIcon className="text-base" />
                      {t('knowledge.documents.retry')}
                    </Button>
                  )}
                  {canManage && (
                    <Button
                      variant="ghost"
                      size="small"
                      onClick={() => onDelete(document)}
                      aria-label={t('knowledge.documents.deleteFor', { name: document.fileName })}
                      title={t('common.delete')}
                      className="hover:text-red-700"
                    >
                      <TrashIcon className="text-base" />
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DocumentStatusCell({ document }: { document: KnowledgeDocument }) {
  const { t } = useTranslation();
  const display = documentStatusDisplay(document);
  const label = t(display.labelKey, { percent: display.percent ?? 0 });
  if (display.percent !== null) {
    return (
      <ProgressBar
        label={t('knowledge.documents.progressLabel', { name: document.fileName })}
        percent={display.percent}
        status={label}
      />
    );
  }
  return (
    <div>
      <Badge tone={display.tone}>{label}</Badge>
      {document.status === 'failed' && document.failureMessage !== null && (
        <p className="mt-1 text-xs text-red-700">{document.failureMessage}</p>
      )}
    </div>
  );
}
