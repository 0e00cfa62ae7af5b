import type { KnowledgeSearchHit, KnowledgeSearchResponse } from '@jumugwan/contracts';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { MarkdownContent } from '../chat/markdown-content';
import { PassageSourceLine } from './passage-source-line';
import { formatRank, formatScore, isLongPassage } from './passage-source';

export interface SearchResultsProps {
  result: KnowledgeSearchResponse;
  /** The retrieval console shows each signal's score and rank. */
  showScores: boolean;
  /** Left out when every hit comes from the one collection on screen. */
  showCollection: boolean;
  headingId: string;
  heading: string;
}

/** Ranked passages with their sources, the search mode and how long it took. */
export function SearchResults({
  result,
  showScores,
  showCollection,
  headingId,
  heading,
}: SearchResultsProps) {
  const { t, i18n } = useTranslation();
  const seconds = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(
    result.tookMs / 1000,
  );
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {heading}
        </h3>
        <p role="status" className="text-sm text-slate-600">
          {t('knowledge.search.summary', {
            count: result.hits.length,
            seconds,
            milliseconds: Math.round(result.tookMs),
          })}
        </p>
        <Badge tone={result.mode === 'hybrid' ? 'blue' : 'slate'}>
          {t(`knowledge.search.modes.${result.mode}`)}
        </Badge>
        {result.reranked && <Badge tone="emerald">{t('knowledge.search.reranked')}</Badge>}
      </div>
      {result.vectorExactScan && (
        <Alert tone="info" className="mb-3">
          {t('knowledge.search.exactScan')}
        </Alert>
      )}
      {result.hits.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          {t('knowledge.search.noResults')}
        </p>
      ) : (
        <ol className="space-y-3">
          {result.hits.map((hit, index) => (
            <SearchHitItem
              key={hit.chunkId}
              hit={hit}
              rank={index + 1}
              showScores={showScores}
              showCollection={showCollection}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function SearchHitItem({
  hit,
  rank,
  showScores,
  showCollection,
}: {
  hit: KnowledgeSearchHit;
  rank: number;
  showScores: boolean;
  showCollection: boolean;
}) {
  const { t } = useTranslation();
  const textId = useId();
  const [expanded, setExpanded] = useState(false);
  const long = isLongPassage(hit.text);
  const collapsed = long && !expanded;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <article aria-label={t('knowledge.search.hitLabel', { rank, title: hit.documentTitle })}>
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
          <h4 className="min-w-0 text-sm font-semibold text-slate-900">
            <span className="mr-2 text-slate-500 tabular-nums">{t('knowledge.search.rank', { rank })}</span>
            <Link
              to="/knowledge/passages/$chunkId"
              params={{ chunkId: String(hit.chunkId) }}
              className="text-blue-700 underline-offset-2 hover:underline"
            >
              {hit.documentTitle}
            </Link>
          </h4>
          <span className="text-xs text-slate-500">{hit.fileName}</span>
        </div>
        <PassageSourceLine
          className="mt-1"
          {...(showCollection ? { collectionName: hit.collectionName } : {})}
          sectionPath={hit.sectionPath}
          pageStart={hit.pageStart}
          pageEnd={hit.pageEnd}
        />
        <div
          id={textId}
          className={classNames(
            'markdown relative mt-3 border-l-4 border-slate-200 pl-3 text-sm leading-6 [&_h1]:text-base [&_h2]:text-base [&_h3]:text-sm',
            collapsed && 'max-h-56 overflow-hidden',
          )}
        >
          <MarkdownContent text={hit.text} />
          {collapsed && (
            <div
              aria-hidden="true"
              className="pointer-events-none absolute inset-x-0 bottom-0 h-12 bg-gradient-to-t from-white"
            />
          )}
        </div>
        {long && (
          <Button
            variant="ghost"
            size="small"
            className="mt-1"
            aria-expanded={expanded}
            aria-controls={textId}
            onClick={() => setExpanded((value) => !value)}
          >
            {expanded ? t('knowledge.search.collapse') : t('knowledge.search.expand')}
          </Button>
        )}
        {showScores && <ScoreTable hit={hit} rank={rank} />}
      </article>
    </li>
  );
}

/** Each retrieval signal's score and rank; a dash where the signal did not find the passage or was off. */
function ScoreTable({ hit, rank }: { hit: KnowledgeSearchHit; rank: number }) {
  const { t } = useTranslation();
  const { scores } = hit;
  const columns = [
    { key: 'lexical', score: formatScore(scores.lexical), rank: formatRank(scores.lexicalRank) },
    { key: 'vector', score: formatScore(scores.vector), rank: formatRank(scores.vectorRank) },
    { key: 'fused', score: formatScore(scores.fused, 4), rank: null },
    { key: 'rerank', score: formatScore(scores.rerank), rank: null },
  ] as const;
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="text-xs tabular-nums">
        <caption className="sr-only">{t('knowledge.scores.caption', { rank })}</caption>
        <thead>
          <tr className="text-slate-500">
            <td />
            {columns.map((column) => (
              <th key={column.key} scope="col" className="px-3 py-1 text-left font-medium">
                {t(`knowledge.scores.${column.key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="text-slate-800">
          <tr>
            <th scope="row" className="py-1 pr-2 text-left font-medium text-slate-500">
              {t('knowledge.scores.score')}
            </th>
            {columns.map((column) => (
              <td key={column.key} className="px-3 py-1" data-score={column.key}>
                {column.score}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" className="py-1 pr-2 text-left font-medium text-slate-500">
              {t('knowledge.scores.rank')}
            </th>
            {columns.map((column) => (
              <td key={column.key} className="px-3 py-1">
                {column.rank ?? ''}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
