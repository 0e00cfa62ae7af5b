import { monthSchema } from '@jumugwan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { periodPresets, type MonthRange, type PeriodPreset, type PeriodSearch } from './usage-period';

export interface PeriodPickerProps {
  preset: PeriodPreset;
  range: MonthRange;
  /** The latest month that can be picked (this month, in Seoul). */
  maxMonth: string;
  onChange: (period: PeriodSearch) => void;
}

/** 이번 달, 지난달, 이번 분기, 올해, or a month range; a range applies once both months are valid and in order. */
export function PeriodPicker({ preset, range, maxMonth, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MonthRange>(range);
  const [error, setError] = useState<string | null>(null);
  const [editedRange, setEditedRange] = useState(range);
  // A new range from outside (the preset, the back button) replaces what was typed.
  if (editedRange.from !== range.from || editedRange.to !== range.to) {
    setEditedRange(range);
    setDraft(range);
    setError(null);
  }

  const changeMonth = (key: keyof MonthRange, value: string) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    if (!monthSchema.safeParse(next.from).success || !monthSchema.safeParse(next.to).success) {
      setError(t('usage.invalidMonth'));
      return;
    }
    if (next.from > next.to) {
      setError(t('usage.invalidRange'));
      return;
    }
    setError(null);
    onChange({ period: 'custom', from: next.from, to: next.to });
  };

  return (
    <>
      <SelectField
        label={t('usage.period')}
        value={preset}
        onChange={(event) => {
          const selected =
            periodPresets.find((candidate) => candidate === event.target.value) ?? 'this_month';
          onChange(
            selected === 'custom'
              ? { period: 'custom', from: range.from, to: range.to }
              : { period: selected },
          );
        }}
      >
        {periodPresets.map((option) => (
          <option key={option} value={option}>
            {t(`usage.periods.${option}`)}
          </option>
        ))}
      </SelectField>
      {preset === 'custom' && (
        <>
          <TextField
            label={t('usage.fromMonth')}
            type="month"
            max={maxMonth}
            value={draft.from}
            onChange={(event) => changeMonth('from', event.target.value)}
          />
          <TextField
            label={t('usage.toMonth')}
            type="month"
            max={maxMonth}
            value={draft.to}
            onChange={(event) => changeMonth('to', event.target.value)}
            error={error}
          />
        </>
      )}
    </>
  );
}
