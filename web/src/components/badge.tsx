import type { ReactNode } from 'react';
import { classNames } from './class-names';

export type BadgeTone = 'blue' | 'amber' | 'emerald' | 'slate' | 'red';

const toneClasses: Record<BadgeTone, string> = {
  blue: 'bg-blue-50 text-blue-700 ring-blue-200',
  amber: 'bg-amber-50 text-amber-800 ring-amber-200',
  emerald: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
  slate: 'bg-slate-100 text-slate-600 ring-slate-200',
  red: 'bg-red-50 text-red-700 ring-red-200',
};

/** A small rounded label for a state or kind (사용 중, 내부망, …). */
export function Badge({
  tone,
  children,
  className,
}: {
  tone: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={classNames(
        'inline-flex shrink-0 items-center rounded-full px-2.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1',
        toneClasses[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
