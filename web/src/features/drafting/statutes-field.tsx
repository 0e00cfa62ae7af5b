import type { TemplateField } from '@jumugwan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button';
import { PlusIcon, TrashIcon } from '../../components/icons';
import { inputClassName } from '../../components/text-field';
import { emptyStatute, maximumStatutes, type StatuteEntry } from './field-values';
import { StatuteSearchDialog } from './statute-search-dialog';

export interface StatutesFieldProps {
  field: TemplateField;
  /** The first control's id; the error summary links to it. */
  id: string;
  entries: StatuteEntry[];
  onChange: (entries: StatuteEntry[]) => void;
  error: string | null;
  /** Where 지식에서 찾기 searches; every readable collection when empty. */
  collectionIds: readonly string[];
}

/**
 * 법령 조문: repeatable pairs of 법령명 and the articles' text, pasted or taken from a passage found in the
 * knowledge collections. The reply may only cite what is given here, so each pair needs both halves.
 */
export function StatutesField({ field, id, entries, onChange, error, collectionIds }: StatutesFieldProps) {
  const { t } = useTranslation();
  const [searching, setSearching] = useState(false);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const full = entries.length >= maximumStatutes;

  const update = (index: number, change: Partial<StatuteEntry>) =>
    onChange(entries.map((entry, at) => (at === index ? { ...entry, ...change } : entry)));
  const remove = (index: number) => {
    const rest = entries.filter((_, at) => at !== index);
    onChange(rest.length === 0 ? [emptyStatute()] : rest);
    // Focus would be lost with the removed row; the next row's name (or the one left) takes it.
    const next = Math.max(0, Math.min(index, rest.length - 1));
    requestAnimationFrame(() =>
      document.getElementById(next === 0 ? id : `${id}-${String(next)}-name`)?.focus(),
    );
  };
  const add = (entry: StatuteEntry) => {
    const blankAt = entries.findIndex(
      (candidate) => candidate.name.trim() === '' && candidate.text.trim() === '',
    );
    const next =
      blankAt === -1
        ? [...entries, entry]
        : entries.map((candidate, at) => (at === blankAt ? entry : candidate));
    onChange(next.slice(0, maximumStatutes));
    return blankAt === -1 ? next.length - 1 : blankAt;
  };

  return (
    <fieldset
      aria-describedby={
        [field.hint !== '' && hintId, error !== null && errorId].filter(Boolean).join(' ') || undefined
      }
      className="rounded-xl border border-slate-200 p-4"
    >
      <legend className="px-1 text-sm font-medium text-slate-700">
        {field.label}
        {field.required && (
          <>
            <span aria-hidden="true" className="ml-0.5 text-red-600">
              *
            </span>
            <span className="sr-only">{t('drafting.form.requiredMark')}</span>
          </>
        )}
      </legend>
      {field.hint !== '' && (
        <p id={hintId} className="mb-3 text-xs text-slate-500">
          {field.hint}
        </p>
      )}
      <ol className="space-y-4">
        {entries.map((entry, index) => {
          const prefix = `${id}-${String(index)}`;
          return (
            // Entries have no identity beyond their position; a row's inputs stay with its index.
            <li key={index} className="grid gap-2 sm:grid-cols-[12rem_minmax(0,1fr)_auto] sm:items-start">
              <div>
                <label
                  htmlFor={index === 0 ? id : `${prefix}-name`}
                  className="mb-1 block text-xs font-medium text-slate-600"
                >
                  {t('drafting.statutes.name', { number: index + 1 })}
                </label>
                <input
                  id={index === 0 ? id : `${prefix}-name`}
                  data-statute-name={index}
                  type="text"
                  value={entry.name}
                  onChange={(event) => update(index, { name: event.target.value })}
                  placeholder={t('drafting.statutes.namePlaceholder')}
                  maxLength={100}
                  aria-invalid={
                    error !== null && entry.name.trim() === '' && entry.text.trim() !== '' ? true : undefined
                  }
                  className={inputClassName}
                />
              </div>
              <div>
                <label htmlFor={`${prefix}-text`} className="mb-1 block text-xs font-medium text-slate-600">
                  {t('drafting.statutes.text', { number: index + 1 })}
                </label>
                <textarea
                  id={`${prefix}-text`}
                  value={entry.text}
                  onChange={(event) => update(index, { text: event.target.value })}
                  placeholder={t('drafting.statutes.textPlaceholder')}
                  rows={3}
                  maxLength={20_000}
                  aria-invalid={
                    error !== null && entry.text.trim() === '' && entry.name.trim() !== '' ? true : undefined
                  }
                  className={`${inputClassName} resize-y leading-6`}
                />
              </div>
              <Button
                variant="ghost"
                size="small"
                className="sm:mt-6"
                onClick={() => remove(index)}
                aria-label={t('drafting.statutes.remove', { number: index + 1 })}
              >
                <TrashIcon className="text-base" />
              </Button>
            </li>
          );
        })}
      </ol>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" size="small" onClick={() => add(emptyStatute())} disabled={full}>
          <PlusIcon className="text-base" />
          {t('drafting.statutes.add')}
        </Button>
        <Button variant="secondary" size="small" onClick={() => setSearching(true)} disabled={full}>
          {t('drafting.statutes.search')}
        </Button>
      </div>
      {error !== null && (
        <p id={errorId} className="mt-2 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
      <StatuteSearchDialog
        open={searching}
        collectionIds={collectionIds}
        onClose={() => setSearching(false)}
        onPick={(entry) => {
          const at = add(entry);
          setSearching(false);
          requestAnimationFrame(() =>
            document.getElementById(at === 0 ? id : `${id}-${String(at)}-name`)?.focus(),
          );
        }}
      />
    </fieldset>
  );
}
