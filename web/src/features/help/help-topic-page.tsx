import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { buttonClassName } from '../../components/button';
import { ChevronIcon } from '../../components/icons';
import { PageFrame } from '../../components/page-frame';
import { MarkdownContent } from '../chat/markdown-content';
import { findHelpPage, helpPages, neighbourPages, type HelpPage } from './help-pages';

const helpTopicRoute = getRouteApi('/_app/help/$pageId');

/** /help/$pageId: one page of the manual, with the other pages beside it and a way to the feature. */
export function HelpTopicPage() {
  const { t } = useTranslation();
  const { pageId } = helpTopicRoute.useParams();
  const page = findHelpPage(pageId);

  return (
    <PageFrame>
      <Link
        to="/help"
        className="mb-4 inline-flex items-center gap-1 text-sm font-medium text-slate-600 hover:text-slate-900"
      >
        <ChevronIcon className="rotate-180" />
        {t('help.back')}
      </Link>
      <div className="grid gap-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <nav aria-label={t('help.contents')} className="order-last lg:order-first">
          <p className="mb-2 text-xs font-semibold text-slate-500" aria-hidden="true">
            {t('help.contents')}
          </p>
          <ul className="space-y-0.5">
            {helpPages.map((entry) => (
              <li key={entry.id}>
                <Link
                  to="/help/$pageId"
                  params={{ pageId: entry.id }}
                  className="block rounded-lg px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold aria-[current=page]:text-blue-700"
                >
                  {t(`help.pages.${entry.id}.title`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {page === null ? (
          <div className="rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
            <h1 className="text-lg font-semibold text-slate-900">{t('help.notFoundTitle')}</h1>
            <p className="mt-2 text-sm text-slate-600">{t('help.notFoundBody')}</p>
          </div>
        ) : (
          <HelpArticle page={page} />
        )}
      </div>
    </PageFrame>
  );
}

function HelpArticle({ page }: { page: HelpPage }) {
  const { t } = useTranslation();
  const { previous, next } = neighbourPages(page.id);
  return (
    <article aria-labelledby="help-article-title" className="min-w-0">
      <header className="mb-5 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 id="help-article-title" className="text-2xl font-bold tracking-tight text-slate-900">
            {t(`help.pages.${page.id}.title`)}
          </h1>
          <p className="mt-1 text-sm text-slate-600">{t(`help.pages.${page.id}.summary`)}</p>
        </div>
        {page.feature !== null && (
          <Link to={page.feature} className={buttonClassName('secondary')}>
            {t('help.open', { feature: t(`help.pages.${page.id}.title`) })}
          </Link>
        )}
      </header>
      <div
        className="markdown rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
        data-testid="help-markdown"
      >
        <MarkdownContent text={page.markdown} />
      </div>
      <nav aria-label={t('help.neighbours')} className="mt-6 flex flex-wrap justify-between gap-3">
        {previous === null ? (
          <span />
        ) : (
          <Link
            to="/help/$pageId"
            params={{ pageId: previous.id }}
            className="text-sm font-medium text-blue-700 underline-offset-2 hover:underline"
          >
            {t('help.previous', { title: t(`help.pages.${previous.id}.title`) })}
          </Link>
        )}
        {next !== null && (
          <Link
            to="/help/$pageId"
            params={{ pageId: next.id }}
            className="text-sm font-medium text-blue-700 underline-offset-2 hover:underline"
          >
            {t('help.next', { title: t(`help.pages.${next.id}.title`) })}
          </Link>
        )}
      </nav>
    </article>
  );
}
