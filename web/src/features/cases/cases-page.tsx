import type { UseCaseListQuery } from '@jumugwan/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button, buttonClassName } from '../../components/button';
import { PlusIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { TabList, tabId, tabPanelId } from '../knowledge/tab-list';
import { CaseCard } from './case-card';
import { CaseFilters } from './case-filters';
import type { CaseListSearch } from './case-list-search';
import { casePagesQuery } from './case-queries';

const appRoute = getRouteApi('/_app');
const casesRoute = getRouteApi('/_app/cases');

type CaseView = UseCaseListQuery['view'];

const tabPrefix = 'cases-view';

/** /cases: the use-case book — published cases to browse, the caller's own, and those waiting for their review. */
export function CasesPage() {
  const { t } = useTranslation();
  const { session } = appRoute.useRouteContext();
  const search = casesRoute.useSearch();
  const navigate = casesRoute.useNavigate();
  const reviewer = session.user.role !== 'staff';
  const view: CaseView = search.view === 'review' && !reviewer ? 'published' : (search.view ?? 'published');

  const tabs = [
    { id: 'published' as const, label: t('cases.tabs.published') },
    { id: 'mine' as const, label: t('cases.tabs.mine') },
    ...(reviewer ? [{ id: 'review' as const, label: t('cases.tabs.review') }] : []),
  ];

  const change = (next: CaseListSearch) =>
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace: true });

  return (
    <PageFrame>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.description')}
        actions={
          <Link to="/cases/new" className={buttonClassName('primary')}>
            <PlusIcon className="text-base" />
            {t('cases.create')}
          </Link>
        }
      />
      <TabList
        label={t('cases.tabs.label')}
        tabs={tabs}
        selected={view}
        onSelect={(id) => change({ view: id === 'published' ? undefined : id })}
        idPrefix={tabPrefix}
      />
      <div
        role="tabpanel"
        id={tabPanelId(tabPrefix, view)}
        aria-labelledby={tabId(tabPrefix, view)}
        className="pt-5"
      >
        <CaseFilters search={search} onChange={change} />
        <CaseResults search={search} view={view} />
      </div>
    </PageFrame>
  );
}

function CaseResults({ search, view }: { search: CaseListSearch; view: CaseView }) {
  const { t, i18n } = useTranslation();
  const pages = useInfiniteQuery(
    casePagesQuery({
      view,
      sort: search.sort ?? 'recent',
      q: search.q,
      category: search.category,
      departmentId: search.departmentId,
    }),
  );

  if (pages.isPending) return <LoadingState />;
  if (pages.isError) return <Alert tone="error">{pages.error.message}</Alert>;

  const cases = pages.data.pages.flatMap((page) => page.cases);
  const total = pages.data.pages[0]?.total ?? 0;
  const filtered =
    (search.q ?? '') !== '' || search.category !== undefined || search.departmentId !== undefined;

  return (
    <section aria-label={t('cases.results.label')} aria-busy={pages.isFetching}>
      <p role="status" className="mb-3 text-sm text-slate-600 tabular-nums" data-testid="case-total">
        {t('cases.results.total', {
          count: total,
          value: new Intl.NumberFormat(i18n.language).format(total),
        })}
      </p>
      {cases.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          {filtered ? t('cases.results.noMatch') : t(`cases.results.empty.${view}`)}
        </p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {cases.map((useCase) => (
            <CaseCard key={useCase.id} useCase={useCase} showStatus={view !== 'published'} />
          ))}
        </ul>
      )}
      {pages.hasNextPage && (
        <div className="mt-5 flex justify-center">
          <Button
            variant="secondary"
            onClick={() => void pages.fetchNextPage()}
            disabled={pages.isFetchingNextPage}
          >
            {pages.isFetchingNextPage ? t('app.loading') : t('cases.results.more')}
          </Button>
        </div>
      )}
    </section>
  );
}
