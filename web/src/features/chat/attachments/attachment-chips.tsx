import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../../components/class-names';
import { CloseIcon } from '../../../components/icons';
import type { ComposerAttachment } from './composer-attachments';

export interface AttachmentChipsProps {
  attachments: readonly ComposerAttachment[];
  onRemove: (id: string) => void;
  onInternalChange: (id: string, internal: boolean) => void;
}

/** The composer's files: name, size in characters, the 내부 자료 mark, a remove button. */
export function AttachmentChips({ attachments, onRemove, onInternalChange }: AttachmentChipsProps) {
  const { t, i18n } = useTranslation();
  const hintId = useId();
  if (attachments.length === 0) {
    return null;
  }
  return (
    <>
      <p id={hintId} className="sr-only">
        {t('chat.attachmentInternalHint')}
      </p>
      <ul aria-label={t('chat.attachmentsLabel')} className="flex flex-wrap gap-2 px-1 pb-2">
        {attachments.map((attachment) => (
          <li
            key={attachment.id}
            data-testid="attachment-chip"
            data-status={attachment.status}
            className={classNames(
              'flex max-w-full min-w-0 items-center gap-2 rounded-xl border px-2.5 py-1.5 text-xs',
              attachment.status === 'failed'
                ? 'border-red-200 bg-red-50 text-red-800'
                : 'border-slate-200 bg-slate-50 text-slate-700',
            )}
          >
            <span className="min-w-0 truncate font-medium" title={attachment.name}>
              {attachment.name}
            </span>
            {attachment.status === 'uploading' && (
              <span
                role="progressbar"
                aria-label={t('chat.attachmentUploading', { name: attachment.name })}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(attachment.fraction * 100)}
                className="h-1.5 w-16 shrink-0 overflow-hidden rounded-full bg-slate-200"
              >
                <span
                  className="block h-full rounded-full bg-blue-600 transition-[width]"
                  style={{ width: `${String(Math.round(attachment.fraction * 100))}%` }}
                />
              </span>
            )}
            {attachment.status === 'ready' && (
              <>
                <span className="shrink-0 text-slate-500">
                  {t('chat.attachmentCharacters', {
                    characters: attachment.characters.toLocaleString(i18n.language),
                  })}
                </span>
                <label
                  className="inline-flex shrink-0 cursor-pointer items-center gap-1"
                  title={t('chat.attachmentInternalHint')}
                >
                  <input
                    type="checkbox"
                    checked={attachment.internal}
                    onChange={(event) => onInternalChange(attachment.id, event.target.checked)}
                    aria-describedby={hintId}
                    className="size-3.5 accent-blue-600"
                  />
                  {t('chat.attachmentInternal')}
                </label>
              </>
            )}
            {attachment.status === 'failed' && (
              <span role="alert" className="min-w-0">
                {attachment.message}
              </span>
            )}
            <button
              type="button"
              onClick={() => onRemove(attachment.id)}
              aria-label={t('chat.attachmentRemove', { name: attachment.name })}
              className="-mr-1 inline-flex size-5 shrink-0 items-center justify-center rounded-md text-slate-500 hover:bg-slate-200 hover:text-slate-800"
            >
              <CloseIcon className="text-xs" />
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
