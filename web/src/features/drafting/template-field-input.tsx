import type { TemplateField } from '@jumugwan/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { classNames } from '../../components/class-names';
import { selectClassName } from '../../components/select-field';
import { inputClassName } from '../../components/text-field';
import { isoDate, koreanDate, moneyDigits } from './field-values';

export interface TemplateFieldInputProps {
  field: TemplateField;
  /** The control's id; the error summary links to it. */
  id: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

/** The first line of an example, as a one-line input's placeholder. */
function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

/** The label with its required marker, the control for the field's type, the hint and the error. */
export function TemplateFieldInput({ field, id, value, onChange, error }: TemplateFieldInputProps) {
  const { t } = useTranslation();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hint = fieldHint(field, t('drafting.form.listHint'));
  const describedBy =
    [hint !== '' && hintId, error !== null && errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error === null ? undefined : true,
    'aria-required': field.required || undefined,
    'data-field': field.key,
  };
  const placeholder = field.example === '' ? undefined : field.example;

  let control: ReactNode;
  switch (field.type) {
    case 'textarea':
    case 'list':
      control = (
        <textarea
          {...common}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder={placeholder}
          rows={field.type === 'list' ? 4 : 3}
          maxLength={field.maxLength}
          className={`${inputClassName} resize-y leading-6`}
        />
      );
      break;
    case 'select':
      control = (
        <select
          {...common}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className={selectClassName}
        >
          <option value="">{t('drafting.form.choose')}</option>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
      break;
    case 'date':
      control = (
        <div className="flex gap-2">
          <input
            {...common}
            type="text"
            value={value}
            onChange={(event) => onChange(event.target.value)}
            placeholder={
              placeholder === undefined ? t('drafting.form.datePlaceholder') : firstLine(placeholder)
            }
            className={inputClassName}
          />
          {/* The calendar writes the date as documents do; typing stays possible for "2026. 10. 14.(수)". */}
          <input
            type="date"
            value={isoDate(value) ?? ''}
            onChange={(event) => onChange(koreanDate(event.target.value) ?? '')}
            aria-label={t('drafting.form.calendar', { label: field.label })}
            className={`${inputClassName} w-auto shrink-0`}
          />
        </div>
      );
      break;
    default:
      control = (
        <input
          {...common}
          type="text"
          inputMode={field.type === 'number' ? 'decimal' : field.type === 'money' ? 'numeric' : undefined}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder={
            placeholder === undefined
              ? field.type === 'time'
                ? t('drafting.form.timePlaceholder')
                : undefined
              : firstLine(placeholder)
          }
          maxLength={field.maxLength}
          className={inputClassName}
        />
      );
  }

  const money = field.type === 'money' ? moneyDigits(value) : null;
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-700">
        {field.label}
        {field.required && (
          <>
            <span aria-hidden="true" className="ml-0.5 text-red-600">
              *
            </span>
            <span className="sr-only">{t('drafting.form.requiredMark')}</span>
          </>
        )}
      </label>
      {control}
      {money !== null && money !== '' && (
        <p className="mt-1 text-xs text-slate-600 tabular-nums">
          {t('drafting.form.moneyPreview', { amount: Number(money).toLocaleString('ko-KR') })}
        </p>
      )}
      {hint !== '' && (
        <p id={hintId} className="mt-1.5 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error !== null && (
        <p id={errorId} className={classNames('mt-1.5 text-xs font-medium text-red-700')}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The template's hint; list fields also say that each line is one item. */
function fieldHint(field: TemplateField, listHint: string): string {
  if (field.type !== 'list') return field.hint;
  return field.hint === '' ? listHint : `${field.hint} ${listHint}`;
}
