import { useId } from 'react';
import { classNames } from '../../components/class-names';

export interface ChoiceCardOption<Value extends string> {
  value: Value;
  label: string;
  hint: string;
}

export interface ChoiceCardsProps<Value extends string> {
  legend: string;
  options: readonly ChoiceCardOption<Value>[];
  value: Value;
  onChange: (value: Value) => void;
  disabled?: boolean;
  className?: string;
}

/** A radio group drawn as cards, each choice with its one-line explanation (arrow keys move between them). */
export function ChoiceCards<Value extends string>({
  legend,
  options,
  value,
  onChange,
  disabled,
  className,
}: ChoiceCardsProps<Value>) {
  const name = useId();
  return (
    <fieldset className={className} disabled={disabled}>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">{legend}</legend>
      <div className="grid gap-2">
        {options.map((option) => {
          const hintId = `${name}-${option.value}-hint`;
          return (
            <label
              key={option.value}
              className={classNames(
                'flex cursor-pointer items-start gap-2.5 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm',
                'has-checked:border-blue-500 has-checked:bg-blue-50 has-focus-visible:outline-2 has-focus-visible:outline-blue-600',
                'has-disabled:cursor-not-allowed has-disabled:opacity-60',
              )}
            >
              <input
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                aria-describedby={hintId}
                className="mt-0.5 accent-blue-600 focus-visible:outline-none"
              />
              <span className="min-w-0">
                <span className="block font-medium text-slate-900">{option.label}</span>
                <span id={hintId} className="block text-xs text-slate-600">
                  {option.hint}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
