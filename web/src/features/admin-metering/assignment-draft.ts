import type { AssignmentInput } from '@jumugwan/contracts';
import type { PickedUser } from './budget-draft';
import { isCalendarDay } from './price-draft';

export interface AssignmentDraft {
  user: PickedUser | null;
  startsOn: string;
  termsText: string;
}

export interface AssignmentDraftErrors {
  user?: true;
  startsOn?: true;
  terms?: true;
}

export type AssignmentDraftResult =
  { ok: true; input: AssignmentInput } | { ok: false; errors: AssignmentDraftErrors };

export function emptyAssignmentDraft(today: string): AssignmentDraft {
  return { user: null, startsOn: today, termsText: '1' };
}

/** The assignment to save: a person, the first day and 1–12 consecutive terms. */
export function assignmentFromDraft(draft: AssignmentDraft): AssignmentDraftResult {
  const errors: AssignmentDraftErrors = {};
  if (draft.user === null) {
    errors.user = true;
  }
  const startsOn = draft.startsOn.trim();
  if (!isCalendarDay(startsOn)) {
    errors.startsOn = true;
  }
  const termsText = draft.termsText.normalize('NFKC').trim();
  const terms = Number(termsText);
  if (!/^\d{1,2}$/.test(termsText) || terms < 1 || terms > 12) {
    errors.terms = true;
  }
  if (draft.user === null || Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, input: { userId: draft.user.id, startsOn, terms } };
}
