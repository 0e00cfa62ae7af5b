import type { KnowledgeCollection } from '@jumugwan/contracts';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode, type SVGProps } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { CloseIcon } from '../../components/icons';
import {
  collectionScopeOrder,
  groupCollectionsByScope,
  maximumChosenCollections,
  toggledCollection,
} from './chosen-collections';

function BookIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      {...props}
    >
      <path d="M4 19.5A2.5 2.5 0 0 1 6.5 17H20V3H6.5A2.5 2.5 0 0 0 4 5.5v14Z" />
      <path d="M4 19.5A2.5 2.5 0 0 0 6.5 22H20v-5" />
    </svg>
  );
}

function InternalBadge() {
  const { t } = useTranslation();
  return (
    <span
      title={t('chat.knowledge.internalHint')}
      className="inline-flex shrink-0 items-center rounded-full bg-amber-50 px-1.5 text-[11px] leading-4 font-medium text-amber-800 ring-1 ring-amber-200"
    >
      {t('chat.knowledge.internalBadge')}
    </span>
  );
}

export interface KnowledgePickerProps {
  /** The readable collections; undefined until loaded. */
  collections: readonly KnowledgeCollection[] | undefined;
  /** Why the list could not be loaded, shown in the popover. */
  loadError: string | null;
  chosenIds: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * The 지식 모음 button and its popover: checkboxes of the readable collections grouped 공통 / 부서 /
 * 개인. Native checkboxes (Tab, Space), arrow keys move between them, Escape closes and returns to the
 * button, and so does leaving the popover.
 */
export function KnowledgePicker({ collections, loadError, chosenIds, onChange }: KnowledgePickerProps) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const popoverId = useId();
  const internalHintId = useId();
  const limitId = useId();
  const chosenCount = chosenIds.length;
  const full = chosenCount >= maximumChosenCollections;

  // Opening moves into the list, at the first checkbox.
  useEffect(() => {
    if (open) {
      popoverRef.current?.querySelector<HTMLElement>('input:not(:disabled), button')?.focus();
    }
  }, [open]);

