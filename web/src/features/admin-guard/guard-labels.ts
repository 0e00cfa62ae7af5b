import type { GuardTestResponse, PiiAction } from '@jumugwan/contracts';
import type { BadgeTone } from '../../components/badge';
import type { RetentionKind } from './retention-form';

export const piiActions: readonly PiiAction[] = ['mask', 'block', 'allow'];

export const piiActionDisplay = {
  mask: { labelKey: 'guard.actionMask', hintKey: 'guard.actionMaskHint' },
  block: { labelKey: 'guard.actionBlock', hintKey: 'guard.actionBlockHint' },
  allow: { labelKey: 'guard.actionAllow', hintKey: 'guard.actionAllowHint' },
} as const satisfies Record<PiiAction, { labelKey: string; hintKey: string }>;

export const retentionDisplay = {
  keep: { labelKey: 'guard.retentionKeep', hintKey: 'guard.retentionKeepHint' },
  none: { labelKey: 'guard.retentionNone', hintKey: 'guard.retentionNoneHint' },
  days: { labelKey: 'guard.retentionDaysOption', hintKey: 'guard.retentionDaysHint' },
} as const satisfies Record<RetentionKind, { labelKey: string; hintKey: string }>;

export type BannedWordAction = 'block' | 'warn';

export const bannedWordActions: readonly BannedWordAction[] = ['block', 'warn'];

export const bannedWordActionDisplay = {
  block: { tone: 'red', labelKey: 'guard.bannedBlock', hintKey: 'guard.bannedBlockHint' },
  warn: { tone: 'amber', labelKey: 'guard.bannedWarn', hintKey: 'guard.bannedWarnHint' },
} as const satisfies Record<BannedWordAction, { tone: BadgeTone; labelKey: string; hintKey: string }>;

export const decisionDisplay = {
  allow: { tone: 'emerald', labelKey: 'guard.decisionAllow' },
  mask: { tone: 'blue', labelKey: 'guard.decisionMask' },
  block: { tone: 'red', labelKey: 'guard.decisionBlock' },
} as const satisfies Record<GuardTestResponse['decision'], { tone: BadgeTone; labelKey: string }>;

type FindingAction = GuardTestResponse['findings'][number]['action'];

export const findingActionLabelKeys = {
  mask: 'guard.findingMask',
  block: 'guard.findingBlock',
  allow: 'guard.findingAllow',
  ignored: 'guard.findingIgnored',
} as const satisfies Record<FindingAction, string>;
