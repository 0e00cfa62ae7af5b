import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { CheckIcon } from '../../components/icons';
import { LoadingState } from '../../components/loading-state';
import { PageFrame } from '../../components/page-frame';
import { PageHeader } from '../../components/page-header';
import { formatDateTime } from '../drafting/format-date-time';
import { guidelinesStatusQuery } from './guideline-queries';
import { GuidelinesContentView } from './guidelines-content-view';

/** /guidelines: the current AI use guidelines and checklist, and when the user acknowledged them. */
export function GuidelinesPage() {
  const { t, i18n } = useTranslation();
  const status = useQuery(guidelinesStatusQuery);

  if (status.isPending) {
    return (
      <PageFrame>
        <LoadingState />
      </PageFrame>
    );
  }
  if (status.isError) {
    return (
      <PageFrame>
        <Alert tone="error">{status.error.message}</Alert>
      </PageFrame>
    );
  }

  const { current, acknowledgedVersion, acknowledgedAt } = status.data;
  const published = formatDateTime(current.publishedAt, i18n.language);
  return (
    <PageFrame>
      <div className="max-w-3xl">
        <PageHeader
          title={current.content.title}
          description={
            current.publishedByName === null
              ? t('guidelines.page.versionBuiltIn', { version: current.version, time: published })
              : t('guidelines.page.version', {
                  version: current.version,
                  time: published,
                  name: current.publishedByName,
                })
          }
        />
        <div
          data-testid="guidelines-acknowledgement"
          className="mb-6 flex items-start gap-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm"
        >
          {acknowledgedVersion !== null && acknowledgedAt !== null ? (
            <>
              <CheckIcon className="mt-0.5 shrink-0 text-base text-emerald-600" />
              <p className="text-slate-700">
                {t('guidelines.page.acknowledged', {
                  version: acknowledgedVersion,
                  time: formatDateTime(acknowledgedAt, i18n.language),
                })}
                {acknowledgedVersion < current.version && (
                  <span className="ml-1 font-medium text-amber-800">
                    {t('guidelines.page.newerVersion', { version: current.version })}
                  </span>
                )}
              </p>
            </>
          ) : (
            <p className="text-slate-700">{t('guidelines.page.notAcknowledged')}</p>
          )}
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <GuidelinesContentView content={current.content} headingLevel={2} />
        </div>
        <p className="mt-6 text-sm text-slate-600">
          {t('guidelines.page.helpPrefix')}{' '}
          <Link
            to="/help/$pageId"
            params={{ pageId: 'security' }}
            className="font-medium text-blue-700 underline underline-offset-2"
          >
            {t('guidelines.page.helpLink')}
          </Link>
        </p>
      </div>
    </PageFrame>
  );
}
