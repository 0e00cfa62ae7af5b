import type { BudgetUnit } from '@jumugwan/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay, formatFullDay, formatMonth } from './format-day';
import { formatWon } from './format-won';
import type { ValueFormat } from './usage-chart-options';

export interface UsageFormat {
  won: (amount: number) => string;
  count: (value: number) => string;
  tokens: (value: number) => string;
  /** A budget amount in its unit: won or tokens. */
  amount: (value: number, unit: BudgetUnit) => string;
  day: (day: string) => string;
  fullDay: (day: string) => string;
  month: (month: string) => string;
  /** Chart formats for won values. */
  wonChart: ValueFormat;
  /** Chart formats for counts (calls, tokens). */
  countChart: ValueFormat;
}

/** Number and date formats in the reader's language, for the dashboards' cards, charts and tables. */
export function useUsageFormat(): UsageFormat {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
    const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
    const won = (amount: number) => formatWon(amount, language);
    const count = (value: number) => whole.format(value);
    const tokens = (value: number) => t('usage.tokenAmount', { amount: whole.format(value) });
    const short = (value: number) => compact.format(value);
    return {
      won,
      count,
      tokens,
      amount: (value, unit) => (unit === 'krw' ? won(value) : tokens(value)),
      day: (day) => formatDay(day, language),
      fullDay: (day) => formatFullDay(day, language),
      month: (month) => formatMonth(month, language),
      wonChart: { full: won, short },
      countChart: { full: count, short },
    };
  }, [language, t]);
}
