import type { KnowledgeSearchHit } from '@jumugwan/contracts';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog } from '../../components/dialog';
import { inputClassName } from '../../components/text-field';
import { PassageSourceLine } from '../knowledge/passage-source-line';
import { searchKnowledge } from '../knowledge/knowledge-queries';
import type { StatuteEntry } from './field-values';
import { statuteFromPassage } from './statute-from-passage';

const resultLimit = 8;

export interface StatuteSearchDialogProps {
  open: boolean;
  /** The collections chosen for the draft; every readable one when empty. */
  collectionIds: readonly string[];
  onClose: () => void;
  onPick: (entry: StatuteEntry) => void;
}

/**
 * 지식에서 찾기: searches the knowledge collections and adds a found passage as a statute pair. Portalled
 * to the body, since the draft form around the field cannot contain the search form.
 */
export function StatuteSearchDialog({ open, collectionIds, onClose, onPick }: StatuteSearchDialogProps) {
  const { t } = useTranslation();
  return createPortal(
    <Dialog
      open={open}
      onClose={onClose}
      title={t('drafting.statutes.searchTitle')}
      widthClassName="max-w-2xl"
    >
      <StatuteSearch collectionIds={collectionIds} onPick={onPick} />
    </Dialog>,
    document.body,
  );
}

function StatuteSearch({
  collectionIds,
  onPick,
}: Pick<StatuteSearchDialogProps, 'collectionIds' | 'onPick'>) {
  const { t } = useTranslation();
  const inputId = useId();
  const resultsId = useId();
  const [query, setQuery] = useState('');
  const search = useMutation({
    mutationFn: (text: string) =>
      searchKnowledge({
        query: text,
        limit: resultLimit,
        ...(collectionIds.length === 0 ? {} : { collectionIds: [...collectionIds] }),
      }),
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // React events bubble through the portal: this submit must not reach the draft form.
    event.stopPropagation();
    if (query.trim() !== '') search.mutate(query.trim());
  };

  return (
    <div>
      <form role="search" onSubmit={handleSubmit} className="flex items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={inputId} className="mb-1.5 block text-sm font-medium text-slate-700">
            {t('drafting.statutes.searchLabel')}
          </label>
          {/* Not type="search": there Esc first clears the box, and Esc should close the dialog at once. */}
          <input
            id={inputId}
            type="text"
            enterKeyHint="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t('drafting.statutes.searchPlaceholder')}
            className={inputClassName}
            data-autofocus
          />
        </div>
        <Button type="submit" disabled={search.isPending || query.trim() === ''}>
          {search.isPending ? t('drafting.statutes.searching') : t('drafting.statutes.searchSubmit')}
        </Button>
      </form>
      <p className="mt-1.5 text-xs text-slate-500">
        {collectionIds.length === 0
          ? t('drafting.statutes.scopeAll')
          : t('drafting.statutes.scopeChosen', { count: collectionIds.length })}
      </p>
      {search.isError && (
        <Alert tone="error" className="mt-4">
          {search.error.message}
        </Alert>
      )}
      {search.isSuccess && (
        <section aria-labelledby={resultsId} className="mt-4">
          <h3 id={resultsId} className="sr-only">
            {t('drafting.statutes.results')}
          </h3>
          <p role="status" className="mb-2 text-sm text-slate-600">
            {t('drafting.statutes.found', { count: search.data.hits.length })}
          </p>
          <ol className="max-h-[50vh] space-y-3 overflow-y-auto">
            {search.data.hits.map((hit) => (
              <PassageChoice key={hit.chunkId} hit={hit} onPick={onPick} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function PassageChoice({ hit, onPick }: { hit: KnowledgeSearchHit; onPick: (entry: StatuteEntry) => void }) {
  const { t } = useTranslation();
  return (
    <li className="rounded-lg border border-slate-200 p-3">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm font-semibold text-slate-900">{hit.documentTitle}</p>
          <PassageSourceLine
            collectionName={hit.collectionName}
            sectionPath={hit.sectionPath}
            pageStart={hit.pageStart}
            pageEnd={hit.pageEnd}
          />
        </div>
        <Button
          size="small"
          variant="secondary"
          onClick={() => onPick(statuteFromPassage(hit))}
          aria-label={t('drafting.statutes.pickLabel', { title: hit.documentTitle })}
        >
          {t('drafting.statutes.pick')}
        </Button>
      </div>
      <p className="mt-2 line-clamp-6 text-sm leading-6 whitespace-pre-wrap text-slate-700">{hit.text}</p>
    </li>
  );
}
