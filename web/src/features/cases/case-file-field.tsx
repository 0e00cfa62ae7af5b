import type { UseCaseAttachment } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { AlertIcon, CloseIcon, TrashIcon, UploadIcon } from '../../components/icons';
import { ProgressBar } from '../../components/progress-bar';
import { clampPercent, formatBytes } from '../knowledge/document-status';
import { caseAttachmentUrl, caseKeys, deleteCaseAttachment } from './case-queries';
import type { CaseFileEntry, useCaseFileUploads } from './use-case-file-uploads';

export interface CaseFileFieldProps {
  /** Null until the case is first saved. */
  caseId: string | null;
  existing: readonly UseCaseAttachment[];
  files: ReturnType<typeof useCaseFileUploads>;
}

/** 첨부 파일: the files already on the case (each removable), and those chosen here, sent on save with progress. */
export function CaseFileField({ caseId, existing, files }: CaseFileFieldProps) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const hintId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const remove = useMutation({
    mutationFn: (attachmentId: string) => {
      if (caseId === null) throw new Error('The case is not saved yet.');
      return deleteCaseAttachment(caseId, attachmentId);
    },
    onSuccess: async (_nothing, attachmentId) => {
      setRemoved((current) => new Set([...current, attachmentId]));
      if (caseId !== null) await queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
    },
  });
  const kept = existing.filter((attachment) => !removed.has(attachment.id));

  return (
    <div>
      <p className="mb-1.5 text-sm font-medium text-slate-700" id={`${inputId}-label`}>
        {t('cases.fields.attachments')}
      </p>
      {(kept.length > 0 || files.entries.length > 0) && (
        <ul className="mb-3 divide-y divide-slate-100 rounded-lg border border-slate-200">
          {kept.map((attachment) => (
            <li key={attachment.id} className="flex items-center gap-3 px-3 py-2 text-sm">
              <a
                href={caseId === null ? undefined : caseAttachmentUrl(caseId, attachment.id)}
                download={attachment.fileName}
                className="min-w-0 flex-1 truncate font-medium text-blue-700 underline-offset-2 hover:underline"
              >
                {attachment.fileName}
              </a>
              <span className="text-xs text-slate-500 tabular-nums">
                {formatBytes(attachment.byteSize, i18n.language)}
              </span>
              <Button
                variant="ghost"
                size="small"
                onClick={() => remove.mutate(attachment.id)}
                disabled={remove.isPending}
                aria-label={t('cases.files.deleteFor', { name: attachment.fileName })}
              >
                <TrashIcon className="text-base" />
              </Button>
            </li>
          ))}
          {files.entries.map((entry) => (
            <PendingFile key={entry.id} entry={entry} onRemove={() => files.remove(entry.id)} />
          ))}
        </ul>
      )}
      {remove.isError && (
        <Alert tone="error" className="mb-3">
          {remove.error.message}
        </Alert>
      )}
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        multiple
        className="sr-only"
        tabIndex={-1}
        aria-labelledby={`${inputId}-label`}
        aria-describedby={hintId}
        onChange={(event) => {
          files.add([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
      <Button variant="secondary" onClick={() => inputRef.current?.click()} disabled={files.uploading}>
        <UploadIcon className="text-base" />
        {t('cases.files.add')}
      </Button>
      <p id={hintId} className="mt-1.5 text-xs text-slate-500">
        {t('cases.files.hint')}
      </p>
    </div>
  );
}

function PendingFile({ entry, onRemove }: { entry: CaseFileEntry; onRemove: () => void }) {
  const { t, i18n } = useTranslation();
  const { state, file } = entry;
  return (
    <li
      className="flex items-start gap-3 px-3 py-2 text-sm"
      data-testid="case-pending-file"
      data-phase={state.phase}
    >
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-medium break-all text-slate-900">{file.name}</span>
          <span className="text-xs text-slate-500 tabular-nums">{formatBytes(file.size, i18n.language)}</span>
        </p>
        {state.phase === 'waiting' && (
          <p className="mt-0.5 text-xs text-slate-500">{t('cases.files.waiting')}</p>
        )}
        {state.phase === 'uploading' && (
          <ProgressBar
            className="mt-1.5 max-w-md"
            label={t('cases.files.progressLabel', { name: file.name })}
            percent={clampPercent(state.fraction * 100)}
            status={t('cases.files.uploading', { percent: clampPercent(state.fraction * 100) })}
          />
        )}
        {state.phase === 'failed' && (
          <p className="mt-0.5 flex items-start gap-1 text-xs font-medium text-red-700">
            <AlertIcon className="mt-0.5 shrink-0" aria-hidden="true" />
            <span>{t('cases.files.failed', { message: state.message })}</span>
          </p>
        )}
      </div>
      {state.phase !== 'uploading' && (
        <button
          type="button"
          onClick={onRemove}
          aria-label={t('cases.files.removeFor', { name: file.name })}
          className="rounded-md p-1 text-slate-500 hover:bg-slate-100 hover:text-slate-800"
        >
          <CloseIcon />
        </button>
      )}
    </li>
  );
}
