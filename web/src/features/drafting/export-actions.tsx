import type { ExportFormat } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { CopyButton } from '../../components/copy-button';
import { DownloadIcon, ExternalLinkIcon } from '../../components/icons';

export interface ExportActionsProps {
  onExport: (format: ExportFormat) => void;
  /** The format being prepared, if any. */
  pending: ExportFormat | null;
  copyText: () => string;
  disabled: boolean;
  /** Id of the line that says what exporting does (saves first, carries the AI disclosure). */
  describedBy: string;
}

/** 내보내기: HWPX and DOCX files, the print view in a new tab, and the plain text on the clipboard. */
export function ExportActions({ onExport, pending, copyText, disabled, describedBy }: ExportActionsProps) {
  const { t } = useTranslation();
  const label = (format: ExportFormat, idle: string) =>
    pending === format ? t('drafting.export.preparing') : idle;
  return (
    <div
      role="group"
      aria-label={t('drafting.export.heading')}
      aria-describedby={describedBy}
      className="flex flex-wrap gap-2"
    >
      <Button
        variant="secondary"
        size="small"
        onClick={() => onExport('hwpx')}
        disabled={disabled || pending !== null}
      >
        <DownloadIcon className="text-base" />
        {label('hwpx', 'HWPX')}
      </Button>
      <Button
        variant="secondary"
        size="small"
        onClick={() => onExport('docx')}
        disabled={disabled || pending !== null}
      >
        <DownloadIcon className="text-base" />
        {label('docx', 'DOCX')}
      </Button>
      <Button
        variant="secondary"
        size="small"
        onClick={() => onExport('html')}
        disabled={disabled || pending !== null}
        aria-label={t('drafting.export.printLabel')}
      >
        <ExternalLinkIcon className="text-base" />
        {label('html', t('drafting.export.print'))}
      </Button>
      <CopyButton text={copyText} label={t('drafting.export.copyText')} />
    </div>
  );
}
