import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { CollectionCard } from './collection-card';
import { collectionScopes, groupCollectionsByScope } from './collection-scopes';
import { CreateCollectionDialog } from './create-collection-dialog';
import { collectionListQuery } from './knowledge-queries';
import { KnowledgeSearchPanel } from './knowledge-search-panel';

const appRoute = getRouteApi('/_app');

/** /knowledge: find passages in every readable collection, and the collections grouped 공통 / 부서 / 개인. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const { session } = appRoute.useRouteContext();
  const collections = useQuery(collectionListQuery);
  const [creating, setCreating] = useState(false);
  const groups = groupCollectionsByScope(collections.data ?? []);

  return (
    <PageFrame>
      <PageHeader
        title={t('knowledge.title')}
        description={t('knowledge.description')}
        actions={
          <Button onClick={() => setCreating(true)}>
            <PlusIcon className="text-base" />
            {t('knowledge.create')}
          </Button>
        }
      />

      <KnowledgeSearchPanel collections={collections.data ?? []} />

      <section aria-labelledby="knowledge-collections-heading" className="mt-10">
        <h2 id="knowledge-collections-heading" className="mb-4 text-lg font-semibold text-slate-900">
          {t('knowledge.collectionsHeading')}
        </h2>
        {collections.isPending && <LoadingState />}
        {collections.isError && <Alert tone="error">{collections.error.message}</Alert>}
        {collections.isSuccess && (
          <div className="space-y-8">
            {collectionScopes.map((scope) => (
              <section key={scope} aria-labelledby={`knowledge-scope-${scope}`}>
                <h3 id={`knowledge-scope-${scope}`} className="mb-2 text-sm font-semibold text-slate-700">
                  {t(`knowledge.scopes.${scope}`)}
                  <span className="ml-1.5 font-normal text-slate-500 tabular-nums">
                    {groups[scope].length}
                  </span>
                </h3>
                {groups[scope].length === 0 ? (
                  <p className="rounded-xl border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-500">
                    {t(`knowledge.scopeEmpty.${scope}`)}
                  </p>
                ) : (
                  <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                    {groups[scope].map((collection) => (
                      <CollectionCard
                        key={collection.id}
                        collection={collection}
                        currentUserId={session.user.id}
                      />
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        )}
      </section>

      <CreateCollectionDialog open={creating} onClose={() => setCreating(false)} user={session.user} />
    </PageFrame>
  );
}
