import type { LintFinding } from '@jumugwan/contracts';
import type { DraftLine } from './draft-lines.js';

export interface LintContext {
  readonly text: string;
  readonly lines: readonly DraftLine[];
}

/** A project rule: one pass over the lines, returning its findings (filtered by code afterwards). */
export type ProjectRule = (context: LintContext) => LintFinding[];
