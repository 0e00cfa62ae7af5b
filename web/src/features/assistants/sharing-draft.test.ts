import { describe, expect, it } from 'vitest';
import {
  sameSharing,
  sharingProblem,
  sharingRequest,
  sharingToDraft,
  withoutPerson,
  withPerson,
  type SharingDraft,
} from './sharing-draft';

const kim = { id: '00000000-0000-4000-8000-000000000001', name: '김주무', departmentName: '회계과' };
const lee = { id: '00000000-0000-4000-8000-000000000002', name: '이주무', departmentName: null };
const department = '00000000-0000-4000-8000-0000000000d1';

const draft: SharingDraft = {
  visibility: 'users',
  departmentId: department,
  includeSubdepartments: true,
  users: [kim],
  editors: [lee],
};

describe('sharingRequest', () => {
  it('sends the people of 지정한 사람 only with that visibility', () => {
    expect(sharingRequest(draft)).toEqual({
      visibility: 'users',
      departmentId: null,
      includeSubdepartments: false,
      userIds: [kim.id],
      editorIds: [lee.id],
    });
  });

  it('sends the department and its subdepartments choice for 부서', () => {
    expect(sharingRequest({ ...draft, visibility: 'department' })).toEqual({
      visibility: 'department',
      departmentId: department,
      includeSubdepartments: true,
      userIds: [],
      editorIds: [lee.id],
    });
  });

  it('keeps editors whatever the visibility', () => {
    expect(sharingRequest({ ...draft, visibility: 'private' }).editorIds).toEqual([lee.id]);
  });
});

describe('sharing drafts', () => {
  it('reads the detail', () => {
    expect(
      sharingToDraft({
        visibility: 'institution',
        departmentId: null,
        includeSubdepartments: false,
        userIds: [],
        editorIds: [kim.id],
        users: [],
        editors: [kim],
      }),
    ).toEqual({
      visibility: 'institution',
      departmentId: null,
      includeSubdepartments: false,
      users: [],
      editors: [kim],
    });
  });

  it('adds a person once and removes by id', () => {
    expect(withPerson([kim], kim)).toEqual([kim]);
    expect(withPerson([kim], lee)).toEqual([kim, lee]);
    expect(withoutPerson([kim, lee], kim.id)).toEqual([lee]);
  });

  it('needs someone for 지정한 사람', () => {
    expect(sharingProblem({ ...draft, users: [] })).toBe('noUsers');
    expect(sharingProblem(draft)).toBeNull();
    expect(sharingProblem({ ...draft, visibility: 'private', users: [] })).toBeNull();
  });

  it('compares by what would be saved, in any order', () => {
    expect(sameSharing(draft, { ...draft, users: [kim], editors: [lee] })).toBe(true);
    expect(
      sameSharing({ ...draft, visibility: 'private' }, { ...draft, visibility: 'private', users: [] }),
    ).toBe(true);
    expect(sameSharing(draft, { ...draft, editors: [] })).toBe(false);
    expect(sameSharing({ ...draft, users: [kim, lee] }, { ...draft, users: [lee, kim] })).toBe(true);
  });
});
