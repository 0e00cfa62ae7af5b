import { exportCaseBookRequestSchema } from '@jumugwan/contracts';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ElapsedProgress } from '../../components/elapsed-progress';
import { DownloadIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { saveBlob } from '../../components/save-blob';
import { TextField } from '../../components/text-field';
import { clampPercent, formatBytes } from '../knowledge/document-status';
import { downloadCaseBook, type CaseBookProgress } from './case-book-file';

type BookFormat = 'docx' | 'hwpx';

const defaultTitle = exportCaseBookRequestSchema.shape.title.parse(undefined);
const maximumTitleLength = 120;

/** 책 제목 and the two export buttons; the server builds the book (cover, contents, a page per case). */
export function CaseBookExport({ caseIds }: { caseIds: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const [title, setTitle] = useState(defaultTitle);
  const [progress, setProgress] = useState<CaseBookProgress>({ receiving: false, received: 0, total: null });
  const titleMissing = title.trim() === '';
  const download = useMutation({
    mutationFn: (format: BookFormat) => {
      setProgress({ receiving: false, received: 0, total: null });
      return downloadCaseBook({ caseIds: [...caseIds], format, title: title.trim() }, setProgress);
    },
    onSuccess: ({ blob, fileName }) => saveBlob(blob, fileName),
  });
  const pending = download.isPending ? download.variables : null;
  const size = (bytes: number) => formatBytes(bytes, i18n.language);

  const button = (format: BookFormat) => (
    <Button
      variant={format === 'hwpx' ? 'primary' : 'secondary'}
      onClick={() => download.mutate(format)}
      disabled={download.isPending || caseIds.length === 0 || titleMissing}
      aria-busy={pending === format}
    >
      <DownloadIcon className="text-base" />
      {pending === format ? t('cases.export.preparing') : t(`cases.export.${format}`)}
    </Button>
  );

  return (
    <section
      aria-labelledby="case-book-heading"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="case-book-heading" className="text-base font-semibold text-slate-900">
        {t('cases.export.heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{t('cases.export.description')}</p>
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <TextField
          label={t('cases.export.title')}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            download.reset();
          }}
          maxLength={maximumTitleLength}
          error={titleMissing ? t('cases.export.titleRequired') : null}
          className="min-w-64 flex-1"
        />
        {button('docx')}
        {button('hwpx')}
      </div>
      {caseIds.length === 0 && <p className="mt-2 text-xs text-slate-500">{t('cases.export.chooseFirst')}</p>}
      {pending !== null && (
        <ElapsedProgress
          className="mt-3"
          label={
            progress.receiving
              ? t('cases.export.receiving', { format: pending.toUpperCase() })
              : t('cases.export.building', { count: caseIds.length, format: pending.toUpperCase() })
          }
        >
          {progress.receiving && progress.total !== null && (
            <ProgressBar
              className="mt-2 pl-7"
              label={t('cases.export.progressLabel')}
              percent={clampPercent((progress.received / progress.total) * 100)}
              status={t('cases.export.bytes', {
                received: size(progress.received),
                total: size(progress.total),
              })}
            />
          )}
        </ElapsedProgress>
      )}
      {download.isError && (
        <Alert tone="error" className="mt-3">
          {download.error.message}
        </Alert>
      )}
      {download.isSuccess && (
        <Alert tone="success" className="mt-3">
          {t('cases.export.done', { fileName: download.data.fileName })}
        </Alert>
      )}
    </section>
  );
}
