import type { BurnDown, UsageDay } from '@jumugwan/contracts';
import { chartColors } from './chart-theme';
import type { ChartOption } from './echarts-core';
import type { Share } from './percentage-shares';
import { daysBetween } from './usage-period';

export interface ValueFormat {
  /** The whole value, for tooltips and bar labels: `12,345원`. */
  full: (value: number) => string;
  /** A compact value for axis ticks: `1.2만`. */
  short: (value: number) => string;
}

export interface LabeledValue {
  label: string;
  value: number;
}

/** The daily rows for every day of the axis: the server lists only days with use, the chart needs the gaps. */
export function fillDays(days: readonly UsageDay[], axisDays: readonly string[]): UsageDay[] {
  const byDay = new Map(days.map((day) => [day.day, day]));
  return axisDays.map((day) => byDay.get(day) ?? { day, calls: 0, tokens: 0, costWon: 0 });
}

const grid = { left: 12, right: 20, top: 36, bottom: 12 };

function numeric(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

/** Spend per day as bars. */
export function dailyCostOption(
  days: readonly UsageDay[],
  options: { seriesName: string; dayLabel: (day: string) => string; format: ValueFormat },
): ChartOption {
  return {
    grid,
    tooltip: { trigger: 'axis', valueFormatter: (value) => options.format.full(numeric(value)) },
    xAxis: { type: 'category', data: days.map((day) => options.dayLabel(day.day)) },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => options.format.short(value) } },
    series: [
      {
        type: 'bar',
        name: options.seriesName,
        data: days.map((day) => day.costWon),
        barMaxWidth: 28,
        itemStyle: { borderRadius: [3, 3, 0, 0] },
      },
    ],
  };
}

/** A ranking as horizontal bars, largest on top, each labelled with its value. */
export function rankingBarOption(
  items: readonly LabeledValue[],
  options: { seriesName: string; format: ValueFormat },
): ChartOption {
  return {
    grid: { ...grid, top: 8, right: 72 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => options.format.full(numeric(value)),
    },
    xAxis: { type: 'value', axisLabel: { formatter: (value: number) => options.format.short(value) } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: items.map((item) => item.label),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        name: options.seriesName,
        data: items.map((item) => item.value),
        barMaxWidth: 22,
        itemStyle: { borderRadius: [0, 3, 3, 0] },
        label: {
          show: true,
          position: 'right',
          formatter: (parameters) => options.format.full(numeric(parameters.value)),
        },
      },
    ],
  };
}

/** Shares as a ring, labelled with the same whole percents as the table and the summary line. */
export function sharePieOption(
  shares: readonly Share[],
  options: { seriesName: string; format: ValueFormat },
): ChartOption {
  return {
    tooltip: {
      trigger: 'item',
      formatter: (parameters) => {
        const share = shares[Array.isArray(parameters) ? 0 : parameters.dataIndex];
        return share === undefined
          ? ''
          : `${share.label}: ${options.format.full(share.value)} (${share.percent}%)`;
      },
    },
    series: [
      {
        type: 'pie',
        name: options.seriesName,
        radius: ['42%', '70%'],
        center: ['50%', '52%'],
        avoidLabelOverlap: true,
        data: shares.map((share) => ({ name: share.label, value: share.value })),
        label: {
          formatter: (parameters) => {
            const share = shares[parameters.dataIndex];
            return share === undefined ? '' : `${share.label} ${share.percent}%`;
          },
        },
      },
    ],
  };
}

export interface BurnDownLabels {
  actual: string;
  forecast: string;
  budget: string;
  exhausted: string;
}

/**
 * A budget period day by day: the cumulative use so far (solid), the forecast to the period's end
 * (dashed), the budget as a flat line, and a marker on the day the forecast runs out.
 */
export function burnDownOption(
  burnDown: BurnDown,
  options: { labels: BurnDownLabels; dayLabel: (day: string) => string; format: ValueFormat },
): ChartOption {
  const days = daysBetween(burnDown.periodStart, burnDown.periodEnd);
  const actual = new Map(burnDown.actual.map((point) => [point.day, point.cumulative]));
  const forecast = new Map(burnDown.forecast.map((point) => [point.day, point.cumulative]));
  const exhaustedIndex = burnDown.exhaustedOn === null ? -1 : days.indexOf(burnDown.exhaustedOn);
  return {
    grid: { ...grid, top: 44 },
    legend: { top: 0, itemWidth: 18 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) =>
        value === null || value === undefined || value === '-' ? '—' : options.format.full(numeric(value)),
    },
    xAxis: { type: 'category', boundaryGap: false, data: days.map((day) => options.dayLabel(day)) },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => options.format.short(value) } },
    series: [
      {
        type: 'line',
        name: options.labels.actual,
        data: days.map((day) => actual.get(day) ?? null),
        showSymbol: false,
        lineStyle: { width: 2.5 },
        color: chartColors.blue600,
      },
      {
        type: 'line',
        name: options.labels.forecast,
        data: days.map((day) => forecast.get(day) ?? null),
        showSymbol: false,
        lineStyle: { type: 'dashed', width: 2 },
        color: chartColors.slate400,
        ...(exhaustedIndex < 0
          ? {}
          : {
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { color: chartColors.red600, type: 'dotted' },
                label: { formatter: options.labels.exhausted, color: chartColors.red600 },
                data: [{ xAxis: exhaustedIndex }],
              },
            }),
      },
      {
        type: 'line',
        name: options.labels.budget,
        data: days.map(() => burnDown.amount),
        showSymbol: false,
        lineStyle: { width: 1.5 },
        color: chartColors.red600,
      },
    ],
  };
}
