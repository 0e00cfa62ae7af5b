import type { KnowledgeCollection } from '@jumugwan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ElapsedProgress } from '../../components/elapsed-progress';
import { SelectField } from '../../components/select-field';
import { inputClassName } from '../../components/text-field';
import { knowledgeKeys, searchKnowledge, type SearchInput } from './knowledge-queries';
import { SearchResults } from './search-results';

const resultLimit = 10;
const maximumQueryLength = 2_000;

/**
 * 문서에서 찾기: the most relevant passages over every readable collection (or one), with their sources.
 * It works without any chat model, so staff can always get to the text itself.
 */
export function KnowledgeSearchPanel({ collections }: { collections: readonly KnowledgeCollection[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const queryId = useId();
  const hintId = useId();
  const resultsHeadingId = useId();
  const [query, setQuery] = useState('');
  const [collectionId, setCollectionId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const search = useMutation({
    mutationFn: (input: SearchInput) => searchKnowledge(input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: knowledgeKeys.history() }),
  });

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = query.trim();
    if (trimmed === '') {
      setProblem(t('knowledge.search.emptyQuery'));
      return;
    }
    setProblem(null);
    search.mutate({
      query: trimmed,
      limit: resultLimit,
      ...(collectionId === '' ? {} : { collectionIds: [collectionId] }),
    });
  };

  return (
    <section
      aria-labelledby={`${queryId}-heading`}
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={`${queryId}-heading`} className="text-lg font-semibold text-slate-900">
        {t('knowledge.search.heading')}
      </h2>
      <form role="search" onSubmit={handleSubmit} noValidate className="mt-3">
        <div className="grid gap-3 md:grid-cols-[minmax(0,1fr)_16rem_auto] md:items-end">
          <div>
            <label htmlFor={queryId} className="mb-1.5 block text-sm font-medium text-slate-700">
              {t('knowledge.search.queryLabel')}
            </label>
            <input
              id={queryId}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder={t('knowledge.search.queryPlaceholder')}
              maxLength={maximumQueryLength}
              aria-describedby={hintId}
              aria-invalid={problem === null ? undefined : true}
              enterKeyHint="search"
              className={inputClassName}
            />
          </div>
          <SelectField
            label={t('knowledge.search.collectionLabel')}
            value={collectionId}
            onChange={(event) => setCollectionId(event.target.value)}
          >
            <option value="">{t('knowledge.search.allCollections', { count: collections.length })}</option>
            {collections.map((collection) => (
              <option key={collection.id} value={collection.id}>
                {collection.name}
              </option>
            ))}
          </SelectField>
          <Button type="submit" disabled={search.isPending}>
            {search.isPending ? t('knowledge.search.searching') : t('knowledge.search.submit')}
          </Button>
        </div>
        <p id={hintId} className="mt-1.5 text-xs text-slate-500">
          {t('knowledge.search.hint')}
        </p>
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
          showScores={false}
          showCollection
          headingId={resultsHeadingId}
          heading={t('knowledge.search.resultsHeading')}
        />
      )}
    </section>
  );
}
