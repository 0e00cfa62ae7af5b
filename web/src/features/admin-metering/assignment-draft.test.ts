import { describe, expect, it } from 'vitest';
import { assignmentFromDraft, emptyAssignmentDraft } from './assignment-draft';

const user = { id: '00000000-0000-4000-8000-000000000001', name: '김주무', departmentName: '정보통신과' };

describe('assignmentFromDraft', () => {
  it('starts today for one term', () => {
    expect(assignmentFromDraft({ ...emptyAssignmentDraft('2026-12-01'), user })).toEqual({
      ok: true,
      input: { userId: user.id, startsOn: '2026-12-01', terms: 1 },
    });
  });

  it('accepts up to 12 terms', () => {
    const result = assignmentFromDraft({ user, startsOn: '2027-01-01', termsText: '１２' });
    expect(result.ok && result.input.terms).toBe(12);
  });

  it('asks for a person, a real day and 1 to 12 terms', () => {
    expect(assignmentFromDraft({ user: null, startsOn: '2026-13-01', termsText: '13' })).toEqual({
      ok: false,
      errors: { user: true, startsOn: true, terms: true },
    });
    for (const termsText of ['0', '', '1.5', '-1']) {
      expect(assignmentFromDraft({ user, startsOn: '2026-12-01', termsText })).toEqual({
        ok: false,
        errors: { terms: true },
      });
    }
  });
});
