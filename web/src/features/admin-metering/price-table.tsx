import type { Price } from '@jumugwan/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { classNames } from '../../components/class-names';
import { PlusIcon } from '../../components/icons';
import { formatDay } from './format-day';
import { priceState, type PriceState } from './group-prices-by-model';

export interface PriceTableProps {
  modelId: string;
  prices: readonly Price[];
  today: string;
  onAdd: (modelId: string) => void;
  onDelete: (price: Price) => void;
}

const stateBadges: Record<
  PriceState,
  { tone: 'emerald' | 'blue' | 'slate'; label: 'prices.current' | 'prices.scheduled' | 'prices.past' }
> = {
  current: { tone: 'emerald', label: 'prices.current' },
  scheduled: { tone: 'blue', label: 'prices.scheduled' },
  past: { tone: 'slate', label: 'prices.past' },
};

const columns = [
  'columnEffectiveFrom',
  'columnInput',
  'columnOutput',
  'columnCached',
  'columnPerThousandCharacters',
  'columnPerImage',
  'columnPerRequest',
  'columnNote',
  'columnState',
] as const;

/** One model's prices, newest first; only a price that has not started yet can be deleted. */
export function PriceTable({ modelId, prices, today, onAdd, onDelete }: PriceTableProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 });
  const won = (value: number) => t('metering.won', { value: number.format(value) });
  const amountCell = (value: number) => (
    <td
      className={classNames(
        'px-3 py-2 text-right whitespace-nowrap tabular-nums',
        value === 0 && 'text-slate-400',
      )}
    >
      {won(value)}
    </td>
  );

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 px-4 py-3">
        <h2 id={headingId} className="font-mono text-sm font-semibold break-all text-slate-900">
          {modelId}
        </h2>
        <Button
          variant="ghost"
          size="small"
          onClick={() => onAdd(modelId)}
          aria-label={t('prices.addFor', { model: modelId })}
        >
          <PlusIcon className="text-base" />
          {t('prices.addNext')}
        </Button>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[980px] text-left text-sm">
          <caption className="sr-only">{t('prices.tableCaption', { model: modelId })}</caption>
          <thead className="bg-slate-50 text-xs font-semibold text-slate-600">
            <tr>
              {columns.map((column) => (
                <th
                  key={column}
                  scope="col"
                  className={classNames(
                    'px-3 py-2 whitespace-nowrap',
                    column !== 'columnEffectiveFrom' &&
                      column !== 'columnNote' &&
                      column !== 'columnState' &&
                      'text-right',
                  )}
                >
                  {t(`prices.${column}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t('prices.columnActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {prices.map((price) => {
              const state = priceState(price, today);
              const badge = stateBadges[state];
              return (
                <tr key={price.id} className={classNames(state === 'past' && 'text-slate-500')}>
                  <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">
                    {formatDay(price.effectiveFrom, i18n.language)}
                  </th>
                  {amountCell(price.inputPerMillionTokens)}
                  {amountCell(price.outputPerMillionTokens)}
                  {price.cachedPerMillionTokens === null ? (
                    <td className="px-3 py-2 text-right whitespace-nowrap text-slate-400">
                      {t('prices.sameAsInput')}
                    </td>
                  ) : (
                    amountCell(price.cachedPerMillionTokens)
                  )}
                  {amountCell(price.perThousandCharacters)}
                  {amountCell(price.perImage)}
                  {amountCell(price.perRequest)}
                  <td className="max-w-56 px-3 py-2 break-words">{price.note ?? ''}</td>
                  <td className="px-3 py-2">
                    <Badge tone={badge.tone}>{t(badge.label)}</Badge>
                  </td>
                  <td className="px-3 py-1 text-right">
                    {state === 'scheduled' && (
                      <Button
                        variant="ghost"
                        size="small"
                        className="text-red-700 hover:bg-red-50 hover:text-red-800"
                        aria-label={t('prices.deleteFor', {
                          model: modelId,
                          day: formatDay(price.effectiveFrom, i18n.language),
                        })}
                        onClick={() => onDelete(price)}
                      >
                        {t('common.delete')}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
