import type { TFunction } from 'i18next';
import type { FieldProblem } from './field-values';

/** The Korean (or English) sentence for a field problem, shown under the field and in the summary. */
export function fieldProblemMessage(t: TFunction, problem: FieldProblem): string {
  switch (problem.code) {
    case 'required':
      return t('drafting.form.problems.required');
    case 'tooLong':
      return t('drafting.form.problems.tooLong', { max: problem.max });
    case 'number':
      return t('drafting.form.problems.number');
    case 'money':
      return t('drafting.form.problems.money');
    case 'date':
      return t('drafting.form.problems.date');
    case 'time':
      return t('drafting.form.problems.time');
    case 'option':
      return t('drafting.form.problems.option');
    case 'statuteIncomplete':
      return t('drafting.form.problems.statuteIncomplete', { entry: problem.entry });
    case 'tooManyStatutes':
      return t('drafting.form.problems.tooManyStatutes', { max: problem.max });
  }
}
