import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from './class-names';
import { elapsedSeconds } from './elapsed-seconds';

export interface ElapsedProgressProps {
  label: string;
  hint?: string;
  /** E.g. a determinate bar or a cancel button under the label. */
  children?: ReactNode;
  className?: string;
}

/**
 * For slow work with no measurable progress (image generation, translation): a spinner, the label and
 * the seconds that have passed, so the user can tell it is still working. Only the label is announced;
 * the ticking counter would be noise for screen readers. Mount it when the work starts.
 */
export function ElapsedProgress({ label, hint, children, className }: ElapsedProgressProps) {
  const { t } = useTranslation();
  // Counting starts when the indicator appears, i.e. when the work starts.
  const [startedAt] = useState(() => Date.now());
  const [now, setNow] = useState(startedAt);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  return (
    <div
      className={classNames('rounded-xl border border-blue-200 bg-blue-50/60 px-4 py-3 text-sm', className)}
    >
      <div className="flex items-center gap-3">
        <span
          className="size-4 shrink-0 animate-spin rounded-full border-2 border-blue-200 border-t-blue-600"
          aria-hidden="true"
        />
        <p role="status" className="font-medium text-blue-900">
          {label}
        </p>
        <span className="ml-auto text-xs text-blue-800 tabular-nums" aria-hidden="true">
          {t('common.elapsed', { seconds: elapsedSeconds(startedAt, now) })}
        </span>
      </div>
      {hint !== undefined && <p className="mt-1 pl-7 text-xs text-blue-800">{hint}</p>}
      {children}
    </div>
  );
}
