import type { UsageTotals as Totals } from '@jumugwan/contracts';
import { useTranslation } from 'react-i18next';
import { useUsageFormat } from './use-usage-format';

export interface UsageTotalsProps {
  totals: Totals;
  /** Department and platform views also count people and errors. */
  showPeople?: boolean;
}

/** The period's totals as cards: calls, tokens, cost (and people, errors for administrators). */
export function UsageTotals({ totals, showPeople = false }: UsageTotalsProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const cards = [
    { key: 'cost', label: t('usage.cost'), value: format.won(totals.costWon) },
    { key: 'calls', label: t('usage.calls'), value: format.count(totals.calls) },
    {
      key: 'tokens',
      label: t('usage.tokens'),
      value: format.count(totals.promptTokens + totals.completionTokens),
      detail: t('usage.tokensDetail', {
        prompt: format.count(totals.promptTokens),
        completion: format.count(totals.completionTokens),
      }),
    },
    ...(showPeople
      ? [
          { key: 'people', label: t('usage.activeUsers'), value: format.count(totals.activeUsers) },
          { key: 'errors', label: t('usage.errors'), value: format.count(totals.errors) },
        ]
      : []),
  ];
  return (
    <dl className="mb-4 grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {cards.map((card) => (
        <div key={card.key} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
          <dt className="text-sm text-slate-600">{card.label}</dt>
          <dd className="mt-1 text-2xl font-bold tracking-tight text-slate-900 tabular-nums">{card.value}</dd>
          {card.detail !== undefined && <dd className="mt-0.5 text-xs text-slate-500">{card.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
