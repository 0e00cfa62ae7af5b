import type { UseCaseSummary } from '@jumugwan/contracts';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { CommentIcon, HeartIcon } from './case-icons';
import { CaseStatusBadge } from './case-status-badge';
import { CaseTimeSaved } from './case-time-saved';

/** A case in the book; the whole card is the link to its page. */
export function CaseCard({ useCase, showStatus }: { useCase: UseCaseSummary; showStatus: boolean }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <li
      data-testid="case-card"
      className="relative flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-blue-600 hover:border-blue-300"
    >
      <div className="mb-2 flex flex-wrap items-center gap-1.5">
        <Badge tone="blue">{t(`usage.purposes.${useCase.category}`)}</Badge>
        {showStatus && <CaseStatusBadge status={useCase.status} />}
      </div>
      <h3 className="text-base font-semibold text-slate-900">
        {/* The link covers the whole card; the focus ring is drawn on the card. */}
        <Link
          to="/cases/$caseId"
          params={{ caseId: useCase.id }}
          className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
        >
          {useCase.title}
        </Link>
      </h3>
      <p className="mt-1 line-clamp-2 text-sm text-slate-600">{useCase.task}</p>
      <CaseTimeSaved
        minutesBefore={useCase.minutesBefore}
        minutesAfter={useCase.minutesAfter}
        className="mt-3"
      />
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-3 text-xs text-slate-500">
        <span className="min-w-0 truncate">
          {[useCase.departmentName ?? t('app.noDepartment'), useCase.authorName].join(' · ')}
        </span>
        <span className="flex items-center gap-3 tabular-nums">
          <span className="inline-flex items-center gap-1" data-testid="case-card-likes">
            <HeartIcon filled={useCase.likedByMe} className={useCase.likedByMe ? 'text-rose-600' : ''} />
            <span aria-hidden="true">{number.format(useCase.likes)}</span>
            <span className="sr-only">{t('cases.card.likes', { count: useCase.likes })}</span>
          </span>
          <span className="inline-flex items-center gap-1">
            <CommentIcon />
            <span aria-hidden="true">{number.format(useCase.comments)}</span>
            <span className="sr-only">{t('cases.card.comments', { count: useCase.comments })}</span>
          </span>
        </span>
      </div>
    </li>
  );
}
