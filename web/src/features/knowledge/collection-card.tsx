import type { KnowledgeCollection } from '@jumugwan/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { InternalBadge, RetrievalBadge } from './collection-badges';

/** A collection in the list: its name (the link), description, size and how it is searched. */
export function CollectionCard({
  collection,
  currentUserId,
}: {
  collection: KnowledgeCollection;
  currentUserId: string;
}) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const ownedByOther = collection.scope === 'personal' && collection.owner.id !== currentUserId;
  return (
    <li className="relative flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-blue-600 hover:border-blue-300">
      <h4 className="text-base font-semibold text-slate-900">
        {/* The link covers the whole card; the focus ring is drawn on the card. */}
        <Link
          to="/knowledge/$collectionId"
          params={{ collectionId: collection.id }}
          className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
        >
          {collection.name}
        </Link>
      </h4>
      {collection.description !== '' && (
        <p className="mt-1 line-clamp-2 text-sm text-slate-600">{collection.description}</p>
      )}
      <p className="mt-2 text-xs text-slate-500 tabular-nums">
        {t('knowledge.card.counts', {
          documents: number.format(collection.documentCount),
          chunks: number.format(collection.chunkCount),
        })}
        {collection.scope === 'department' && collection.departmentName !== null && (
          <> · {collection.departmentName}</>
        )}
        {ownedByOther && <> · {t('knowledge.card.sharedBy', { name: collection.owner.name })}</>}
      </p>
      <div className="mt-3 flex flex-wrap gap-1.5">
        <InternalBadge collection={collection} />
        <RetrievalBadge collection={collection} />
      </div>
    </li>
  );
}
