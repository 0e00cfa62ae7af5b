import type { KnowledgeCollection } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { Alert } from '../../components/alert';
import { buttonClassName } from '../../components/button';
import { ChevronIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { CollectionDetails } from './collection-details';
import { CollectionSettings } from './collection-settings';
import { DocumentsTab } from './documents-tab';
import { collectionQuery } from './knowledge-queries';
import type { CollectionTab } from './knowledge-search-params';
import { RetrievalConsole } from './retrieval-console';
import { TabList, tabId, tabPanelId } from './tab-list';
import { useDocumentUploads } from './use-document-uploads';

const collectionRoute = getRouteApi('/_app/knowledge/$collectionId');

/** /knowledge/$collectionId: one collection's documents, retrieval console and settings. */
export function CollectionPage() {
  const { collectionId } = collectionRoute.useParams();
  // A fresh view per collection, so uploads and forms never carry over to another one.
  return <CollectionView key={collectionId} collectionId={collectionId} />;
}

function CollectionView({ collectionId }: { collectionId: string }) {
  const { t } = useTranslation();
  const collection = useQuery(collectionQuery(collectionId));

  if (collection.isPending) {
    return (
      <PageFrame>
        <LoadingState />
      </PageFrame>
    );
  }
  if (collection.isError) {
    const notFound = isApiError(collection.error) && collection.error.status === 404;
    return (
      <PageFrame>
        <BackLink />
        {notFound ? (
          <UnavailableState title={t('knowledge.collection.notFoundTitle')} body={collection.error.message} />
        ) : (
          <Alert tone="error">{collection.error.message}</Alert>
        )}
      </PageFrame>
    );
  }
  return <CollectionContent collection={collection.data} />;
}

function CollectionContent({ collection }: { collection: KnowledgeCollection }) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const search = collectionRoute.useSearch();
  const navigate = collectionRoute.useNavigate();
  const uploads = useDocumentUploads(collection.id);

  const tabs: { id: CollectionTab; label: string }[] = [
    { id: 'documents', label: t('knowledge.tabs.documents') },
    ...(collection.canManage
      ? [
          { id: 'console' as const, label: t('knowledge.tabs.console') },
          { id: 'settings' as const, label: t('knowledge.tabs.settings') },
        ]
      : []),
  ];
  const selected = tabs.find((tab) => tab.id === search.tab)?.id ?? 'documents';

  return (
    <PageFrame>
      <BackLink />
      <PageHeader
        title={collection.name}
        {...(collection.description === '' ? {} : { description: collection.description })}
      />
      <CollectionDetails collection={collection} />

      <div className="mt-8">
        <TabList
          label={t('knowledge.tabs.label')}
          tabs={tabs}
          selected={selected}
          idPrefix={idPrefix}
          onSelect={(tab) =>
            void navigate({ search: tab === 'documents' ? {} : { tab }, replace: true, resetScroll: false })
          }
        />
        <div
          id={tabPanelId(idPrefix, selected)}
          role="tabpanel"
          aria-labelledby={tabId(idPrefix, selected)}
          className="pt-6"
        >
          {selected === 'documents' && <DocumentsTab collection={collection} uploads={uploads} />}
          {selected === 'console' && <RetrievalConsole collection={collection} />}
          {selected === 'settings' && <CollectionSettings collection={collection} />}
        </div>
      </div>
    </PageFrame>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link to="/knowledge" className={`${buttonClassName('ghost', 'small')} mb-4 -ml-2.5`}>
      <ChevronIcon className="rotate-180 text-base" />
      {t('knowledge.backToKnowledge')}
    </Link>
  );
}

/** Not found, or not allowed: the server does not say which, so neither does the page. */
export function UnavailableState({ title, body }: { title: string; body: string }) {
  const { t } = useTranslation();
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
      <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
      <p className="mx-auto mt-2 max-w-lg text-sm text-slate-600">{body}</p>
      <Link to="/knowledge" className={`${buttonClassName('primary')} mt-6`}>
        {t('knowledge.backToKnowledge')}
      </Link>
    </div>
  );
}
