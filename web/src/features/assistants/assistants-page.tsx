import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button, buttonClassName } from '../../components/button';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { TabList, tabId, tabPanelId } from '../knowledge/tab-list';
import { galleryQuery } from './assistant-queries';
import { AssistantCard } from './assistant-card';
import { GalleryFilters } from './gallery-filters';
import { galleryFilters, type GalleryFilter, type GallerySearch } from './gallery-search';

const assistantsRoute = getRouteApi('/_app/assistants');

const filterLabelKeys = {
  all: 'assistants.gallery.tabs.all',
  mine: 'assistants.gallery.tabs.mine',
  saved: 'assistants.gallery.tabs.saved',
  builtIn: 'assistants.gallery.tabs.builtIn',
} as const satisfies Record<GalleryFilter, string>;

/** /assistants: every assistant the user may use, as cards, with search, filters, sort and tabs. */
export function AssistantsPage() {
  const { t, i18n } = useTranslation();
  const search = assistantsRoute.useSearch();
  const navigate = assistantsRoute.useNavigate();
  const idPrefix = useId();
  const gallery = useInfiniteQuery(galleryQuery(search));
  const assistants = gallery.data?.pages.flatMap((page) => page.assistants) ?? [];
  const total = gallery.data?.pages.at(-1)?.total ?? 0;
  const filter = search.filter ?? 'all';
  const narrowed = search.q !== undefined || search.category !== undefined || search.department !== undefined;

  const change = (update: Partial<GallerySearch>) => {
    void navigate({
      search: (previous) => {
        const next: GallerySearch = { ...previous, ...update };
        // Undefined values leave the address rather than appearing as empty parameters.
        return Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined));
      },
      replace: true,
      resetScroll: false,
    });
  };

  const emptyText =
    filter === 'mine'
      ? t('assistants.gallery.emptyMine')
      : filter === 'saved'
        ? t('assistants.gallery.emptySaved')
        : narrowed
          ? t('assistants.gallery.noMatch')
          : t('assistants.gallery.empty');

  return (
    <PageFrame>
      <PageHeader
        title={t('assistants.title')}
        description={t('assistants.description')}
        actions={
          <Link to="/assistants/new" className={buttonClassName('primary')}>
            <PlusIcon className="text-base" />
            {t('assistants.create')}
          </Link>
        }
      />

      <GalleryFilters search={search} onChange={change} />

      <div className="mt-6">
        <TabList
          label={t('assistants.gallery.tabsLabel')}
          idPrefix={idPrefix}
          selected={filter}
          tabs={galleryFilters.map((id) => ({ id, label: t(filterLabelKeys[id]) }))}
          onSelect={(selected) => change({ filter: selected === 'all' ? undefined : selected })}
        />
        <section
          id={tabPanelId(idPrefix, filter)}
          role="tabpanel"
          aria-labelledby={tabId(idPrefix, filter)}
          aria-busy={gallery.isFetching}
          className="pt-5"
        >
          <p role="status" className="mb-3 text-sm text-slate-600">
            {gallery.isSuccess
              ? t('assistants.gallery.count', { value: total.toLocaleString(i18n.language) })
              : ''}
          </p>
          {gallery.isPending && <LoadingState />}
          {gallery.isError && <Alert tone="error">{gallery.error.message}</Alert>}
          {gallery.isSuccess && assistants.length === 0 && (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
              {emptyText}
            </p>
          )}
          {assistants.length > 0 && (
            <ul
              aria-label={t('assistants.gallery.listLabel')}
              className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
            >
              {assistants.map((assistant) => (
                <AssistantCard key={assistant.id} assistant={assistant} />
              ))}
            </ul>
          )}
          {gallery.hasNextPage && (
            <div className="mt-6 flex justify-center">
              <Button
                variant="secondary"
                onClick={() => void gallery.fetchNextPage()}
                disabled={gallery.isFetchingNextPage}
              >
                {gallery.isFetchingNextPage ? t('app.loading') : t('assistants.gallery.more')}
              </Button>
            </div>
          )}
        </section>
      </div>
    </PageFrame>
  );
}
