import { purposeCategories, useCaseCategorySchema, type UseCaseDetail } from '@jumugwan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { validationFieldErrors } from '../../api/validation-field-errors';
import { Alert } from '../../components/alert';
import { Button, buttonClassName } from '../../components/button';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { CaseFileField } from './case-file-field';
import {
  caseFieldLimits,
  caseFormProblems,
  caseInputFromForm,
  initialCaseFormValues,
  parseMinutes,
  type CaseFormField,
  type CaseFormProblem,
  type CaseFormValues,
} from './case-form-values';
import { caseAssistantOptionsQuery, caseKeys, createCase, submitCase, updateCase } from './case-queries';
import { timeSaved } from './time-saved';
import { useCaseFileUploads } from './use-case-file-uploads';

/** The fields in the order of the form, for the problem summary. */
const fieldOrder: readonly CaseFormField[] = [
  'title',
  'task',
  'category',
  'assistantId',
  'prompt',
  'minutesBefore',
  'minutesAfter',
  'result',
];

type SaveAction = 'save' | 'submit';

/**
 * 사례 등록 and 수정: title, task, category, the assistant used, the prompt, the minutes before and after
 * (절감 N분 / N% as they are typed), the result and files. 임시 저장 keeps it as a draft; 검토 요청 sends it
 * to the author's department admins. Problems are named in Korean, from this form and from the server.
 */
