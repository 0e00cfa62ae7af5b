import { describe, expect, it } from 'vitest';
import { addShare, removeShare, sameShares, shareRequest, sharesToDraft } from './share-draft';

const userA = { id: '00000000-0000-4000-8000-00000000000a', name: '김주무' };
const userB = { id: '00000000-0000-4000-8000-00000000000b', name: '이주무' };
const team = { id: '00000000-0000-4000-8000-00000000000c', name: '예산팀' };

describe('share draft', () => {
  it('splits the shares by kind', () => {
    expect(
      sharesToDraft([
        { kind: 'user', ...userA },
        { kind: 'department', ...team },
      ]),
    ).toEqual({ users: [userA], departments: [team] });
  });

  it('adds once, removes, and builds the request', () => {
    let draft = sharesToDraft([]);
    draft = addShare(draft, 'user', userA);
    draft = addShare(draft, 'user', userA);
    draft = addShare(draft, 'user', userB);
    draft = addShare(draft, 'department', team);
    expect(draft.users).toEqual([userA, userB]);
    draft = removeShare(draft, 'user', userA.id);
    expect(shareRequest(draft)).toEqual({ userIds: [userB.id], departmentIds: [team.id] });
  });

  it('compares drafts regardless of order', () => {
    const left = { users: [userA, userB], departments: [team] };
    const right = { users: [userB, userA], departments: [team] };
    expect(sameShares(left, right)).toBe(true);
    expect(sameShares(left, { users: [userA], departments: [team] })).toBe(false);
    expect(sameShares(left, { users: [userA, userB], departments: [] })).toBe(false);
  });
});
