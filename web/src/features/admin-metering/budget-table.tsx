import type { BudgetStatus } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { formatDay } from './format-day';
import { usageShare } from './usage-share';
import { UsageBar } from './usage-bar';

export interface BudgetTableProps {
  budgets: readonly BudgetStatus[];
  onEdit: (budget: BudgetStatus) => void;
  onDelete: (budget: BudgetStatus) => void;
}

const columns = [
  'columnName',
  'columnSubject',
  'columnPeriod',
  'columnAmount',
  'columnUsage',
  'columnRenewsOn',
] as const;

/** Budgets with this period's use (settled plus reserved); inactive ones stay listed, dimmed. */
export function BudgetTable({ budgets, onEdit, onDelete }: BudgetTableProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 });
  const amountText = (budget: BudgetStatus, value: number) =>
    budget.unit === 'krw'
      ? t('metering.won', { value: number.format(value) })
      : t('metering.tokens', { value: number.format(value) });

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[960px] text-left text-sm">
        <caption className="sr-only">{t('budgets.listLabel')}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2.5 whitespace-nowrap">
                {t(`budgets.${column}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2.5">
              <span className="sr-only">{t('budgets.columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {budgets.map((budget) => {
            const share = usageShare(budget.amount, budget.spent, budget.reserved);
            return (
              <tr key={budget.id} className={classNames('align-top', !budget.active && 'text-slate-500')}>
                <th scope="row" className="px-3 py-2.5 font-medium text-slate-900">
                  {budget.name}
                  {!budget.active && (
                    <Badge tone="slate" className="ml-2">
                      {t('budgets.inactive')}
                    </Badge>
                  )}
                </th>
                <td className="px-3 py-2.5">
                  <span className="block text-xs text-slate-500">{t(`metering.scopes.${budget.scope}`)}</span>
                  {budget.subjectName}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap">
                  <span className="block">{t(`metering.periods.${budget.period}`)}</span>
                  <span className="text-xs text-slate-500">
                    {t('budgets.periodFrom', { day: formatDay(budget.periodStart, i18n.language) })}
                  </span>
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap tabular-nums">
                  {amountText(budget, budget.amount)}
                </td>
                <td className="px-3 py-2.5">
                  <UsageBar
                    label={t('budgets.usageLabel', { name: budget.name })}
                    limit={budget.amount}
                    spent={budget.spent}
                    reserved={budget.reserved}
                    summary={t('budgets.usageSummary', {
                      used: amountText(budget, budget.spent + budget.reserved),
                      percent: share.usedPercent,
                    })}
                    detail={
                      budget.reserved > 0
                        ? t('budgets.reservedDetail', { value: amountText(budget, budget.reserved) })
                        : undefined
                    }
                  />
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap">{formatDay(budget.renewsOn, i18n.language)}</td>
                <td className="px-3 py-1.5 text-right whitespace-nowrap">
                  <Button
                    variant="ghost"
                    size="small"
                    aria-label={t('budgets.editFor', { name: budget.name })}
                    onClick={() => onEdit(budget)}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    variant="ghost"
                    size="small"
                    className="text-red-700 hover:bg-red-50 hover:text-red-800"
                    aria-label={t('budgets.deleteFor', { name: budget.name })}
                    onClick={() => onDelete(budget)}
                  >
                    {t('common.delete')}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
