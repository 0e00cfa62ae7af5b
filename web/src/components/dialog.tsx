import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CloseIcon } from './icons';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Tailwind max-width class of the panel. */
  widthClassName?: string;
  /** False for content that must not vanish on a stray click (a key shown once); Escape still closes. */
  closeOnBackdropClick?: boolean;
  /**
   * False for a dialog only its own buttons may end (an acknowledgement everyone must give): no close
   * button, Escape and backdrop clicks do nothing, and `onClose` is never called.
   */
  dismissible?: boolean;
}

/**
 * Modal built on the native <dialog>: the browser traps focus, closes on Escape and returns focus to
 * the opener, so keyboard use works without extra code. Content mounts only while open so forms start fresh.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  widthClassName = 'max-w-md',
  closeOnBackdropClick = true,
  dismissible = true,
}: DialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) {
      return;
    }
    if (open && !dialog.open) {
      dialog.showModal();
      // showModal() would focus the close button; the content names its own starting point instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React state decide, so the dialog and `open` never disagree.
        event.preventDefault();
        if (dismissible) onClose();
      }}
      onKeyDown={(event) => {
        // Chromium lets a second Escape close a dialog whatever its cancel handler says; stop it earlier.
        if (!dismissible && event.key === 'Escape') event.preventDefault();
      }}
      onClose={(event) => {
        // Closed by the browser anyway: an undismissible dialog opens again.
        if (!dismissible && open) event.currentTarget.showModal();
      }}
      onClick={(event) => {
        if (dismissible && closeOnBackdropClick && event.target === event.currentTarget) {
          onClose(); // click on the backdrop
        }
      }}
      className={`m-auto w-[calc(100%-2rem)] ${widthClassName} rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/40`}
    >
      {open && (
        <div className="p-6">
          <div className="mb-4 flex items-start justify-between gap-4">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            {dismissible && (
              <button
                type="button"
                onClick={onClose}
                aria-label={t('common.close')}
                className="-m-1 rounded-md p-1 text-xl text-slate-500 hover:bg-slate-100 hover:text-slate-800"
              >
                <CloseIcon />
              </button>
            )}
          </div>
          {children}
        </div>
      )}
    </dialog>
  );
}
