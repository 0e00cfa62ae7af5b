import type { LintFinding } from '@jumugwan/contracts';
import { attachmentRules } from './attachment-rules.js';
import { dateRules } from './date-rules.js';
import { dedupeFindings } from './dedupe-findings.js';
import { splitDraftLines } from './draft-lines.js';
import { endMarkRule } from './end-mark-rule.js';
import { itemMarkerRules } from './item-marker-rules.js';
import { kordocFindings } from './kordoc-findings.js';
import type { LintContext, ProjectRule } from './lint-context.js';
import { moneyRules } from './money-rules.js';
import { statuteNotationRules } from './statute-notation-rules.js';
import { tableBlankRestRule } from './table-blank-rest-rule.js';
import { timeRules } from './time-rules.js';

export interface LintDraftTextOptions {
  /** Rule codes to report (a template's lintRules); empty or absent means every rule. */
  readonly rules?: readonly string[];
}

const projectRules: readonly ProjectRule[] = [
  dateRules,
  timeRules,
  moneyRules,
  itemMarkerRules,
  endMarkRule,
  tableBlankRestRule,
  attachmentRules,
  statuteNotationRules,
];

/** Public-document notation findings for a draft body, in text order, one per problem. */
export function lintDraftText(text: string, options: LintDraftTextOptions = {}): LintFinding[] {
  const context: LintContext = { text, lines: splitDraftLines(text) };
  const findings = [...kordocFindings(context), ...projectRules.flatMap((rule) => rule(context))];
  // Filter before deduplicating, so a rule left out cannot hide one that was asked for.
  const wanted = options.rules && options.rules.length > 0 ? new Set(options.rules) : null;
  return dedupeFindings(wanted ? findings.filter((finding) => wanted.has(finding.rule)) : findings);
}
