import type { AssistantDetail, AssistantSharing, AssistantVisibility } from '@jumugwan/contracts';

export interface SharingPerson {
  id: string;
  name: string;
  departmentName: string | null;
}

/** Who may use and edit the assistant, as edited in the sharing dialog. */
export interface SharingDraft {
  visibility: AssistantVisibility;
  /** For 부서: which department; null means the owner's. */
  departmentId: string | null;
  includeSubdepartments: boolean;
  users: SharingPerson[];
  editors: SharingPerson[];
}

export const visibilityOrder = [
  'private',
  'users',
  'department',
  'institution',
] as const satisfies readonly AssistantVisibility[];

export function sharingToDraft(sharing: NonNullable<AssistantDetail['sharing']>): SharingDraft {
  return {
    visibility: sharing.visibility,
    departmentId: sharing.departmentId,
    includeSubdepartments: sharing.includeSubdepartments,
    users: sharing.users.map(({ id, name, departmentName }) => ({ id, name, departmentName })),
    editors: sharing.editors.map(({ id, name, departmentName }) => ({ id, name, departmentName })),
  };
}

/** Adds a person once. */
export function withPerson(people: readonly SharingPerson[], person: SharingPerson): SharingPerson[] {
  return people.some((existing) => existing.id === person.id) ? [...people] : [...people, person];
}

export function withoutPerson(people: readonly SharingPerson[], id: string): SharingPerson[] {
  return people.filter((person) => person.id !== id);
}

/**
 * The body of PUT /api/assistants/:id/sharing. Only what the visibility uses is sent: the people of
 * 지정한 사람 and the department of 부서 are dropped for the others, so nothing stays shared unseen.
 */
export function sharingRequest(draft: SharingDraft): AssistantSharing {
  return {
    visibility: draft.visibility,
    departmentId: draft.visibility === 'department' ? draft.departmentId : null,
    includeSubdepartments: draft.visibility === 'department' && draft.includeSubdepartments,
    userIds: draft.visibility === 'users' ? draft.users.map((person) => person.id) : [],
    editorIds: draft.editors.map((person) => person.id),
  };
}

/** What is wrong with the draft, if anything: 지정한 사람 with nobody named. */
export function sharingProblem(draft: SharingDraft): 'noUsers' | null {
  return draft.visibility === 'users' && draft.users.length === 0 ? 'noUsers' : null;
}

/** Whether two drafts would save the same sharing. */
export function sameSharing(left: SharingDraft, right: SharingDraft): boolean {
  const comparable = (draft: SharingDraft) => {
    const request = sharingRequest(draft);
    return JSON.stringify({
      ...request,
      userIds: [...request.userIds].sort(),
      editorIds: [...request.editorIds].sort(),
    });
  };
  return comparable(left) === comparable(right);
}
