import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import { classNames } from './class-names';

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
}

export const selectClassName =
  'block h-10 w-full rounded-lg border border-slate-300 bg-white pr-8 pl-3 text-sm text-slate-900 shadow-sm focus:border-blue-500 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-blue-500 disabled:bg-slate-50 disabled:text-slate-400 aria-invalid:border-red-400';

/** A labelled native select (keyboard and screen-reader friendly everywhere) with linked hint and error. */
export function SelectField({ label, hint, error, className, children, ...selectProps }: SelectFieldProps) {
  const selectId = useId();
  const hintId = `${selectId}-hint`;
  const errorId = `${selectId}-error`;
  const describedBy = [hint !== undefined && hintId, error && errorId].filter(Boolean).join(' ');
  return (
    <div className={className}>
      <label htmlFor={selectId} className="mb-1.5 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={selectId}
        className={selectClassName}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...selectProps}
      >
        {children}
      </select>
      {hint !== undefined && (
        <p id={hintId} className="mt-1.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={classNames('mt-1.5 text-xs font-medium text-red-700')}>
          {error}
        </p>
      )}
    </div>
  );
}
