import type { UsageDay } from '@jumugwan/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './chart-card';
import { formatShortDay } from './format-day';
import { dailyCostOption, fillDays } from './usage-chart-options';
import { useUsageFormat } from './use-usage-format';

export interface DailyCostChartProps {
  daily: readonly UsageDay[];
  /** Every day of the period so far, for an axis without gaps. */
  axisDays: readonly string[];
  className?: string;
}

/** Spend per day over the period. */
export function DailyCostChart({ daily, axisDays, className }: DailyCostChartProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const days = useMemo(() => fillDays(daily, axisDays), [daily, axisDays]);
  const option = useMemo(
    () =>
      dailyCostOption(days, {
        seriesName: t('usage.cost'),
        dayLabel: formatShortDay,
        format: format.wonChart,
      }),
    [days, format, t],
  );
  const total = days.reduce((sum, day) => sum + day.costWon, 0);
  const peak = days.reduce<UsageDay | undefined>(
    (highest, day) => (highest === undefined || day.costWon > highest.costWon ? day : highest),
    undefined,
  );
  const first = days[0];
  const last = days.at(-1);

  return (
    <ChartCard
      title={t('usage.dailyTitle')}
      summary={t('usage.dailySummary', {
        from: first === undefined ? '' : format.day(first.day),
        to: last === undefined ? '' : format.day(last.day),
        total: format.won(total),
        peakDay: peak === undefined ? '' : format.day(peak.day),
        peak: format.won(peak?.costWon ?? 0),
      })}
      option={option}
      empty={days.every((day) => day.calls === 0 && day.costWon === 0)}
      className={className}
      table={{
        caption: t('usage.dailyTitle'),
        columns: [
          { label: t('usage.columnDay') },
          { label: t('usage.calls'), numeric: true },
          { label: t('usage.tokens'), numeric: true },
          { label: t('usage.cost'), numeric: true },
        ],
        rows: days.map((day) => ({
          key: day.day,
          cells: [
            format.fullDay(day.day),
            format.count(day.calls),
            format.count(day.tokens),
            format.won(day.costWon),
          ],
        })),
      }}
    />
  );
}