export function CaseForm({ existing }: { existing: UseCaseDetail | null }) {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const assistants = useQuery(caseAssistantOptionsQuery);
  const files = useCaseFileUploads();
  const [values, setValues] = useState<CaseFormValues>(() => initialCaseFormValues(existing?.input));
  const [caseId, setCaseId] = useState<string | null>(existing?.id ?? null);
  const [showProblems, setShowProblems] = useState(false);
  const [serverProblems, setServerProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<SaveAction | null>(null);
  const problems = caseFormProblems(values);
  const problemFields = fieldOrder.filter(
    (field) => problems[field] !== undefined || serverProblems[field] !== undefined,
  );
  const saved = timeSaved(
    parseMinutes(values.minutesBefore) ?? null,
    parseMinutes(values.minutesAfter) ?? null,
  );
  const number = new Intl.NumberFormat(i18n.language);

  const focusField = (field: CaseFormField) =>
    formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"]`)?.focus();
  const set = (field: CaseFormField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerProblems((current) => {
      if (current[field] === undefined) return current;
      const { [field]: _removed, ...rest } = current;
      return rest;
    });
  };
  const problemMessage = (problem: CaseFormProblem) =>
    problem === 'required' ? t('cases.form.problems.required') : t('cases.form.problems.minutes');
  const errorFor = (field: CaseFormField) => {
    const problem = problems[field];
    return serverProblems[field] ?? (showProblems && problem !== undefined ? problemMessage(problem) : null);
  };

  const save = async (action: SaveAction) => {
    if (pending !== null) return;
    setShowProblems(true);
    setFailure(null);
    const first = fieldOrder.find((field) => problems[field] !== undefined);
    if (first !== undefined) {
      focusField(first);
      return;
    }
    setPending(action);
    try {
      const waiting = files.entries;
      // With files to send, the case is saved as it is first and sent to review once they have arrived.
      const submitNow = action === 'submit' && waiting.length === 0;
      const request = { input: caseInputFromForm(values), submit: submitNow };
      const savedCase = caseId === null ? await createCase(request) : await updateCase(caseId, request);
      setCaseId(savedCase.id);
      setServerProblems({});
      queryClient.setQueryData(caseKeys.detail(savedCase.id), savedCase);
      if (waiting.length > 0) {
        const allSent = await files.uploadAll(savedCase.id, waiting);
        if (!allSent) {
          setFailure(t('cases.form.filesFailed'));
          return;
        }
        if (action === 'submit') await submitCase(savedCase.id);
      }
      await queryClient.invalidateQueries({ queryKey: caseKeys.all });
      await navigate({ to: '/cases/$caseId', params: { caseId: savedCase.id } });
    } catch (error) {
      const byField = isApiError(error) ? validationFieldErrors(error.details, '/input') : {};
      setServerProblems(byField);
      setFailure(error instanceof Error ? error.message : t('errors.invalidResponse'));
    } finally {
      setPending(null);
    }
  };

  const handleSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = event.nativeEvent.submitter;
    void save(submitter instanceof HTMLElement && submitter.dataset.action === 'save' ? 'save' : 'submit');
  };

  const assistantOptions = assistants.data ?? [];
  const currentAssistant = existing?.assistant ?? null;
  const showCurrentAssistant =
    currentAssistant !== null && !assistantOptions.some((assistant) => assistant.id === currentAssistant.id);

  return (
    <form
      ref={formRef}
      onSubmit={handleSubmit}
      noValidate
      aria-label={existing === null ? t('cases.form.createLabel') : t('cases.form.editLabel')}
      className="space-y-5"
    >
      {showProblems && problemFields.length > 0 && (
        <Alert tone="error">
          <p className="font-medium">{t('cases.form.problemSummary', { count: problemFields.length })}</p>
          <ul className="mt-1 list-disc pl-5">
            {problemFields.map((field) => (
              <li key={field}>
                <button
                  type="button"
                  onClick={() => focusField(field)}
                  className="font-medium underline underline-offset-2"
                >
                  {t(`cases.fields.${field}`)}
                </button>
                {': '}
                {errorFor(field)}
              </li>
            ))}
          </ul>
        </Alert>
      )}

      <div className="space-y-5 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <TextField
          data-field="title"
          label={t('cases.fields.title')}
          value={values.title}
          onChange={(event) => set('title', event.target.value)}
          maxLength={caseFieldLimits.title}
          placeholder={t('cases.form.titlePlaceholder')}
          error={errorFor('title')}
          required
        />
        <TextAreaField
          data-field="task"
          label={t('cases.fields.task')}
          hint={t('cases.form.taskHint')}
          value={values.task}
          onChange={(event) => set('task', event.target.value)}
          maxLength={caseFieldLimits.task}
          rows={3}
          error={errorFor('task')}
          required
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            data-field="category"
            label={t('cases.fields.category')}
            value={values.category}
            onChange={(event) => {
              const parsed = useCaseCategorySchema.safeParse(event.target.value);
              if (parsed.success) set('category', parsed.data);
            }}
            error={errorFor('category')}
          >
            {purposeCategories.map((category) => (
              <option key={category} value={category}>
                {t(`usage.purposes.${category}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            data-field="assistantId"
            label={t('cases.fields.assistantId')}
            hint={assistants.isError ? t('cases.form.assistantsUnavailable') : t('cases.form.assistantHint')}
            value={values.assistantId}
            onChange={(event) => set('assistantId', event.target.value)}
            error={errorFor('assistantId')}
          >
            <option value="">{t('cases.form.noAssistant')}</option>
            {showCurrentAssistant && (
              <option value={currentAssistant.id}>
                {currentAssistant.icon} {currentAssistant.name}
              </option>
            )}
            {assistantOptions.map((assistant) => (
              <option key={assistant.id} value={assistant.id}>
                {assistant.icon} {assistant.name}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField
          data-field="prompt"
          label={t('cases.fields.prompt')}
          hint={t('cases.form.promptHint')}
          value={values.prompt}
          onChange={(event) => set('prompt', event.target.value)}
          maxLength={caseFieldLimits.prompt}
          rows={5}
          error={errorFor('prompt')}
        />
        <fieldset>
          <legend className="mb-1.5 text-sm font-medium text-slate-700">{t('cases.fields.time')}</legend>
          <div className="grid items-start gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_minmax(0,1.2fr)]">
            <TextField
              data-field="minutesBefore"
              label={t('cases.fields.minutesBefore')}
              inputMode="numeric"
              value={values.minutesBefore}
              onChange={(event) => set('minutesBefore', event.target.value)}
              error={errorFor('minutesBefore')}
              maxLength={7}
            />
            <TextField
              data-field="minutesAfter"
              label={t('cases.fields.minutesAfter')}
              inputMode="numeric"
              value={values.minutesAfter}
              onChange={(event) => set('minutesAfter', event.target.value)}
              error={errorFor('minutesAfter')}
              maxLength={7}
            />
            <p
              aria-live="polite"
              data-testid="case-form-saved"
              className="rounded-lg bg-emerald-50 px-3 py-2 text-sm font-semibold text-emerald-800 ring-1 ring-emerald-200 sm:mt-7"
            >
              {saved === null
                ? t('cases.form.savedUnknown')
                : saved.percent === null
                  ? t('cases.time.saved', { minutes: number.format(saved.minutes) })
                  : t('cases.time.savedPercent', {
                      minutes: number.format(saved.minutes),
                      percent: saved.percent,
                    })}
            </p>
          </div>
          <p className="mt-1.5 text-xs text-slate-500">{t('cases.form.timeHint')}</p>
        </fieldset>
        <TextAreaField
          data-field="result"
          label={t('cases.fields.result')}
          hint={t('cases.form.resultHint')}
          value={values.result}
          onChange={(event) => set('result', event.target.value)}
          maxLength={caseFieldLimits.result}
          rows={4}
          error={errorFor('result')}
          required
        />
        <CaseFileField caseId={caseId} existing={existing?.attachments ?? []} files={files} />
      </div>

      {failure !== null && <Alert tone="error">{failure}</Alert>}

      <div className="flex flex-wrap items-center justify-end gap-2">
        {caseId === null ? (
          <Link to="/cases" className={buttonClassName('ghost')}>
            {t('common.cancel')}
          </Link>
        ) : (
          <Link to="/cases/$caseId" params={{ caseId }} className={buttonClassName('ghost')}>
            {t('common.cancel')}
          </Link>
        )}
        {existing?.status === 'published' ? (
          // A platform admin correcting a published case: it stays published.
          <Button type="submit" data-action="save" disabled={pending !== null}>
            {pending === 'save' ? t('common.saving') : t('cases.form.saveOnly')}
          </Button>
        ) : (
          <>
            <Button type="submit" variant="secondary" data-action="save" disabled={pending !== null}>
              {pending === 'save' ? t('common.saving') : t('cases.form.save')}
            </Button>
            <Button type="submit" data-action="submit" disabled={pending !== null}>
              {pending === 'submit' ? t('cases.form.submitting') : t('cases.form.submit')}
            </Button>
          </>
        )}
      </div>
    </form>
  );
}
