import { classNames } from '../../components/class-names';
import { usageShare, type UsageLevel } from './usage-share';

const levelClasses: Record<UsageLevel, { spent: string; reserved: string; text: string }> = {
  normal: { spent: 'bg-blue-600', reserved: 'bg-blue-300', text: 'text-slate-600' },
  warning: { spent: 'bg-amber-500', reserved: 'bg-amber-300', text: 'text-amber-800' },
  exceeded: { spent: 'bg-red-600', reserved: 'bg-red-300', text: 'text-red-700' },
};

export interface UsageBarProps {
  /** Accessible name, e.g. "정보통신과 월 예산 사용량". */
  label: string;
  limit: number;
  spent: number;
  reserved?: number;
  /** The visible summary, also the meter's spoken value: "12,000원 / 100,000원 (12%)". */
  summary: string;
  /** Smaller print under the summary (what is reserved). */
  detail?: string;
  className?: string;
}

/**
 * Use against a limit: the settled part solid, the part held for running calls lighter, blue below 80 %,
 * amber from 80 % and red from 100 % (the thresholds the server alerts at).
 */
export function UsageBar({ label, limit, spent, reserved = 0, summary, detail, className }: UsageBarProps) {
  const share = usageShare(limit, spent, reserved);
  const colours = levelClasses[share.level];
  return (
    <div className={classNames('min-w-40', className)}>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, share.usedPercent)}
        aria-valuetext={summary}
        className="flex h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div className={classNames('h-full', colours.spent)} style={{ width: `${share.spentPercent}%` }} />
        <div
          className={classNames('h-full', colours.reserved)}
          style={{ width: `${share.reservedPercent}%` }}
        />
      </div>
      <p className={classNames('mt-1 text-xs whitespace-nowrap tabular-nums', colours.text)}>{summary}</p>
      {detail !== undefined && <p className="text-xs whitespace-nowrap text-slate-500">{detail}</p>}
    </div>
  );
}
