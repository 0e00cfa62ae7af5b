import { assistantDefinitionSchema } from '@jumugwan/contracts';
import type { TFunction } from 'i18next';
import { draftToDefinition, type DefinitionDraft } from './definition-draft';

/** What is wrong with one field of the form, before asking the server. */
export type DefinitionProblem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'tooMany'; max: number }
  | { code: 'chooseOne' }
  | { code: 'invalid' };

/**
 * A field's key in the form and in the server's answers: the path inside the definition joined by dots
 * (`name`, `starters.2`, `expectedFiles.0.formats`).
 */
export function fieldKey(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  origin?: string;
  maximum?: number | bigint;
}

function problemOf(issue: SchemaIssue): DefinitionProblem {
  const collection = issue.origin === 'array' || issue.origin === 'set';
  if (issue.code === 'too_small') {
    return collection ? { code: 'chooseOne' } : { code: 'required' };
  }
  if (issue.code === 'too_big') {
    const max = Number(issue.maximum ?? 0);
    return collection ? { code: 'tooMany', max } : { code: 'tooLong', max };
  }
  return { code: 'invalid' };
}

/**
 * The draft checked against the same schema the server uses, as problems by field key (the first one of
 * each field). Empty when the draft may be saved.
 */
export function definitionProblems(draft: DefinitionDraft): Record<string, DefinitionProblem> {
  const parsed = assistantDefinitionSchema.safeParse(draftToDefinition(draft));
  if (parsed.success) {
    return {};
  }
  const problems: Record<string, DefinitionProblem> = {};
  for (const issue of parsed.error.issues as SchemaIssue[]) {
    const key = fieldKey(issue.path);
    problems[key] ??= problemOf(issue);
  }
  return problems;
}

/** The sentence shown under the field (Korean, or English when chosen). */
export function definitionProblemMessage(t: TFunction, problem: DefinitionProblem): string {
  switch (problem.code) {
    case 'required':
      return t('assistants.editor.problems.required');
    case 'tooLong':
      return t('assistants.editor.problems.tooLong', { max: problem.max.toLocaleString() });
    case 'tooMany':
      return t('assistants.editor.problems.tooMany', { max: problem.max });
    case 'chooseOne':
      return t('assistants.editor.problems.chooseOne');
    case 'invalid':
      return t('assistants.editor.problems.invalid');
  }
}
