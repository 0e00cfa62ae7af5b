import { attachmentMaximumCount } from '@jumugwan/contracts';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { CloseIcon, UploadIcon } from '../../components/icons';
import { attachmentAccept, type ComposerAttachment } from '../chat/attachments/composer-attachments';

export interface ReferenceFilesProps {
  files: readonly ComposerAttachment[];
  onAdd: (files: File[]) => void;
  onRemove: (id: string) => void;
}

/**
 * 참고 파일: up to five files (HWP, HWPX, DOCX, PDF, TXT, MD) whose text the draft may draw on. Each is
 * read by the server as soon as it is chosen, with progress; nothing of it is kept unless the draft is.
 */
export function ReferenceFiles({ files, onAdd, onRemove }: ReferenceFilesProps) {
  const { t, i18n } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [notice, setNotice] = useState<string | null>(null);
  const counted = files.filter((file) => file.status !== 'failed').length;

  const choose = (chosen: File[]) => {
    const room = Math.max(0, attachmentMaximumCount - counted);
    setNotice(chosen.length > room ? t('drafting.files.tooMany', { max: attachmentMaximumCount }) : null);
    if (room > 0) onAdd(chosen.slice(0, room));
  };

  return (
    <div className="mt-4">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant="secondary"
          size="small"
          onClick={() => inputRef.current?.click()}
          disabled={counted >= attachmentMaximumCount}
          aria-describedby={hintId}
        >
          <UploadIcon className="text-base" />
          {t('drafting.files.add')}
        </Button>
        <p id={hintId} className="text-xs text-slate-500">
          {t('drafting.files.hint', { max: attachmentMaximumCount })}
        </p>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={attachmentAccept}
          hidden
          onChange={(event) => {
            choose([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
      </div>
      {notice !== null && (
        <p role="alert" className="mt-1.5 text-xs font-medium text-red-700">
          {notice}
        </p>
      )}
      {files.length > 0 && (
        <ul aria-label={t('drafting.files.label')} className="mt-2 flex flex-wrap gap-2">
          {files.map((file) => (
            <li
              key={file.id}
              data-testid="reference-file"
              data-status={file.status}
              className={classNames(
                'flex max-w-full min-w-0 items-center gap-2 rounded-xl border px-2.5 py-1.5 text-xs',
                file.status === 'failed'
                  ? 'border-red-200 bg-red-50 text-red-800'
                  : 'border-slate-200 bg-slate-50 text-slate-700',
              )}
            >
              <span className="min-w-0 truncate font-medium" title={file.name}>
                {file.name}
              </span>
              {file.status === 'uploading' && (
                <span
                  role="progressbar"
                  aria-label={t('drafting.files.reading', { name: file.name })}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.round(file.fraction * 100)}
                  className="h-1.5 w-16 shrink-0 overflow-hidden rounded-full bg-slate-200"
                >
                  <span
                    className="block h-full rounded-full bg-blue-600 transition-[width]"
                    style={{ width: `${String(Math.round(file.fraction * 100))}%` }}
                  />
                </span>
              )}
              {file.status === 'ready' && (
                <span className="shrink-0 text-slate-500">
                  {t('drafting.files.characters', {
                    characters: file.characters.toLocaleString(i18n.language),
                  })}
                </span>
              )}
              {file.status === 'failed' && <span className="min-w-0">{file.message}</span>}
              <button
                type="button"
                onClick={() => onRemove(file.id)}
                aria-label={t('drafting.files.remove', { name: file.name })}
                className="-mr-1 inline-flex size-5 shrink-0 items-center justify-center rounded-md hover:bg-slate-200"
              >
                <CloseIcon className="text-xs" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
