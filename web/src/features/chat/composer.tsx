import { useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { SendIcon, StopIcon } from '../../components/icons';

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
}: ComposerProps) {
  const { t } = useTranslation();
  const canSend = !sendDisabled && !streaming && value.trim() !== '';

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

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (canSend) {
          onSend();
        }
      }}
      className="rounded-2xl border border-slate-300 bg-white p-2 shadow-sm focus-within:border-blue-500 focus-within:ring-2 focus-within:ring-blue-500/20"
    >
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
        <p className="min-w-0 truncate text-xs text-slate-500">{notice}</p>
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
