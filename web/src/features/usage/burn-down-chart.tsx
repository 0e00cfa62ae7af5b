import type { BurnDown } from '@jumugwan/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { ChartCard } from './chart-card';
import { formatShortDay } from './format-day';
import { burnDownOption } from './usage-chart-options';
import { daysBetween } from './usage-period';
import { useUsageFormat } from './use-usage-format';

/** One budget's period: use so far, the forecast to the end, the budget line, and when it would run out. */
export function BurnDownChart({ burnDown, className }: { burnDown: BurnDown; className?: string }) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const valueFormat = burnDown.unit === 'krw' ? format.wonChart : format.countChart;
  const amount = (value: number) => format.amount(value, burnDown.unit);
  const option = useMemo(
    () =>
      burnDownOption(burnDown, {
        labels: {
          actual: t('usage.burnDownActual'),
          forecast: t('usage.burnDownForecast'),
          budget: t('usage.burnDownBudget'),
          exhausted: t('usage.burnDownExhaustedMark'),
        },
        dayLabel: formatShortDay,
        format: valueFormat,
      }),
    [burnDown, valueFormat, t],
  );
  const actual = new Map(burnDown.actual.map((point) => [point.day, point.cumulative]));
  const forecast = new Map(burnDown.forecast.map((point) => [point.day, point.cumulative]));
  const spent = burnDown.actual.at(-1)?.cumulative ?? 0;
  const projected = burnDown.forecast.at(-1)?.cumulative ?? spent;
  const exhaustion =
    burnDown.exhaustedOn === null ? null : t('usage.exhaustedOn', { date: format.day(burnDown.exhaustedOn) });
  const title = burnDown.budgetName;

  return (
    <ChartCard
      title={title}
      description={t('usage.burnDownPeriod', {
        from: format.day(burnDown.periodStart),
        to: format.day(burnDown.periodEnd),
        amount: amount(burnDown.amount),
      })}
      summary={t('usage.burnDownSummary', {
        name: burnDown.budgetName,
        amount: amount(burnDown.amount),
        spent: amount(spent),
        projected: amount(projected),
        exhaustion: exhaustion ?? t('usage.burnDownLasts'),
      })}
      option={option}
      empty={false}
      className={className}
      headingLevel="h3"
      table={{
        caption: title,
        columns: [
          { label: t('usage.columnDay') },
          { label: t('usage.burnDownActual'), numeric: true },
          { label: t('usage.burnDownForecast'), numeric: true },
          { label: t('usage.burnDownBudget'), numeric: true },
        ],
        rows: daysBetween(burnDown.periodStart, burnDown.periodEnd).map((day) => {
          const actualValue = actual.get(day);
          const forecastValue = forecast.get(day);
          return {
            key: day,
            cells: [
              format.fullDay(day),
              actualValue === undefined ? '—' : amount(actualValue),
              forecastValue === undefined ? '—' : amount(forecastValue),
              amount(burnDown.amount),
            ],
          };
        }),
      }}
    >
      {exhaustion !== null && (
        <Alert tone="warning" className="mt-3">
          {exhaustion}
        </Alert>
      )}
    </ChartCard>
  );
}
