import type { BurnDown } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { percentageShares } from './percentage-shares';
import {
  burnDownOption,
  dailyCostOption,
  fillDays,
  rankingBarOption,
  sharePieOption,
} from './usage-chart-options';

const format = { full: (value: number) => `${value}원`, short: (value: number) => String(value) };
const dayLabel = (day: string) => day.slice(5);

/** The series of an option as a list, whichever form the builder used. */
function seriesOf(option: ReturnType<typeof dailyCostOption>) {
  const { series } = option;
  return Array.isArray(series) ? series : series === undefined ? [] : [series];
}

describe('fillDays', () => {
  it('puts zero days in the gaps and keeps the server rows', () => {
    const filled = fillDays(
      [{ day: '2026-11-02', calls: 3, tokens: 90, costWon: 120 }],
      ['2026-11-01', '2026-11-02', '2026-11-03'],
    );
    expect(filled.map((day) => day.costWon)).toEqual([0, 120, 0]);
    expect(filled[0]).toEqual({ day: '2026-11-01', calls: 0, tokens: 0, costWon: 0 });
  });
});

describe('dailyCostOption', () => {
  it('draws one bar per day in won', () => {
    const option = dailyCostOption(
      [
        { day: '2026-11-01', calls: 1, tokens: 10, costWon: 5 },
        { day: '2026-11-02', calls: 2, tokens: 20, costWon: 7 },
      ],
      { seriesName: '비용', dayLabel, format },
    );
    expect(option.xAxis).toMatchObject({ type: 'category', data: ['11-01', '11-02'] });
    expect(seriesOf(option)).toMatchObject([{ type: 'bar', name: '비용', data: [5, 7] }]);
  });
});

describe('rankingBarOption', () => {
  it('keeps the given order with the largest on top', () => {
    const option = rankingBarOption(
      [
        { label: '기획과', value: 900 },
        { label: '예산과', value: 300 },
      ],
      { seriesName: '비용', format },
    );
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['기획과', '예산과'] });
    expect(seriesOf(option)).toMatchObject([{ type: 'bar', data: [900, 300] }]);
  });
});

describe('sharePieOption', () => {
  it('labels slices with the rounded shares', () => {
    const shares = percentageShares([
      { key: 'ideas', label: '아이디어 구상', value: 2 },
      { key: 'research', label: '자료 조사', value: 1 },
    ]);
    const [pie] = seriesOf(sharePieOption(shares, { seriesName: '목적', format }));
    expect(pie).toMatchObject({
      type: 'pie',
      data: [
        { name: '아이디어 구상', value: 2 },
        { name: '자료 조사', value: 1 },
      ],
    });
    const label = pie?.type === 'pie' ? pie.label?.formatter : undefined;
    expect(typeof label === 'function' ? label({ dataIndex: 1 } as never) : label).toBe('자료 조사 33%');
  });
});

describe('burnDownOption', () => {
  const burnDown: BurnDown = {
    budgetId: '9a1c2b3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d',
    budgetName: '기획과 월 예산',
    unit: 'krw',
    amount: 100,
    periodStart: '2026-11-01',
    periodEnd: '2026-11-05',
    actual: [
      { day: '2026-11-01', cumulative: 30 },
      { day: '2026-11-02', cumulative: 60 },
    ],
    forecast: [
      { day: '2026-11-02', cumulative: 60 },
      { day: '2026-11-03', cumulative: 90 },
      { day: '2026-11-04', cumulative: 120 },
      { day: '2026-11-05', cumulative: 150 },
    ],
    exhaustedOn: '2026-11-04',
  };
  const labels = { actual: '실제', forecast: '예측', budget: '예산', exhausted: '소진 예상' };

  it('lines up actual, forecast and budget over the whole period', () => {
    const [actual, forecast, budget] = seriesOf(burnDownOption(burnDown, { labels, dayLabel, format }));
    expect(actual).toMatchObject({ type: 'line', name: '실제', data: [30, 60, null, null, null] });
    expect(forecast).toMatchObject({
      type: 'line',
      name: '예측',
      data: [null, 60, 90, 120, 150],
      lineStyle: { type: 'dashed' },
      markLine: { data: [{ xAxis: 3 }] },
    });
    expect(budget).toMatchObject({ type: 'line', name: '예산', data: [100, 100, 100, 100, 100] });
  });

  it('marks nothing when the budget lasts', () => {
    const [, forecast] = seriesOf(
      burnDownOption({ ...burnDown, exhaustedOn: null }, { labels, dayLabel, format }),
    );
    expect(forecast).not.toHaveProperty('markLine');
  });
});
