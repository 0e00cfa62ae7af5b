import { usageReportInputSchema, type Assignment, type UsageReport } from '@jumugwan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { submitOnShortcut } from '../../components/submit-on-shortcut';
import { inputClassName } from '../../components/text-field';
import { sharesSummary } from './percentage-shares';
import { defaultReportMonth, reportMonths } from './report-months';
import { submitUsageReport, usageDashboardQuery, usageKeys } from './usage-queries';
import { localizePurposes, sliceShares } from './usage-slices';
import { useUsageFormat } from './use-usage-format';

const minimumLength = 10;
const maximumLength = 5000;

export interface UsageReportFormProps {
  assignment: Assignment;
  reports: readonly UsageReport[];
}

/** The holder's monthly report: a month, a preview of that month's use, and their own account of it. */
export function UsageReportForm({ assignment, reports }: UsageReportFormProps) {
  const { t } = useTranslation();
  const format = useUsageFormat();
  const queryClient = useQueryClient();
  const descriptionId = useId();
  const [now] = useState(() => new Date());
  const months = reportMonths(assignment.startsOn, assignment.endsOn, now);
  const reported = new Set(reports.map((report) => report.month));
  const [chosenMonth, setChosenMonth] = useState<string | undefined>(undefined);
  const month = chosenMonth ?? defaultReportMonth(months, reported) ?? '';
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);

  const preview = useQuery({
    ...usageDashboardQuery({ scope: 'self', from: month, to: month }),
    enabled: month !== '',
  });
  const shares = sliceShares(
    localizePurposes(preview.data?.byPurpose ?? [], (category) => t(`usage.purposes.${category}`)),
    'calls',
  );

  const submit = useMutation({
    mutationFn: submitUsageReport,
    onSuccess: async () => {
      setDescription('');
      setChosenMonth(undefined);
      await queryClient.invalidateQueries({ queryKey: usageKeys.myReports() });
    },
  });

  const send = () => {
    const parsed = usageReportInputSchema.safeParse({ month, caseDescription: description });
    if (!parsed.success) {
      setError(
        description.trim().length < minimumLength ? t('usage.reportTooShort') : t('usage.reportInvalid'),
      );
      return;
    }
    setError(null);
    submit.mutate(parsed.data);
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    send();
  };

  if (months.length === 0) {
    return null;
  }

  const describedBy = [`${descriptionId}-hint`, error !== null && `${descriptionId}-error`]
    .filter(Boolean)
    .join(' ');

  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      aria-label={t('usage.reportFormLabel')}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <SelectField
        label={t('usage.reportMonth')}
        value={month}
        onChange={(event) => {
          setChosenMonth(event.target.value);
          submit.reset();
        }}
        hint={reported.has(month) ? t('usage.reportAlreadySubmitted') : undefined}
        className="max-w-xs"
      >
        {months.map((option) => (
          <option key={option} value={option}>
            {format.month(option)}
            {reported.has(option) ? ` (${t('usage.reportSubmittedMark')})` : ''}
          </option>
        ))}
      </SelectField>

      <div
        className="rounded-lg bg-slate-50 px-3 py-2.5 text-sm"
        aria-live="polite"
        aria-busy={preview.isFetching}
      >
        <p className="font-medium text-slate-700">
          {t('usage.reportPreview', { month: format.month(month) })}
        </p>
        {preview.isPending && <p className="text-slate-500">{t('app.loading')}</p>}
        {preview.isError && <p className="text-red-700">{preview.error.message}</p>}
        {preview.isSuccess && (
          <p className="text-slate-600">
            {t('usage.reportPreviewTotals', {
              calls: format.count(preview.data.totals.calls),
              cost: format.won(preview.data.totals.costWon),
            })}
            {' · '}
            {shares.length === 0
              ? t('usage.reportNoPurposes')
              : t('usage.reportTopPurposes', { shares: sharesSummary(shares) })}
          </p>
        )}
      </div>

      <div>
        <div className="mb-1.5 flex items-baseline justify-between gap-2">
          <label htmlFor={descriptionId} className="text-sm font-medium text-slate-700">
            {t('usage.reportCase')}
          </label>
          <span className="text-xs text-slate-500 tabular-nums">
            {t('usage.reportLength', {
              length: format.count(description.trim().length),
              maximum: format.count(maximumLength),
            })}
          </span>
        </div>
        <textarea
          id={descriptionId}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          onKeyDown={submitOnShortcut(send)}
          rows={5}
          maxLength={maximumLength}
          placeholder={t('usage.reportCasePlaceholder')}
          aria-invalid={error === null ? undefined : true}
          aria-describedby={describedBy}
          className={`${inputClassName} resize-y leading-6`}
        />
        <p id={`${descriptionId}-hint`} className="mt-1.5 text-xs text-slate-500">
          {t('usage.reportCaseHint')}
        </p>
        {error !== null && (
          <p id={`${descriptionId}-error`} className="mt-1.5 text-xs font-medium text-red-700">
            {error}
          </p>
        )}
      </div>

      {submit.isError && <Alert tone="error">{submit.error.message}</Alert>}
      {submit.isSuccess && (
        <Alert tone="success">{t('usage.reportSubmitted', { month: format.month(submit.data.month) })}</Alert>
      )}

      <div className="flex justify-end">
        <Button type="submit" disabled={submit.isPending || month === ''}>
          {submit.isPending ? t('usage.reportSubmitting') : t('usage.reportSubmit')}
        </Button>
      </div>
    </form>
  );
}
