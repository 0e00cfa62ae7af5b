import type { Assignment, Plan } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { BudgetMeter } from './budget-meter';
import { useUsageFormat } from './use-usage-format';

/** The holder's plan: name, term, covered models and how close this term's use is to the plan's soft cap. */
export function SubscriptionPanel({ assignment, plan }: { assignment: Assignment; plan: Plan | null }) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const softCap = plan?.softCapWon ?? null;
  const ratio = softCap === null ? 0 : assignment.termSpentWon / softCap;
  const used = t('usage.softCapUsed', {
    spent: format.won(assignment.termSpentWon),
    cap: softCap === null ? '' : format.won(softCap),
    percent: Math.round(ratio * 100),
  });

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-500">{t('usage.planName')}</dt>
          <dd className="mt-0.5 font-semibold text-slate-900">{plan?.name ?? assignment.planName}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{t('usage.planTerm')}</dt>
          <dd className="mt-0.5 text-slate-900 tabular-nums">
            {t('usage.planTermValue', {
              from: format.fullDay(assignment.startsOn),
              to: format.fullDay(assignment.endsOn),
            })}
            {plan !== null && (
              <span className="text-slate-500">
                {' '}
                · {t('usage.planTermMonths', { months: plan.termMonths })}
              </span>
            )}
          </dd>
        </div>
        {plan !== null && (
          <div>
            <dt className="text-slate-500">{t('usage.planModels')}</dt>
            <dd className="mt-0.5 break-words text-slate-900">{plan.models.join(', ')}</dd>
          </div>
        )}
      </dl>
      <div className="mt-4">
        <p className="mb-1.5 text-sm text-slate-700">
          {t('usage.termSpent', { spent: format.won(assignment.termSpentWon) })}
          {softCap === null && <span className="text-slate-500"> · {t('usage.noSoftCap')}</span>}
        </p>
        {softCap !== null && (
          <>
            <BudgetMeter label={t('usage.softCap')} ratio={ratio} valueText={used} />
            <p className="mt-1.5 text-xs text-slate-600 tabular-nums">{used}</p>
            {ratio >= 1 && (
              <p className="mt-1 text-xs font-medium text-red-700">{t('usage.softCapPassed')}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}
