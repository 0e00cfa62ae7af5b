import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { HeartIcon } from '../cases/case-icons';
import { caseListQuery } from '../cases/case-queries';
import { CaseTimeSaved } from '../cases/case-time-saved';

/** 좋아요 많은 활용사례: the five most liked published cases, to learn from colleagues. */
export function PopularCases() {
  const { t, i18n } = useTranslation();
  const popular = useQuery(caseListQuery({ view: 'published', sort: 'likes', limit: 5, offset: 0 }));
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <section
      aria-labelledby="help-popular-cases"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="help-popular-cases" className="text-lg font-semibold text-slate-900">
          {t('help.popularCases')}
        </h2>
        <Link
          to="/cases"
          search={{ sort: 'likes' }}
          className="text-sm font-medium text-blue-700 underline-offset-2 hover:underline"
        >
          {t('help.allCases')}
        </Link>
      </div>
      {popular.isPending && <LoadingState />}
      {popular.isError && <Alert tone="error">{popular.error.message}</Alert>}
      {popular.isSuccess &&
        (popular.data.cases.length === 0 ? (
          <p className="text-sm text-slate-500">{t('help.noCases')}</p>
        ) : (
          <ol className="divide-y divide-slate-100">
            {popular.data.cases.map((useCase) => (
              <li key={useCase.id} className="py-3" data-testid="popular-case">
                <div className="flex items-start justify-between gap-3">
                  <Link
                    to="/cases/$caseId"
                    params={{ caseId: useCase.id }}
                    className="min-w-0 text-sm font-semibold text-blue-700 underline-offset-2 hover:underline"
                  >
                    {useCase.title}
                  </Link>
                  <span className="inline-flex shrink-0 items-center gap-1 text-xs text-slate-500 tabular-nums">
                    <HeartIcon filled={useCase.likedByMe} className="text-rose-600" />
                    <span aria-hidden="true">{number.format(useCase.likes)}</span>
                    <span className="sr-only">{t('cases.card.likes', { count: useCase.likes })}</span>
                  </span>
                </div>
                <p className="mt-0.5 text-xs text-slate-500">
                  {[
                    t(`usage.purposes.${useCase.category}`),
                    useCase.departmentName ?? t('app.noDepartment'),
                    useCase.authorName,
                  ].join(' · ')}
                </p>
                <CaseTimeSaved
                  minutesBefore={useCase.minutesBefore}
                  minutesAfter={useCase.minutesAfter}
                  className="mt-1 text-xs"
                />
              </li>
            ))}
          </ol>
        ))}
    </section>
  );
}
