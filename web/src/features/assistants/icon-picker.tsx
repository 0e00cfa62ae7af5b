import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { inputClassName } from '../../components/text-field';

/** Icons that suit public-service work; any other emoji can be typed in. */
export const suggestedIcons = [
  '🤖',
  '📝',
  '📄',
  '📊',
  '📈',
  '🧮',
  '📮',
  '📢',
  '🔍',
  '📚',
  '⚖️',
  '🏛️',
  '💡',
  '🌐',
  '🗂️',
  '🧾',
  '📅',
  '🏗️',
  '🚒',
  '🌱',
  '🤝',
  '💬',
  '🛠️',
  '🎓',
] as const;

const maximumIconLength = 16;

export interface IconPickerProps {
  id: string;
  value: string;
  onChange: (icon: string) => void;
  error: string | null;
}

/**
 * The assistant's emoji: a grid of suggestions as a radio group (arrow keys move, the chosen one is
 * announced), and a box for any other emoji.
 */
export function IconPicker({ id, value, onChange, error }: IconPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  const customId = `${id}-custom`;
  const errorId = `${id}-error`;
  const suggested = suggestedIcons.some((icon) => icon === value);
  return (
    <fieldset id={id} aria-describedby={error === null ? undefined : errorId}>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">{t('assistants.editor.icon')}</legend>
      <div className="flex flex-wrap items-start gap-4">
        <span
          aria-hidden="true"
          className="inline-flex size-14 shrink-0 items-center justify-center rounded-2xl bg-slate-100 text-3xl"
        >
          {value.trim() === '' ? '·' : value}
        </span>
        <div className="min-w-0 flex-1">
          <div
            className="grid grid-cols-8 gap-1 sm:grid-cols-12"
            role="radiogroup"
            aria-label={t('assistants.editor.iconSuggestions')}
          >
            {suggestedIcons.map((icon) => (
              <label
                key={icon}
                className={classNames(
                  'flex size-9 cursor-pointer items-center justify-center rounded-lg text-xl hover:bg-slate-100',
                  'has-checked:bg-blue-50 has-checked:ring-2 has-checked:ring-blue-500 has-focus-visible:outline-2 has-focus-visible:outline-blue-600',
                )}
              >
                <input
                  type="radio"
                  name={name}
                  value={icon}
                  checked={value === icon}
                  onChange={() => onChange(icon)}
                  className="sr-only"
                />
                {icon}
              </label>
            ))}
          </div>
          <div className="mt-2 flex items-center gap-2">
            <label htmlFor={customId} className="shrink-0 text-xs text-slate-600">
              {t('assistants.editor.iconCustom')}
            </label>
            <input
              id={customId}
              type="text"
              value={suggested ? '' : value}
              maxLength={maximumIconLength}
              placeholder={t('assistants.editor.iconCustomPlaceholder')}
              onChange={(event) => onChange(event.target.value)}
              aria-invalid={error === null ? undefined : true}
              className={classNames(inputClassName, 'w-28')}
            />
          </div>
        </div>
      </div>
      {error !== null && (
        <p id={errorId} className="mt-1.5 text-xs font-medium text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
