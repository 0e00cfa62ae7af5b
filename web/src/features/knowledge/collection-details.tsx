import type { KnowledgeCollection } from '@jumugwan/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { InternalBadge } from './collection-badges';

/** The collection's facts under its title: scope, department, owner, sensitivity, search, size, shares. */
export function CollectionDetails({ collection }: { collection: KnowledgeCollection }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const sharedWith = collection.shares.map((share) => share.name).join(', ');

  const items: { key: string; label: string; value: ReactNode }[] = [
    {
      key: 'scope',
      label: t('knowledge.details.scope'),
      value: (
        <>
          {t(`knowledge.scopes.${collection.scope}`)}
          {collection.scope === 'department' && collection.departmentName !== null && (
            <>
              {' · '}
              {collection.departmentName}
              {collection.includeSubdepartments && ` (${t('knowledge.details.withSubdepartments')})`}
            </>
          )}
        </>
      ),
    },
    { key: 'owner', label: t('knowledge.details.owner'), value: collection.owner.name },
    {
      key: 'sensitivity',
      label: t('knowledge.sensitivity'),
      value: (
        <span className="inline-flex flex-wrap items-center gap-1.5">
          {t(`knowledge.sensitivities.${collection.sensitivity}`)}
          <InternalBadge collection={collection} />
        </span>
      ),
    },
    {
      key: 'retrieval',
      label: t('knowledge.details.retrieval'),
      value:
        collection.embeddingModel === null ? (
          t('knowledge.lexicalOnly')
        ) : (
          <span className="inline-flex flex-wrap items-center gap-1.5">
            {t('knowledge.details.hybrid')}
            <Badge tone="blue">{collection.embeddingModel}</Badge>
          </span>
        ),
    },
    {
      key: 'size',
      label: t('knowledge.details.size'),
      value: t('knowledge.card.counts', {
        documents: number.format(collection.documentCount),
        chunks: number.format(collection.chunkCount),
      }),
    },
    {
      key: 'shares',
      label: t('knowledge.details.sharedWith'),
      value: sharedWith === '' ? t('knowledge.details.notShared') : sharedWith,
    },
  ];

  return (
    <dl className="grid gap-x-6 gap-y-3 rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm sm:grid-cols-2 lg:grid-cols-3">
      {items.map((item) => (
        <div key={item.key} className="min-w-0">
          <dt className="text-xs font-medium text-slate-500">{item.label}</dt>
          <dd className="mt-0.5 text-slate-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
