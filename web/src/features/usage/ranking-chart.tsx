import type { UsageSlice } from '@jumugwan/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './chart-card';
import { sharesSummary } from './percentage-shares';
import { rankingBarOption } from './usage-chart-options';
import { sliceShares, topSlices } from './usage-slices';
import { useUsageFormat } from './use-usage-format';

export interface RankingChartProps {
  title: string;
  /** Header of the name column in the table: 부서, 모델, 사용자. */
  nameColumn: string;
  slices: readonly UsageSlice[];
  /** How many bars at most; the table lists them all. */
  limit?: number;
  className?: string;
}

/** Spend by department, model or person, largest first, with each one's share in the table. */
export function RankingChart({ title, nameColumn, slices, limit = 10, className }: RankingChartProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const ranked = useMemo(() => topSlices(slices, 'costWon', slices.length), [slices]);
  const shown = ranked.slice(0, limit);
  const shares = useMemo(() => sliceShares(ranked, 'costWon'), [ranked]);
  const percentByKey = new Map(shares.map((share) => [share.key, share.percent]));
  const option = useMemo(
    () =>
      rankingBarOption(
        shown.map((slice) => ({ label: slice.label, value: slice.costWon })),
        { seriesName: t('usage.cost'), format: format.wonChart },
      ),
    [shown, format, t],
  );

  return (
    <ChartCard
      title={title}
      summary={t('usage.rankingSummary', { title, shares: sharesSummary(shares) })}
      option={option}
      empty={ranked.length === 0}
      height={Math.max(160, shown.length * 34 + 24)}
      className={className}
      table={{
        caption: title,
        columns: [
          { label: nameColumn },
          { label: t('usage.calls'), numeric: true },
          { label: t('usage.tokens'), numeric: true },
          { label: t('usage.cost'), numeric: true },
          { label: t('usage.share'), numeric: true },
        ],
        rows: ranked.map((slice) => ({
          key: slice.key,
          cells: [
            slice.label,
            format.count(slice.calls),
            format.count(slice.tokens),
            format.won(slice.costWon),
            `${percentByKey.get(slice.key) ?? 0}%`,
          ],
        })),
      }}
    />
  );
}
