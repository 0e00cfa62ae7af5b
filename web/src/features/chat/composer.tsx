import {
  useLayoutEffect,
  useRef,
  useState,
  type DragEvent,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { SendIcon, StopIcon, UploadIcon } from '../../components/icons';
import { AttachmentChips } from './attachments/attachment-chips';
import { attachmentAccept, type ComposerAttachment } from './attachments/composer-attachments';

export interface ComposerProps {
  value: string;
  onChange: (value: string) => void;
  onSend: () => void;
  onStop: () => void;
  /** This conversation's answer is streaming: the send button becomes 중지. */
  streaming: boolean;
  /** Sending is not possible right now (no model, another answer in progress, …). */
  sendDisabled: boolean;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  notice?: string | null;
  /** Files attached to the next question; with at least one ready, the question may be left empty. */
  attachments?: readonly ComposerAttachment[];
  onAttachFiles?: (files: File[]) => void;
  onRemoveAttachment?: (id: string) => void;
  onAttachmentInternalChange?: (id: string, internal: boolean) => void;
  /** More controls beside 파일 첨부 (the 지식 모음 picker). */
  tools?: ReactNode;
  /** Shown above the question with the attached files (the chosen collections). */
  aboveInput?: ReactNode;
  /** Draws attention to 파일 첨부 (an assistant expects files), described by the element with this id. */
  attachHighlight?: { describedBy: string } | null;
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

const maximumTextareaHeight = 240;

export function Composer({
  value,
  onChange,
  onSend,
  onStop,
  streaming,
  sendDisabled,
  textareaRef,
  notice,
  attachments = [],
  onAttachFiles,
  onRemoveAttachment,
  onAttachmentInternalChange,
  tools,
  aboveInput,
  attachHighlight = null,
}: ComposerProps) {
  const { t } = useTranslation();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const uploading = attachments.some((attachment) => attachment.status === 'uploading');
  const hasReadyAttachment = attachments.some((attachment) => attachment.status === 'ready');
  const canSend = !sendDisabled && !streaming && !uploading && (value.trim() !== '' || hasReadyAttachment);

  // Grow with the text up to a limit, then scroll inside.
  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (textarea === null) {
      return;
    }
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight, maximumTextareaHeight)}px`;
  }, [value, textareaRef]);

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // While a Korean IME is composing, Enter only commits the syllable; sending then would cut off the
    // last character. Safari ends the composition before keydown, leaving keyCode 229 as the only sign.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- keyCode is the only Safari IME signal
    const imeKeyCode = event.keyCode === 229;
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing || imeKeyCode) {
      return;
    }
    event.preventDefault();
    if (canSend) {
      onSend();
    }
  };

  const attachFiles = (files: FileList | null) => {
    if (onAttachFiles !== undefined && files !== null && files.length > 0) {
      onAttachFiles([...files]);
    }
  };

  return (
    <form
      data-testid="composer"
      onSubmit={(event) => {
        event.preventDefault();
        if (canSend) {
          onSend();
        }
      }}
      onDragOver={(event) => {
        if (onAttachFiles !== undefined && hasFiles(event)) {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setDragging(false);
        }
      }}
      onDrop={(event) => {
        if (onAttachFiles !== undefined && hasFiles(event)) {
          event.preventDefault();
          setDragging(false);
          attachFiles(event.dataTransfer.files);
        }
      }}
      className={classNames(
        'rounded-2xl border bg-white p-2 shadow-sm focus-within:border-blue-500 focus-within:ring-2 focus-within:ring-blue-500/20',
        dragging ? 'border-blue-500 bg-blue-50/50 ring-2 ring-blue-500/20' : 'border-slate-300',
      )}
    >
      {onRemoveAttachment !== undefined && onAttachmentInternalChange !== undefined && (
        <AttachmentChips
          attachments={attachments}
          onRemove={onRemoveAttachment}
          onInternalChange={onAttachmentInternalChange}
        />
      )}
      {aboveInput}
      <textarea
        ref={textareaRef}
        aria-label={t('chat.composerLabel')}
        placeholder={t('chat.composerPlaceholder')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={handleKeyDown}
        rows={1}
        className="block max-h-60 w-full resize-none bg-transparent px-2.5 py-2 text-[15px] leading-6 text-slate-900 placeholder:text-slate-400 focus:outline-none focus-visible:outline-none"
      />
      <div className="flex items-center justify-between gap-3 px-1 pt-1">
        {onAttachFiles !== undefined && (
          <>
            <input
              ref={fileInputRef}
              type="file"
              multiple
              accept={attachmentAccept}
              className="sr-only"
              tabIndex={-1}
              aria-hidden="true"
              data-testid="attachment-input"
              onChange={(event) => {
                attachFiles(event.target.files);
                event.target.value = '';
              }}
            />
            <button
              type="button"
              onClick={() => fileInputRef.current?.click()}
              title={t('chat.attachFileHint')}
              aria-describedby={attachHighlight?.describedBy}
              data-highlighted={attachHighlight === null ? undefined : true}
              className={classNames(
                'inline-flex h-9 shrink-0 items-center gap-1.5 rounded-xl px-2.5 text-sm font-medium',
                attachHighlight === null
                  ? 'text-slate-600 hover:bg-slate-100 hover:text-slate-900'
                  : 'bg-blue-50 text-blue-800 ring-2 ring-blue-400 hover:bg-blue-100',
              )}
            >
              <UploadIcon className="text-base" />
              {t('chat.attachFile')}
            </button>
          </>
        )}
        {tools}
        <p className="min-w-0 flex-1 truncate text-xs text-slate-500">{notice}</p>
        {streaming ? (
          <button
            type="button"
            onClick={onStop}
            className="inline-flex h-9 items-center gap-1.5 rounded-xl bg-slate-800 px-3.5 text-sm font-medium text-white hover:bg-slate-900"
          >
            <StopIcon className="text-sm" />
            {t('chat.stop')}
          </button>
        ) : (
          <button
            type="submit"
            disabled={!canSend}
            className={classNames(
              'inline-flex h-9 items-center gap-1.5 rounded-xl px-3.5 text-sm font-medium transition-colors',
              canSend
                ? 'bg-blue-600 text-white hover:bg-blue-700'
                : 'cursor-not-allowed bg-slate-100 text-slate-400',
            )}
          >
            <SendIcon className="text-base" />
            {t('chat.send')}
          </button>
        )}
      </div>
    </form>
  );
}
