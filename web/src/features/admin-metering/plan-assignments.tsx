import type { Assignment, Plan } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { LoadingState } from '../../components/loading-state';
import { AssignmentForm } from './assignment-form';
import { formatDay } from './format-day';
import { assignmentListQuery, deleteAssignment, meteringKeys } from './metering-queries';
import { usageShare } from './usage-share';
import { UsageBar } from './usage-bar';

/** The panel's element id, for the table's toggle buttons to point at. */
export const planAssignmentsElementId = 'plan-assignments';
const headingElementId = 'plan-assignments-heading';

export interface PlanAssignmentsProps {
  plan: Plan;
  today: string;
  onClose: () => void;
}

/** Who holds a plan, their term spend against the soft cap, and the form to add someone. */
export function PlanAssignments({ plan, today, onClose }: PlanAssignmentsProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const assignments = useQuery(assignmentListQuery(plan.id));
  const [pendingRemoval, setPendingRemoval] = useState<Assignment | null>(null);
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const won = (value: number) => t('metering.won', { value: number.format(value) });

  // Opening the panel from the table moves keyboard focus to it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [plan.id]);

  const remove = useMutation({
    mutationFn: (assignment: Assignment) => deleteAssignment(assignment.id),
    onSuccess: async () => {
      setPendingRemoval(null);
      await queryClient.invalidateQueries({ queryKey: meteringKeys.plans() });
    },
  });

  return (
    <section
      id={planAssignmentsElementId}
      aria-labelledby={headingElementId}
      className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
    >
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2
            id={headingElementId}
            ref={headingRef}
            tabIndex={-1}
            className="text-lg font-semibold text-slate-900 focus:outline-none"
          >
            {t('plans.assignmentsTitle', { name: plan.name })}
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            {plan.softCapWon === null
              ? t('plans.assignmentsNoCapHint')
              : t('plans.assignmentsCapHint', { cap: won(plan.softCapWon) })}
          </p>
        </div>
        <Button variant="secondary" size="small" onClick={onClose}>
          {t('common.close')}
        </Button>
      </div>

      <AssignmentForm key={plan.id} plan={plan} today={today} />

      <div className="mt-4">
        {assignments.isPending && <LoadingState />}
        {assignments.isError && <Alert tone="error">{assignments.error.message}</Alert>}
        {assignments.isSuccess && assignments.data.length === 0 && (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">
            {t('plans.assignmentsEmpty')}
          </p>
        )}
        {assignments.isSuccess && assignments.data.length > 0 && (
          <div className="overflow-x-auto rounded-lg border border-slate-200">
            <table className="w-full min-w-[760px] text-left text-sm">
              <caption className="sr-only">{t('plans.assignmentsTitle', { name: plan.name })}</caption>
              <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2.5">
                    {t('plans.columnHolder')}
                  </th>
                  <th scope="col" className="px-3 py-2.5">
                    {t('plans.columnDepartment')}
                  </th>
                  <th scope="col" className="px-3 py-2.5">
                    {t('plans.columnCovered')}
                  </th>
                  <th scope="col" className="px-3 py-2.5">
                    {t('plans.columnTermSpend')}
                  </th>
                  <th scope="col" className="px-3 py-2.5">
                    <span className="sr-only">{t('plans.columnActions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {assignments.data.map((assignment) => (
                  <tr key={assignment.id} className="align-top">
                    <th scope="row" className="px-3 py-2.5 font-medium whitespace-nowrap text-slate-900">
                      {assignment.userName}
                    </th>
                    <td className="px-3 py-2.5">{assignment.departmentName ?? '—'}</td>
                    <td className="px-3 py-2.5 whitespace-nowrap">
                      {t('plans.covered', {
                        from: formatDay(assignment.startsOn, i18n.language),
                        to: formatDay(assignment.endsOn, i18n.language),
                      })}
                    </td>
                    <td className="px-3 py-2.5">
                      {plan.softCapWon === null ? (
                        <span className="tabular-nums">{won(assignment.termSpentWon)}</span>
                      ) : (
                        <UsageBar
                          label={t('plans.termSpendLabel', { name: assignment.userName })}
                          limit={plan.softCapWon}
                          spent={assignment.termSpentWon}
                          summary={t('plans.termSpendSummary', {
                            spent: won(assignment.termSpentWon),
                            cap: won(plan.softCapWon),
                            percent: usageShare(plan.softCapWon, assignment.termSpentWon).usedPercent,
                          })}
                        />
                      )}
                    </td>
                    <td className="px-3 py-1.5 text-right">
                      <Button
                        variant="ghost"
                        size="small"
                        className="text-red-700 hover:bg-red-50 hover:text-red-800"
                        aria-label={t('plans.removeFor', { name: assignment.userName })}
                        onClick={() => {
                          remove.reset();
                          setPendingRemoval(assignment);
                        }}
                      >
                        {t('plans.remove')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>

      <ConfirmDialog
        open={pendingRemoval !== null}
        title={t('plans.removeConfirmTitle')}
        message={t('plans.removeConfirmBody', { name: pendingRemoval?.userName ?? '', plan: plan.name })}
        confirmLabel={t('plans.remove')}
        pendingLabel={t('plans.removing')}
        pending={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => {
          if (pendingRemoval !== null) {
            remove.mutate(pendingRemoval);
          }
        }}
        onCancel={() => setPendingRemoval(null)}
      />
    </section>
  );
}
