import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { ArrowDownIcon, ArrowUpIcon, CloseIcon, PlusIcon } from '../../components/icons';
import { selectClassName } from '../../components/select-field';
import { moveItem } from './move-item';

export interface FallbackChainEditorProps {
  modelId: string;
  fallbacks: readonly string[];
  /** Models that may be added (same capability, not chosen yet). */
  candidates: readonly string[];
  onChange: (fallbacks: string[]) => void;
  disabled?: boolean;
}

type FocusTarget = 'up' | 'down' | 'remove';

const iconButtonClassName =
  'inline-flex size-8 items-center justify-center rounded-md text-slate-500 hover:bg-slate-100 hover:text-slate-900 disabled:cursor-not-allowed disabled:text-slate-300 disabled:hover:bg-transparent';

/**
 * The ordered fallback chain of one model: tried from the top when the model cannot answer.
 * Every step is a button, so reordering works by keyboard; focus follows the moved model.
 */
export function FallbackChainEditor({
  modelId,
  fallbacks,
  candidates,
  onChange,
  disabled = false,
}: FallbackChainEditorProps) {
  const { t } = useTranslation();
  const legendId = useId();
  const hintId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const addSelectRef = useRef<HTMLSelectElement>(null);
  const [selectedCandidate, setSelectedCandidate] = useState('');
  const toAdd = candidates.includes(selectedCandidate) ? selectedCandidate : '';

  /** After React has re-rendered the list, put focus back on a button of `id` (or a sensible neighbour). */
  const focusAfterRender = (id: string | undefined, target: FocusTarget) => {
    requestAnimationFrame(() => {
      const buttons = id === undefined ? [] : findButtons(listRef.current, id);
      const order: FocusTarget[] =
        target === 'up'
          ? ['up', 'down', 'remove']
          : target === 'down'
            ? ['down', 'up', 'remove']
            : ['remove'];
      for (const action of order) {
        const button = buttons.find((element) => element.dataset.action === action);
        if (button !== undefined && !button.disabled) {
          button.focus();
          return;
        }
      }
      addSelectRef.current?.focus();
    });
  };

  const move = (index: number, offset: number) => {
    const id = fallbacks[index];
    onChange(moveItem(fallbacks, index, offset));
    focusAfterRender(id, offset < 0 ? 'up' : 'down');
  };

  const remove = (index: number) => {
    const next = fallbacks.filter((_, position) => position !== index);
    onChange(next);
    focusAfterRender(next[index] ?? next[index - 1], 'remove');
  };

  return (
    <div role="group" aria-labelledby={legendId} aria-describedby={hintId}>
      <p id={legendId} className="text-sm font-medium text-slate-700">
        {t('modelStatus.fallbacks')}
      </p>
      <p id={hintId} className="mt-0.5 text-xs text-slate-500">
        {t('modelStatus.fallbacksHint')}
      </p>

      {fallbacks.length === 0 ? (
        <p className="mt-2 rounded-lg border border-dashed border-slate-300 px-3 py-2 text-sm text-slate-500">
          {t('modelStatus.noFallbacks')}
        </p>
      ) : (
        <ol
          ref={listRef}
          aria-label={t('modelStatus.fallbackListFor', { model: modelId })}
          className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200"
        >
          {fallbacks.map((fallback, index) => (
            <li key={fallback} data-fallback={fallback} className="flex items-center gap-2 py-1 pr-1 pl-3">
              <span className="w-5 shrink-0 text-xs text-slate-400 tabular-nums" aria-hidden="true">
                {index + 1}
              </span>
              <span className="min-w-0 flex-1 truncate font-mono text-sm text-slate-800" title={fallback}>
                {fallback}
              </span>
              <button
                type="button"
                data-action="up"
                className={iconButtonClassName}
                onClick={() => move(index, -1)}
                disabled={disabled || index === 0}
                aria-label={t('modelStatus.moveUp', { model: fallback })}
                title={t('modelStatus.moveUp', { model: fallback })}
              >
                <ArrowUpIcon />
              </button>
              <button
                type="button"
                data-action="down"
                className={iconButtonClassName}
                onClick={() => move(index, 1)}
                disabled={disabled || index === fallbacks.length - 1}
                aria-label={t('modelStatus.moveDown', { model: fallback })}
                title={t('modelStatus.moveDown', { model: fallback })}
              >
                <ArrowDownIcon />
              </button>
              <button
                type="button"
                data-action="remove"
                className={`${iconButtonClassName} hover:text-red-700`}
                onClick={() => remove(index)}
                disabled={disabled}
                aria-label={t('modelStatus.removeFallback', { model: fallback })}
                title={t('modelStatus.removeFallback', { model: fallback })}
              >
                <CloseIcon />
              </button>
            </li>
          ))}
        </ol>
      )}

      {candidates.length === 0 ? (
        <p className="mt-2 text-xs text-slate-500">{t('modelStatus.noCandidates')}</p>
      ) : (
        <div className="mt-2 flex gap-2">
          <select
            ref={addSelectRef}
            aria-label={t('modelStatus.addFallbackSelect')}
            value={toAdd}
            onChange={(event) => setSelectedCandidate(event.target.value)}
            disabled={disabled}
            className={`${selectClassName} h-9 min-w-0 flex-1 font-mono`}
          >
            <option value="">{t('modelStatus.addFallbackPlaceholder')}</option>
            {candidates.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            size="small"
            className="h-9"
            disabled={disabled || toAdd === ''}
            onClick={() => {
              onChange([...fallbacks, toAdd]);
              setSelectedCandidate('');
            }}
          >
            <PlusIcon className="text-base" />
            {t('modelStatus.addFallback')}
          </Button>
        </div>
      )}
    </div>
  );
}

function findButtons(list: HTMLOListElement | null, fallbackId: string): HTMLButtonElement[] {
  if (list === null) {
    return [];
  }
  const item = [...list.children].find(
    (element): element is HTMLElement =>
      element instanceof HTMLElement && element.dataset.fallback === fallbackId,
  );
  return item === undefined ? [] : [...item.querySelectorAll('button')];
}
