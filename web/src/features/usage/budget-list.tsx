import type { BudgetStatus } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { BudgetMeter } from './budget-meter';
import { useUsageFormat } from './use-usage-format';

/** Budgets with how much is used, what remains and when each renews. */
export function BudgetList({ budgets }: { budgets: readonly BudgetStatus[] }) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  if (budgets.length === 0) {
    return <p className="text-sm text-slate-500">{t('usage.noBudgets')}</p>;
  }
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {budgets.map((budget) => {
        const amount = (value: number) => format.amount(value, budget.unit);
        const percent = Math.round(budget.ratio * 100);
        const remaining = Math.max(0, budget.amount - budget.spent);
        const used = t('usage.budgetUsed', {
          spent: amount(budget.spent),
          amount: amount(budget.amount),
          percent,
        });
        return (
          <li key={budget.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <h3 className="font-semibold text-slate-900">{budget.name}</h3>
              <span className="text-xs text-slate-500">
                {t(`usage.budgetScopes.${budget.scope}`)} · {budget.subjectName} ·{' '}
                {t(`usage.budgetPeriods.${budget.period}`)}
              </span>
            </div>
            <p className="mt-2 mb-1.5 text-sm text-slate-700 tabular-nums">{used}</p>
            <BudgetMeter label={budget.name} ratio={budget.ratio} valueText={used} />
            <p className="mt-1.5 flex flex-wrap justify-between gap-x-3 text-xs text-slate-600">
              <span className="tabular-nums">
                {percent >= 100
                  ? t('usage.budgetSpent')
                  : t('usage.budgetRemaining', { remaining: amount(remaining) })}
                {budget.reserved > 0 &&
                  ` · ${t('usage.budgetReserved', { reserved: amount(budget.reserved) })}`}
              </span>
              <span>{t('usage.budgetRenewsOn', { date: format.fullDay(budget.renewsOn) })}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
