import type { UseCaseSummary } from '@jumugwan/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminPageFrame } from '../../components/admin-page-frame';
import { Alert } from '../../components/alert';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { CaseBookExport } from './case-book-export';
import { caseKeys, fetchAllPublishedCases } from './case-queries';
import { groupCasesByCategory, selectedInOrder, selectionState, setSelected } from './case-selection';
import { CaseTimeSaved } from './case-time-saved';

/** /admin/cases: choose published cases (all, by category, one by one) and export them as a case book. */
export function AdminCasesPage() {
  const { t } = useTranslation();
  const published = useQuery({
    queryKey: [...caseKeys.lists(), 'all-published'],
    queryFn: ({ signal }) => fetchAllPublishedCases(signal),
  });
  const [selected, setSelection] = useState<ReadonlySet<string>>(new Set());
  const cases = published.data?.cases ?? [];
  const chosen = selectedInOrder(selected, cases);

  return (
    <AdminPageFrame>
      <PageHeader title={t('cases.admin.title')} description={t('cases.admin.description')} />
      {published.isPending && <LoadingState />}
      {published.isError && <Alert tone="error">{published.error.message}</Alert>}
      {published.isSuccess && (
        <div className="space-y-6">
          <CaseBookExport caseIds={chosen} />
          {cases.length === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
              {t('cases.admin.empty')}
            </p>
          ) : (
            <CaseChooser cases={cases} selected={selected} onChange={setSelection} />
          )}
        </div>
      )}
    </AdminPageFrame>
  );
}

interface CaseChooserProps {
  cases: readonly UseCaseSummary[];
  selected: ReadonlySet<string>;
  onChange: (selected: ReadonlySet<string>) => void;
}

function CaseChooser({ cases, selected, onChange }: CaseChooserProps) {
  const { t } = useTranslation();
  const allIds = cases.map((useCase) => useCase.id);
  const groups = groupCasesByCategory(cases);
  return (
    <section aria-labelledby="admin-cases-heading">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 id="admin-cases-heading" className="text-lg font-semibold text-slate-900">
          {t('cases.admin.listHeading')}
        </h2>
        <p role="status" className="text-sm text-slate-600 tabular-nums" data-testid="admin-cases-selected">
          {t('cases.admin.selected', { count: selectedInOrder(selected, cases).length, total: cases.length })}
        </p>
      </div>
      <div className="mb-4 rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
        <GroupCheckbox
          label={t('cases.admin.selectAll', { count: cases.length })}
          state={selectionState(selected, allIds)}
          onChange={(on) => onChange(setSelected(selected, allIds, on))}
        />
      </div>
      <div className="space-y-5">
        {groups.map((group) => {
          const ids = group.cases.map((useCase) => useCase.id);
          return (
            <fieldset
              key={group.category}
              className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm"
            >
              <legend className="sr-only">{t(`usage.purposes.${group.category}`)}</legend>
              <div className="border-b border-slate-100 bg-slate-50 px-4 py-2.5">
                <GroupCheckbox
                  label={t('cases.admin.selectCategory', {
                    category: t(`usage.purposes.${group.category}`),
                    count: group.cases.length,
                  })}
                  state={selectionState(selected, ids)}
                  onChange={(on) => onChange(setSelected(selected, ids, on))}
                />
              </div>
              <ul className="divide-y divide-slate-100">
                {group.cases.map((useCase) => (
                  <li key={useCase.id} className="flex items-start gap-3 px-4 py-3" data-testid="admin-case">
                    <input
                      type="checkbox"
                      id={`admin-case-${useCase.id}`}
                      checked={selected.has(useCase.id)}
                      onChange={(event) =>
                        onChange(setSelected(selected, [useCase.id], event.target.checked))
                      }
                      className="mt-1 size-4 rounded border-slate-300 accent-blue-600"
                    />
                    <div className="min-w-0 flex-1">
                      <label
                        htmlFor={`admin-case-${useCase.id}`}
                        className="text-sm font-semibold text-slate-900"
                      >
                        {useCase.title}
                      </label>
                      <p className="mt-0.5 text-xs text-slate-500">
                        {[useCase.departmentName ?? t('app.noDepartment'), useCase.authorName].join(' · ')} ·{' '}
                        {t('cases.card.likes', { count: useCase.likes })}
                      </p>
                      <CaseTimeSaved
                        minutesBefore={useCase.minutesBefore}
                        minutesAfter={useCase.minutesAfter}
                        className="mt-1 text-xs"
                      />
                    </div>
                    <Link
                      to="/cases/$caseId"
                      params={{ caseId: useCase.id }}
                      className="shrink-0 text-sm font-medium text-blue-700 underline-offset-2 hover:underline"
                      aria-label={t('cases.admin.openLabel', { title: useCase.title })}
                    >
                      {t('cases.admin.open')}
                    </Link>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </div>
    </section>
  );
}

/** A checkbox over a group, shown as mixed (indeterminate) when only some of it is chosen. */
function GroupCheckbox({
  label,
  state,
  onChange,
}: {
  label: string;
  state: 'all' | 'some' | 'none';
  onChange: (on: boolean) => void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current !== null) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <label className="flex items-center gap-2 text-sm font-semibold text-slate-800">
      <input
        ref={ref}
        type="checkbox"
        checked={state === 'all'}
        onChange={() => onChange(state !== 'all')}
        className="size-4 rounded border-slate-300 accent-blue-600"
      />
      {label}
    </label>
  );
}
