import type { CollectionShare } from '@jumugwan/contracts';

export type ShareKind = CollectionShare['kind'];

export interface ShareSubject {
  id: string;
  name: string;
}

/** The people and departments a collection is being shared with, as edited before saving. */
export interface ShareDraft {
  users: ShareSubject[];
  departments: ShareSubject[];
}

export function sharesToDraft(shares: readonly CollectionShare[]): ShareDraft {
  return {
    users: shares.filter((share) => share.kind === 'user').map(({ id, name }) => ({ id, name })),
    departments: shares.filter((share) => share.kind === 'department').map(({ id, name }) => ({ id, name })),
  };
}

function listOf(kind: ShareKind): keyof ShareDraft {
  return kind === 'user' ? 'users' : 'departments';
}

/** Adds a person or department once; adding one already there changes nothing. */
export function addShare(draft: ShareDraft, kind: ShareKind, subject: ShareSubject): ShareDraft {
  const key = listOf(kind);
  if (draft[key].some((existing) => existing.id === subject.id)) {
    return draft;
  }
  return { ...draft, [key]: [...draft[key], subject] };
}

export function removeShare(draft: ShareDraft, kind: ShareKind, id: string): ShareDraft {
  const key = listOf(kind);
  return { ...draft, [key]: draft[key].filter((existing) => existing.id !== id) };
}

/** The body of PUT /api/knowledge/collections/:id/shares. */
export function shareRequest(draft: ShareDraft): { userIds: string[]; departmentIds: string[] } {
  return {
    userIds: draft.users.map((user) => user.id),
    departmentIds: draft.departments.map((department) => department.id),
  };
}

/** Whether two drafts share with the same people and departments, in any order (nothing to save). */
export function sameShares(left: ShareDraft, right: ShareDraft): boolean {
  const ids = (subjects: readonly ShareSubject[]) =>
    subjects
      .map((subject) => subject.id)
      .sort()
      .join(',');
  return ids(left.users) === ids(right.users) && ids(left.departments) === ids(right.departments);
}
