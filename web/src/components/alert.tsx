import type { ReactNode } from 'react';
import { classNames } from './class-names';
import { AlertIcon, CheckIcon } from './icons';

export type AlertTone = 'error' | 'warning' | 'success' | 'info';

const toneClasses: Record<AlertTone, string> = {
  error: 'border-red-200 bg-red-50 text-red-800',
  warning: 'border-amber-200 bg-amber-50 text-amber-900',
  success: 'border-emerald-200 bg-emerald-50 text-emerald-800',
  info: 'border-blue-200 bg-blue-50 text-blue-900',
};

export interface AlertProps {
  tone: AlertTone;
  children: ReactNode;
  className?: string;
  action?: ReactNode;
}

/** A message box; errors and warnings are announced to screen readers as they appear. */
export function Alert({ tone, children, className, action }: AlertProps) {
  const urgent = tone === 'error' || tone === 'warning';
  return (
    <div
      role={urgent ? 'alert' : 'status'}
      className={classNames(
        'flex items-start gap-2.5 rounded-lg border px-3.5 py-2.5 text-sm',
        toneClasses[tone],
        className,
      )}
    >
      <span className="mt-0.5 text-base">{tone === 'success' ? <CheckIcon /> : <AlertIcon />}</span>
      <div className="min-w-0 flex-1">{children}</div>
      {action}
    </div>
  );
}
