import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ShieldIcon } from '../../components/icons';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { helpPages } from './help-pages';
import { PopularCases } from './popular-cases';

/** /help: the manual's contents, the way to start, the guidelines and the colleagues' most liked cases. */
export function HelpPage() {
  const { t } = useTranslation();
  const [first, ...topics] = helpPages;

  return (
    <PageFrame>
      <PageHeader title={t('help.title')} description={t('help.description')} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          {first !== undefined && (
            <section
              aria-labelledby="help-start-heading"
              className="rounded-xl border border-blue-200 bg-blue-50/60 p-5"
            >
              <h2 id="help-start-heading" className="text-lg font-semibold text-blue-950">
                {t('help.startHeading')}
              </h2>
              <p className="mt-1 text-sm text-blue-900">{t('help.startBody')}</p>
              <Link
                to="/help/$pageId"
                params={{ pageId: first.id }}
                className="mt-3 inline-flex h-10 items-center rounded-lg bg-blue-600 px-4 text-sm font-medium text-white shadow-sm hover:bg-blue-700"
              >
                {t('help.pages.getting-started.title')}
              </Link>
            </section>
          )}
          <section aria-labelledby="help-topics-heading">
            <h2 id="help-topics-heading" className="mb-3 text-lg font-semibold text-slate-900">
              {t('help.topicsHeading')}
            </h2>
            <ul className="grid gap-3 sm:grid-cols-2">
              {topics.map((page) => (
                <li
                  key={page.id}
                  data-testid="help-topic"
                  className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-blue-600 hover:border-blue-300"
                >
                  <h3 className="text-base font-semibold text-slate-900">
                    <Link
                      to="/help/$pageId"
                      params={{ pageId: page.id }}
                      className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
                    >
                      {t(`help.pages.${page.id}.title`)}
                    </Link>
                  </h3>
                  <p className="mt-1 text-sm text-slate-600">{t(`help.pages.${page.id}.summary`)}</p>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="min-w-0 space-y-6" aria-label={t('help.sidebar')}>
          <section
            aria-labelledby="help-guidelines-heading"
            className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h2
              id="help-guidelines-heading"
              className="flex items-center gap-2 text-lg font-semibold text-slate-900"
            >
              <ShieldIcon className="text-blue-600" />
              {t('help.guidelinesHeading')}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t('help.guidelinesBody')}</p>
            <Link
              to="/guidelines"
              className="mt-3 inline-block text-sm font-medium text-blue-700 underline underline-offset-2"
            >
              {t('help.guidelinesLink')}
            </Link>
          </section>
          <PopularCases />
        </aside>
      </div>
    </PageFrame>
  );
}
