import type { Plan } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { planAssignmentsElementId } from './plan-assignments';

export interface PlanTableProps {
  plans: readonly Plan[];
  /** The plan whose assignments are open below the table. */
  selectedPlanId: string | null;
  onEdit: (plan: Plan) => void;
  onToggleAssignments: (plan: Plan) => void;
}

const columns = [
  'columnName',
  'columnTerm',
  'columnFee',
  'columnModels',
  'columnSoftCap',
  'columnAssignments',
] as const;

/** Subscription plans; each row opens its holders below the table. */
export function PlanTable({ plans, selectedPlanId, onEdit, onToggleAssignments }: PlanTableProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 });

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[900px] text-left text-sm">
        <caption className="sr-only">{t('plans.listLabel')}</caption>
        <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="px-3 py-2.5 whitespace-nowrap">
                {t(`plans.${column}`)}
              </th>
            ))}
            <th scope="col" className="px-3 py-2.5">
              <span className="sr-only">{t('plans.columnActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {plans.map((plan) => {
            const selected = plan.id === selectedPlanId;
            return (
              <tr
                key={plan.id}
                className={classNames(
                  'align-top',
                  !plan.active && 'text-slate-500',
                  selected && 'bg-blue-50/50',
                )}
              >
                <th scope="row" className="px-3 py-2.5 font-medium text-slate-900">
                  {plan.name}
                  {!plan.active && (
                    <Badge tone="slate" className="ml-2">
                      {t('plans.inactive')}
                    </Badge>
                  )}
                </th>
                <td className="px-3 py-2.5 whitespace-nowrap">
                  {t('plans.termMonths', { months: plan.termMonths })}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap tabular-nums">
                  {t('metering.won', { value: number.format(plan.feePerTerm) })}
                </td>
                <td className="px-3 py-2.5">
                  <ul className="flex max-w-72 flex-wrap gap-1">
                    {plan.models.map((model) => (
                      <li
                        key={model}
                        className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700"
                      >
                        {model}
                      </li>
                    ))}
                  </ul>
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap tabular-nums">
                  {plan.softCapWon === null
                    ? t('plans.noSoftCap')
                    : t('metering.won', { value: number.format(plan.softCapWon) })}
                </td>
                <td className="px-3 py-2.5 whitespace-nowrap tabular-nums">
                  {t('plans.people', { value: number.format(plan.activeAssignments) })}
                </td>
                <td className="px-3 py-1.5 text-right whitespace-nowrap">
                  <Button
                    variant="ghost"
                    size="small"
                    aria-label={t('plans.editFor', { name: plan.name })}
                    onClick={() => onEdit(plan)}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    variant={selected ? 'secondary' : 'ghost'}
                    size="small"
                    aria-expanded={selected}
                    aria-controls={selected ? planAssignmentsElementId : undefined}
                    aria-label={t('plans.assignmentsFor', { name: plan.name })}
                    onClick={() => onToggleAssignments(plan)}
                  >
                    {t('plans.assignments')}
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