  // A click anywhere else closes it.
  useEffect(() => {
    if (!open) {
      return;
    }
    const closeOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && containerRef.current?.contains(event.target) !== true) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      return;
    }
    if (
      event.key === 'Enter' &&
      event.target instanceof HTMLInputElement &&
      event.target.type === 'checkbox'
    ) {
      // Enter toggles, as Space does, instead of submitting the composer the popover sits in.
      event.preventDefault();
      event.target.click();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
      return;
    }
    const boxes = [
      ...(popoverRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []),
    ];
    const current = boxes.findIndex((box) => box === document.activeElement);
    if (boxes.length === 0) {
      return;
    }
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = current === -1 ? 0 : (current + step + boxes.length) % boxes.length;
    boxes[next]?.focus();
  };

  let body: ReactNode;
  if (collections === undefined) {
    body = (
      <p className={classNames('px-3 py-3 text-sm', loadError === null ? 'text-slate-500' : 'text-red-700')}>
        {loadError ?? t('chat.knowledge.loading')}
      </p>
    );
  } else if (collections.length === 0) {
    body = <p className="px-3 py-3 text-sm text-slate-500">{t('chat.knowledge.empty')}</p>;
  } else {
    const groups = groupCollectionsByScope(collections);
    body = collectionScopeOrder.map((scope) =>
      groups[scope].length === 0 ? null : (
        <fieldset key={scope} className="px-1 py-1">
          <legend className="px-2 pt-1 text-xs font-semibold text-slate-500">
            {t(`chat.knowledge.scopes.${scope}`)}
          </legend>
          <ul>
            {groups[scope].map((collection) => {
              const checked = chosenIds.includes(collection.id);
              const internal = collection.sensitivity === 'internal';
              return (
                <li key={collection.id}>
                  <label
                    className={classNames(
                      'flex items-center gap-2 rounded-lg px-2 py-1.5 text-sm',
                      !checked && full
                        ? 'cursor-not-allowed text-slate-400'
                        : 'cursor-pointer text-slate-800 hover:bg-slate-100',
                    )}
                  >
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={(event) =>
                        onChange(toggledCollection(chosenIds, collection.id, event.target.checked))
                      }
                      aria-describedby={
                        [internal ? internalHintId : null, !checked && full ? limitId : null]
                          .filter((id) => id !== null)
                          .join(' ') || undefined
                      }
                      data-testid="knowledge-option"
                      className="size-4 shrink-0 accent-blue-600"
                    />
                    <span className="min-w-0 flex-1 truncate" title={collection.name}>
                      {collection.name}
                    </span>
                    {internal && <InternalBadge />}
                    <span className="shrink-0 text-xs text-slate-500">
                      {t('chat.knowledge.documentCount', {
                        documents: collection.documentCount.toLocaleString(i18n.language),
                      })}
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ),
    );
  }

  return (
    <div
      ref={containerRef}
      className="relative"
      onBlur={(event) => {
        // Tabbing out of the popover closes it.
        if (open && !event.currentTarget.contains(event.relatedTarget)) {
          setOpen(false);
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        title={t('chat.knowledge.pickerHint')}
        onClick={() => setOpen((current) => !current)}
        data-testid="knowledge-picker"
        className={classNames(
          'inline-flex h-9 shrink-0 items-center gap-1.5 rounded-xl px-2.5 text-sm font-medium',
          chosenCount > 0
            ? 'bg-blue-50 text-blue-700 hover:bg-blue-100'
            : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
        )}
      >
        <BookIcon className="text-base" />
        {chosenCount > 0
          ? t('chat.knowledge.pickerChosen', { count: chosenCount })
          : t('chat.knowledge.picker')}
      </button>
      {open && (
        <div
          ref={popoverRef}
          id={popoverId}
          role="group"
          aria-label={t('chat.knowledge.listLabel')}
          onKeyDown={handleKeyDown}
          className="absolute bottom-full left-0 z-30 mb-2 flex max-h-[min(24rem,60vh)] w-[min(22rem,calc(100vw-2rem))] flex-col rounded-xl border border-slate-200 bg-white shadow-lg"
        >
          <p id={internalHintId} className="sr-only">
            {t('chat.knowledge.internalHint')}
          </p>
          <div className="min-h-0 flex-1 overflow-y-auto py-1">{body}</div>
          <div className="flex items-center gap-2 border-t border-slate-200 px-3 py-2">
            <p id={limitId} className="min-w-0 flex-1 text-xs text-slate-500">
              {full ? t('chat.knowledge.limit', { count: maximumChosenCollections }) : null}
            </p>
            <button
              type="button"
              disabled={chosenCount === 0}
              onClick={() => {
                // Focus stays in the popover, which the disabled button would leave.
                popoverRef.current?.querySelector<HTMLElement>('input[type="checkbox"]')?.focus();
                onChange([]);
              }}
              className="h-8 rounded-md px-2 text-xs font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent"
            >
              {t('chat.knowledge.clear')}
            </button>
            <button
              type="button"
              onClick={close}
              className="h-8 rounded-md bg-slate-100 px-2.5 text-xs font-medium text-slate-700 hover:bg-slate-200"
            >
              {t('chat.knowledge.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/** The chosen collections above the question, each removable; internal ones carry the 내부 badge. */
export function KnowledgeChips({
  collections,
  onRemove,
}: {
  collections: readonly KnowledgeCollection[];
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  if (collections.length === 0) {
    return null;
  }
  return (
    <ul
      aria-label={t('chat.knowledge.chosenLabel')}
      data-testid="knowledge-chips"
      className="flex flex-wrap gap-2 px-1 pb-2"
    >
      {collections.map((collection) => (
        <li
          key={collection.id}
          data-testid="knowledge-chip"
          className="flex max-w-full min-w-0 items-center gap-1.5 rounded-xl border border-blue-200 bg-blue-50 px-2.5 py-1 text-xs text-blue-900"
        >
          <BookIcon className="shrink-0 text-sm text-blue-600" />
          <span className="min-w-0 truncate font-medium" title={collection.name}>
            {collection.name}
          </span>
          {collection.sensitivity === 'internal' && <InternalBadge />}
          <button
            type="button"
            onClick={() => onRemove(collection.id)}
            aria-label={t('chat.knowledge.remove', { name: collection.name })}
            className="-mr-1 inline-flex size-5 shrink-0 items-center justify-center rounded-md text-blue-700 hover:bg-blue-100 hover:text-blue-900"
          >
            <CloseIcon className="text-xs" />
          </button>
        </li>
      ))}
    </ul>
  );
}
