import type { UseCaseAttachment } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../components/icons';
import { formatBytes } from '../knowledge/document-status';
import { caseAttachmentUrl } from './case-queries';

/** The case's files, each a download link (the session cookie goes with a plain link). */
export function CaseAttachmentList({
  caseId,
  attachments,
}: {
  caseId: string;
  attachments: readonly UseCaseAttachment[];
}) {
  const { t, i18n } = useTranslation();
  if (attachments.length === 0) {
    return <p className="text-sm text-slate-500">{t('cases.detail.noAttachments')}</p>;
  }
  return (
    <ul className="space-y-1.5">
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <a
            href={caseAttachmentUrl(caseId, attachment.id)}
            download={attachment.fileName}
            data-testid="case-attachment"
            className="inline-flex max-w-full items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-sm font-medium text-blue-700 shadow-sm hover:border-blue-300 hover:bg-blue-50"
          >
            <DownloadIcon className="shrink-0 text-base" />
            <span className="min-w-0 truncate">{attachment.fileName}</span>
            <span className="shrink-0 text-xs font-normal text-slate-500 tabular-nums">
              {formatBytes(attachment.byteSize, i18n.language)}
            </span>
            <span className="sr-only">{t('cases.detail.download')}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
