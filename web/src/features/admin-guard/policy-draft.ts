import type { GuardPolicy, PiiAction } from '@jumugwan/contracts';
import { retentionFromForm, retentionToForm, type RetentionForm } from './retention-form';

/** The policy as the form edits it: numbers as typed, PII types as the set of those in use. */
export interface PolicyDraft {
  piiActionInternal: PiiAction;
  piiActionExternal: PiiAction;
  enabledPiiTypes: ReadonlySet<string>;
  confidenceText: string;
  retention: RetentionForm;
}

export interface PolicyDraftErrors {
  confidence?: true;
  retentionDays?: true;
}

export type PolicyDraftResult = { ok: true; policy: GuardPolicy } | { ok: false; errors: PolicyDraftErrors };

/** Types the policy does not switch off are in use, including any the server lists later. */
export function policyToDraft(policy: GuardPolicy, piiTypes: readonly string[]): PolicyDraft {
  const disabled = new Set(policy.disabledPiiTypes);
  return {
    piiActionInternal: policy.piiActionInternal,
    piiActionExternal: policy.piiActionExternal,
    enabledPiiTypes: new Set(piiTypes.filter((type) => !disabled.has(type))),
    confidenceText: String(policy.minimumConfidence),
    retention: retentionToForm(policy.retention),
  };
}

/**
 * The policy to save. Only types the server lists can be switched off (it refuses others), so an unchecked
 * box is written as disabled and a type the server no longer knows is dropped.
 */
export function policyFromDraft(draft: PolicyDraft, piiTypes: readonly string[]): PolicyDraftResult {
  const errors: PolicyDraftErrors = {};
  const confidenceText = draft.confidenceText.trim();
  const confidence = Number(confidenceText);
  if (!/^\d{1,3}$/.test(confidenceText) || confidence > 100) {
    errors.confidence = true;
  }
  const retention = retentionFromForm(draft.retention);
  if (!retention.ok) {
    errors.retentionDays = true;
  }
  if (!retention.ok || errors.confidence === true) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    policy: {
      piiActionInternal: draft.piiActionInternal,
      piiActionExternal: draft.piiActionExternal,
      disabledPiiTypes: piiTypes.filter((type) => !draft.enabledPiiTypes.has(type)),
      minimumConfidence: confidence,
      retention: retention.value,
    },
  };
}

/** Whether saving the draft would change the stored policy (an invalid draft counts as a change). */
export function draftChangesPolicy(
  draft: PolicyDraft,
  stored: GuardPolicy,
  piiTypes: readonly string[],
): boolean {
  const result = policyFromDraft(draft, piiTypes);
  if (!result.ok) {
    return true;
  }
  const { policy } = result;
  const storedDisabled = new Set(stored.disabledPiiTypes.filter((type) => piiTypes.includes(type)));
  return (
    policy.piiActionInternal !== stored.piiActionInternal ||
    policy.piiActionExternal !== stored.piiActionExternal ||
    policy.minimumConfidence !== stored.minimumConfidence ||
    policy.retention !== stored.retention ||
    policy.disabledPiiTypes.length !== storedDisabled.size ||
    policy.disabledPiiTypes.some((type) => !storedDisabled.has(type))
  );
}
