import type { PurposeCategory, UseCaseInput, UseCaseInputDraft } from '@jumugwan/contracts';

/** The form as typed: minutes stay text until sent, so a half-typed number is not lost. */
export interface CaseFormValues {
  title: string;
  task: string;
  category: PurposeCategory;
  /** '' for none. */
  assistantId: string;
  prompt: string;
  minutesBefore: string;
  minutesAfter: string;
  result: string;
}

export type CaseFormField = keyof CaseFormValues;

export type CaseFormProblem = 'required' | 'minutes';

/** Limits of the contract (useCaseInputSchema), checked as the user types. */
export const caseFieldLimits = {
  title: 120,
  task: 2_000,
  prompt: 10_000,
  result: 5_000,
} as const;

const maximumMinutes = 100_000;

export function initialCaseFormValues(input?: UseCaseInput): CaseFormValues {
  return {
    title: input?.title ?? '',
    task: input?.task ?? '',
    category: input?.category ?? 'other',
    assistantId: input?.assistantId ?? '',
    prompt: input?.prompt ?? '',
    minutesBefore: input?.minutesBefore === null || input === undefined ? '' : String(input.minutesBefore),
    minutesAfter: input?.minutesAfter === null || input === undefined ? '' : String(input.minutesAfter),
    result: input?.result ?? '',
  };
}

/** Whole minutes from 0 to 100,000, null when empty, undefined when it is not such a number. */
export function parseMinutes(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/,/gu, '');
  if (trimmed === '') return null;
  if (!/^\d+$/u.test(trimmed)) return undefined;
  const minutes = Number(trimmed);
  return minutes <= maximumMinutes ? minutes : undefined;
}

/** What must be fixed before sending, by field, in the form's order. */
export function caseFormProblems(values: CaseFormValues): Partial<Record<CaseFormField, CaseFormProblem>> {
  const problems: Partial<Record<CaseFormField, CaseFormProblem>> = {};
  if (values.title.trim() === '') problems.title = 'required';
  if (values.task.trim() === '') problems.task = 'required';
  if (parseMinutes(values.minutesBefore) === undefined) problems.minutesBefore = 'minutes';
  if (parseMinutes(values.minutesAfter) === undefined) problems.minutesAfter = 'minutes';
  if (values.result.trim() === '') problems.result = 'required';
  return problems;
}

/** The request body's `input` (call only when caseFormProblems is empty). */
export function caseInputFromForm(values: CaseFormValues): UseCaseInputDraft {
  return {
    title: values.title.trim(),
    task: values.task.trim(),
    category: values.category,
    assistantId: values.assistantId === '' ? null : values.assistantId,
    prompt: values.prompt.trim(),
    minutesBefore: parseMinutes(values.minutesBefore) ?? null,
    minutesAfter: parseMinutes(values.minutesAfter) ?? null,
    result: values.result.trim(),
  };
}
