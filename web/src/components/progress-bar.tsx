import { classNames } from './class-names';

export interface ProgressBarProps {
  /** Accessible name of the bar. */
  label: string;
  /** 0 to 100. */
  percent: number;
  /** Visible text under the bar, announced politely. */
  status: string;
  className?: string;
}

/** A determinate progress bar (file uploads, translation parts). */
export function ProgressBar({ label, percent, status, className }: ProgressBarProps) {
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div className={className}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        className="h-2 overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className={classNames('h-full rounded-full bg-blue-600 transition-[width]')}
          style={{ width: `${value}%` }}
        />
      </div>
      <p className="mt-1.5 text-xs text-slate-600" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
