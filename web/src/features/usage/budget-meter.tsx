import { classNames } from '../../components/class-names';

export interface BudgetMeterProps {
  /** Accessible name, e.g. the budget's name. */
  label: string;
  /** Use so far as a share of the limit: 0..1, or more when over. */
  ratio: number;
  /** The same in words, read out instead of a bare percentage. */
  valueText: string;
}

/** How much of a limit is used: blue, amber from 80 %, red when spent (the thresholds of the notifications). */
export function BudgetMeter({ label, ratio, valueText }: BudgetMeterProps) {
  const percent = Math.max(0, Math.round(ratio * 100));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.min(100, percent)}
      aria-valuetext={valueText}
      className="h-2.5 overflow-hidden rounded-full bg-slate-100"
    >
      <div
        className={classNames(
          'h-full rounded-full',
          percent >= 100 ? 'bg-red-600' : percent >= 80 ? 'bg-amber-500' : 'bg-blue-600',
        )}
        style={{ width: `${Math.min(100, percent)}%` }}
      />
    </div>
  );
}
