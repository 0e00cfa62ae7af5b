import { useId } from 'react';
import { classNames } from '../../components/class-names';

export interface InlineRadioOption<Value extends string> {
  value: Value;
  label: string;
}

export interface InlineRadioGroupProps<Value extends string> {
  legend: string;
  options: readonly InlineRadioOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  /** One line under the choices, e.g. what the chosen option means. */
  hint?: string;
  className?: string;
}

/** A short radio group on one line, drawn as segments (arrow keys move between them, as with any radios). */
export function InlineRadioGroup<Value extends string>({
  legend,
  options,
  value,
  onChange,
  hint,
  className,
}: InlineRadioGroupProps<Value>) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className={className} aria-describedby={hint === undefined ? undefined : hintId}>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">{legend}</legend>
      <div className="inline-flex flex-wrap rounded-lg border border-slate-300 bg-white p-0.5 shadow-sm">
        {options.map((option) => (
          <label
            key={option.value}
            className={classNames(
              'flex cursor-pointer items-center rounded-md px-3 py-1.5 text-sm font-medium text-slate-700',
              'has-checked:bg-blue-600 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-blue-600',
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="sr-only"
            />
            {option.label}
          </label>
        ))}
      </div>
      {hint !== undefined && (
        <p id={hintId} className="mt-1.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
