import type { GuardPolicy } from '@jumugwan/contracts';
import { describe, expect, it } from 'vitest';
import { draftChangesPolicy, policyFromDraft, policyToDraft } from './policy-draft';

const piiTypes = ['resident_registration_number', 'mobile_phone', 'email', 'person_name'];

const stored: GuardPolicy = {
  piiActionInternal: 'allow',
  piiActionExternal: 'mask',
  disabledPiiTypes: ['person_name'],
  minimumConfidence: 60,
  retention: 'days:90',
};

describe('policyToDraft', () => {
  it('checks every listed type the policy does not switch off', () => {
    const draft = policyToDraft(stored, piiTypes);
    expect([...draft.enabledPiiTypes]).toEqual(['resident_registration_number', 'mobile_phone', 'email']);
    expect(draft.confidenceText).toBe('60');
    expect(draft.retention).toEqual({ kind: 'days', daysText: '90' });
  });
});

describe('policyFromDraft', () => {
  it('gives back the stored policy unchanged', () => {
    expect(policyFromDraft(policyToDraft(stored, piiTypes), piiTypes)).toEqual({ ok: true, policy: stored });
  });

  it('writes unchecked types as disabled, in the listed order', () => {
    const draft = { ...policyToDraft(stored, piiTypes), enabledPiiTypes: new Set(['mobile_phone']) };
    const result = policyFromDraft(draft, piiTypes);
    expect(result.ok && result.policy.disabledPiiTypes).toEqual([
      'resident_registration_number',
      'email',
      'person_name',
    ]);
  });

  it('drops disabled types the server no longer lists', () => {
    const policy = { ...stored, disabledPiiTypes: ['person_name', 'retired_type'] };
    const result = policyFromDraft(policyToDraft(policy, piiTypes), piiTypes);
    expect(result.ok && result.policy.disabledPiiTypes).toEqual(['person_name']);
  });

  it('accepts a confidence from 0 to 100', () => {
    for (const [text, value] of [
      ['0', 0],
      [' 75 ', 75],
      ['100', 100],
    ] as const) {
      const result = policyFromDraft({ ...policyToDraft(stored, piiTypes), confidenceText: text }, piiTypes);
      expect(result.ok && result.policy.minimumConfidence).toBe(value);
    }
  });

  it('refuses a confidence that is not a whole number from 0 to 100', () => {
    for (const text of ['', '101', '-1', '50.5', '1000', '오십']) {
      expect(policyFromDraft({ ...policyToDraft(stored, piiTypes), confidenceText: text }, piiTypes)).toEqual(
        { ok: false, errors: { confidence: true } },
      );
    }
  });

  it('reports every invalid field at once', () => {
    const draft = {
      ...policyToDraft(stored, piiTypes),
      confidenceText: '200',
      retention: { kind: 'days' as const, daysText: '0' },
    };
    expect(policyFromDraft(draft, piiTypes)).toEqual({
      ok: false,
      errors: { confidence: true, retentionDays: true },
    });
  });
});

describe('draftChangesPolicy', () => {
  it('is false for the stored policy and true after an edit', () => {
    const draft = policyToDraft(stored, piiTypes);
    expect(draftChangesPolicy(draft, stored, piiTypes)).toBe(false);
    expect(draftChangesPolicy({ ...draft, piiActionExternal: 'block' }, stored, piiTypes)).toBe(true);
    expect(draftChangesPolicy({ ...draft, confidenceText: '61' }, stored, piiTypes)).toBe(true);
    expect(
      draftChangesPolicy({ ...draft, retention: { kind: 'days', daysText: '91' } }, stored, piiTypes),
    ).toBe(true);
    expect(draftChangesPolicy({ ...draft, enabledPiiTypes: new Set(piiTypes) }, stored, piiTypes)).toBe(true);
  });

  it('treats an invalid draft as a change so the error shows on save', () => {
    expect(
      draftChangesPolicy({ ...policyToDraft(stored, piiTypes), confidenceText: '' }, stored, piiTypes),
    ).toBe(true);
  });
});
