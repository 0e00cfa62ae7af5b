import type { UsageSlice } from '@jumugwan/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartCard } from './chart-card';
import { sharesSummary } from './percentage-shares';
import { sharePieOption } from './usage-chart-options';
import { localizePurposes, sliceShares } from './usage-slices';
import { useUsageFormat } from './use-usage-format';

/** What AI was used for, as shares of the calls (the measure Seoul reports: 아이디어 28%, 자료 조사 27%, …). */
export function PurposeChart({ slices, className }: { slices: readonly UsageSlice[]; className?: string }) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const localized = useMemo(
    () => localizePurposes(slices, (category) => t(`usage.purposes.${category}`)),
    [slices, t],
  );
  const shares = useMemo(() => sliceShares(localized, 'calls'), [localized]);
  const option = useMemo(
    () => sharePieOption(shares, { seriesName: t('usage.purposeTitle'), format: format.countChart }),
    [shares, format, t],
  );
  const byKey = new Map(localized.map((slice) => [slice.key, slice]));
  const summary = sharesSummary(shares);

  return (
    <ChartCard
      title={t('usage.purposeTitle')}
      description={shares.length === 0 ? undefined : t('usage.purposeShares', { shares: summary })}
      summary={t('usage.purposeSummary', { shares: sharesSummary(shares, shares.length) })}
      option={option}
      empty={shares.length === 0}
      className={className}
      table={{
        caption: t('usage.purposeTitle'),
        columns: [
          { label: t('usage.columnPurpose') },
          { label: t('usage.calls'), numeric: true },
          { label: t('usage.cost'), numeric: true },
          { label: t('usage.share'), numeric: true },
        ],
        rows: shares.map((share) => ({
          key: share.key,
          cells: [
            share.label,
            format.count(share.value),
            format.won(byKey.get(share.key)?.costWon ?? 0),
            `${share.percent}%`,
          ],
        })),
      }}
    />
  );
}
