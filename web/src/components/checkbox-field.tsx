import type { ReactNode } from 'react';

export interface CheckboxFieldProps {
  label: ReactNode;
  /** A line under the label saying what the choice does. */
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label and an optional hint, all inside one label so either toggles it. */
export function CheckboxField({ label, hint, checked, onChange }: CheckboxFieldProps) {
  return (
    <label className="flex items-start gap-2 text-sm text-slate-800">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-1 size-4 rounded border-slate-300 accent-blue-600"
      />
      <span>
        <span className="font-medium">{label}</span>
        {hint !== undefined && <span className="block text-xs text-slate-500">{hint}</span>}
      </span>
    </label>
  );
}
