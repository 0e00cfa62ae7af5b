import type { KnowledgeCollection } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ElapsedProgress } from '../../components/elapsed-progress';
import { SelectField } from '../../components/select-field';
import { submitOnShortcut } from '../../components/submit-on-shortcut';
import { inputClassName } from '../../components/text-field';
import { knowledgeKeys, searchHistoryQuery, searchKnowledge, type SearchInput } from './knowledge-queries';
import { SearchResults } from './search-results';

const limits = [5, 10, 20, 50] as const;
const maximumQueryLength = 2_000;

/**
 * 검색 시험 (like Dify's hit testing): ask the collection a question and see which passages come back,
 * with each signal's score and rank, so a manager can judge whether answers will be grounded well.
 */
export function RetrievalConsole({ collection }: { collection: KnowledgeCollection }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const queryId = useId();
  const resultsHeadingId = useId();
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState<number>(10);
  const [problem, setProblem] = useState<string | null>(null);
  const history = useQuery(searchHistoryQuery);

  const search = useMutation({
    mutationFn: (input: SearchInput) => searchKnowledge(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.history() }),
  });

  const run = (text: string) => {
    const trimmed = text.trim();
    if (trimmed === '') {
      setProblem(t('knowledge.search.emptyQuery'));
      return;
    }
    setProblem(null);
    search.mutate({ query: trimmed, collectionIds: [collection.id], limit });
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(query);
  };

  const recent = (history.data ?? [])
    .filter((entry) => entry.collectionIds.includes(collection.id))
    .slice(0, 10);
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <section aria-labelledby={`${queryId}-heading`} className="min-w-0">
        <h2 id={`${queryId}-heading`} className="text-lg font-semibold text-slate-900">
          {t('knowledge.console.heading')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('knowledge.console.description')}</p>
        <form
          onSubmit={handleSubmit}
          noValidate
          className="mt-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
        >
          <label htmlFor={queryId} className="mb-1.5 block text-sm font-medium text-slate-700">
            {t('knowledge.console.queryLabel')}
          </label>
          <textarea
            id={queryId}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={submitOnShortcut(() => run(query))}
            maxLength={maximumQueryLength}
            rows={3}
            placeholder={t('knowledge.search.queryPlaceholder')}
            aria-describedby={`${queryId}-hint`}
            aria-invalid={problem === null ? undefined : true}
            className={`${inputClassName} resize-y`}
          />
          <p id={`${queryId}-hint`} className="mt-1.5 text-xs text-slate-500">
            {t('knowledge.console.shortcutHint')}
          </p>
          <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
            <SelectField
              label={t('knowledge.console.limit')}
              value={String(limit)}
              onChange={(event) => setLimit(Number(event.target.value))}
              className="w-32"
            >
              {limits.map((value) => (
                <option key={value} value={value}>
                  {t('knowledge.console.limitOption', { count: value })}
                </option>
              ))}
            </SelectField>
            <Button type="submit" disabled={search.isPending}>
              {search.isPending ? t('knowledge.search.searching') : t('knowledge.console.submit')}
            </Button>
          </div>
        </form>

        {problem !== null && (
          <Alert tone="error" className="mt-4">
            {problem}
          </Alert>
        )}
        {search.isPending && <ElapsedProgress className="mt-4" label={t('knowledge.search.searching')} />}
        {search.isError && (
          <Alert tone="error" className="mt-4">
            {search.error.message}
          </Alert>
        )}
        {search.isSuccess && (
          <SearchResults
            result={search.data}
            showScores
            showCollection={false}
            headingId={resultsHeadingId}
            heading={t('knowledge.console.resultsHeading')}
          />
        )}
      </section>

      <aside aria-labelledby={`${queryId}-history`} className="min-w-0">
        <h2 id={`${queryId}-history`} className="text-sm font-semibold text-slate-900">
          {t('knowledge.console.historyHeading')}
        </h2>
        {history.isPending && <LoadingInline />}
        {history.isError && (
          <Alert tone="error" className="mt-2">
            {history.error.message}
          </Alert>
        )}
        {history.isSuccess && recent.length === 0 && (
          <p className="mt-2 text-xs text-slate-500">{t('knowledge.console.historyEmpty')}</p>
        )}
        {recent.length > 0 && (
          <ul className="mt-2 space-y-1">
            {recent.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  onClick={() => {
                    setQuery(entry.query);
                    run(entry.query);
                  }}
                  disabled={search.isPending}
                  aria-label={t('knowledge.console.rerun', { query: entry.query })}
                  className="block w-full rounded-lg px-2.5 py-1.5 text-left hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60"
                >
                  <span className="line-clamp-2 text-sm text-slate-800">{entry.query}</span>
                  <span className="block text-xs text-slate-500 tabular-nums">
                    {t('knowledge.console.historyMeta', {
                      count: entry.resultCount,
                      milliseconds: entry.tookMs,
                      time: dateTime.format(new Date(entry.createdAt)),
                    })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </aside>
    </div>
  );
}

function LoadingInline() {
  const { t } = useTranslation();
  return (
    <p role="status" className="mt-2 text-xs text-slate-500">
      {t('app.loading')}
    </p>
  );
}
