import { importLineErrorSchema, importResultSchema, type ImportResult } from '@jumugwan/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError } from '../../api/api-error';
import { uploadWithProgress } from '../../api/upload-with-progress';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { UploadIcon } from '../../components/icons';
import { ImportResultView } from './import-result-view';
import { orgKeys } from './org-queries';

export interface CsvImportCardProps {
  kind: 'departments' | 'users';
  title: string;
  columns: string;
  note: string;
}

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; fraction: number }
  | { phase: 'done'; result: ImportResult }
  | { phase: 'failed'; message: string };

/** Uploads one HR export; the server applies it only when every line is valid. */
export function CsvImportCard({ kind, title, columns, note }: CsvImportCardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const fileInputId = useId();
  const headingId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const abortControllerRef = useRef<AbortController | null>(null);

  const handleSubmit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file === null || state.phase === 'uploading') {
      return;
    }
    const abortController = new AbortController();
    abortControllerRef.current = abortController;
    setState({ phase: 'uploading', fraction: 0 });
    try {
      const result = await uploadWithProgress(`/api/admin/org/import/${kind}`, file, importResultSchema, {
        // The raw bytes go as they are; the server detects UTF-8 or CP949 itself.
        contentType: 'text/csv',
        onProgress: (fraction) => setState({ phase: 'uploading', fraction }),
        signal: abortController.signal,
      });
      setState({ phase: 'done', result });
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey: orgKeys.all });
      }
    } catch (error) {
      if (isAbortError(error)) {
        setState({ phase: 'idle' });
      } else if (isApiError(error)) {
        const lineErrors = lineErrorsFromDetails(error.details);
        setState(
          lineErrors.length > 0
            ? { phase: 'done', result: { ok: false, encoding: 'utf-8', errors: lineErrors } }
            : { phase: 'failed', message: error.message },
        );
      } else {
        setState({ phase: 'failed', message: t('errors.network') });
      }
    } finally {
      abortControllerRef.current = null;
    }
  };

  const percent = state.phase === 'uploading' ? Math.round(state.fraction * 100) : 0;

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      <dl className="mt-2 text-sm">
        <dt className="font-medium text-slate-700">{t('org.expectedColumns')}</dt>
        <dd className="mt-0.5 rounded-md bg-slate-50 px-2.5 py-1.5 font-mono text-xs text-slate-700">
          {columns}
        </dd>
      </dl>
      <p className="mt-2 text-xs text-slate-500">{note}</p>
      <p className="mt-1 text-xs text-slate-500">{t('org.encodingNote')}</p>

      <form onSubmit={(event) => void handleSubmit(event)} className="mt-4 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={fileInputId} className="mb-1.5 block text-sm font-medium text-slate-700">
            {t('org.chooseFile')}
          </label>
          <input
            id={fileInputId}
            type="file"
            accept=".csv,.txt,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setState({ phase: 'idle' });
            }}
            disabled={state.phase === 'uploading'}
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-slate-700 hover:file:bg-slate-200"
          />
        </div>
        <Button type="submit" disabled={file === null || state.phase === 'uploading'}>
          <UploadIcon className="text-base" />
          {t('org.upload')}
        </Button>
      </form>

      {state.phase === 'uploading' && (
        <div className="mt-4">
          <div
            role="progressbar"
            aria-label={t('org.uploadProgress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            className="h-2 overflow-hidden rounded-full bg-slate-100"
          >
            <div
              className="h-full rounded-full bg-blue-600 transition-[width]"
              style={{ width: `${percent}%` }}
            />
          </div>
          <p className="mt-1.5 text-xs text-slate-600" aria-live="polite">
            {percent < 100 ? t('org.uploading', { percent }) : t('org.processing')}
          </p>
        </div>
      )}
      {state.phase === 'done' && <ImportResultView result={state.result} />}
      {state.phase === 'failed' && (
        <Alert tone="error" className="mt-4">
          {state.message}
        </Alert>
      )}
    </section>
  );
}

/** Some servers answer an invalid file with an error body whose details carry the line errors. */
function lineErrorsFromDetails(details: unknown) {
  if (
    typeof details !== 'object' ||
    details === null ||
    !('errors' in details) ||
    !Array.isArray(details.errors)
  ) {
    return [];
  }
  return details.errors.flatMap((item: unknown) => {
    const parsed = importLineErrorSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
