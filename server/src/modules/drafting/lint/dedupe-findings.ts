import type { LintFinding } from '@jumugwan/contracts';
import { lintRulePriority } from './lint-rule-catalog.js';

// Rules of one family (DATE_*, TIME_*, END_MARK*) describe the same problem when they cover the same span.
const family = (rule: string): string => rule.split('_')[0] ?? rule;

/**
 * One finding per problem: of findings of one family on the same span the one first in the catalog
 * stays (kordoc's before the project's). The result is in text order.
 */
export function dedupeFindings(findings: readonly LintFinding[]): LintFinding[] {
  const byPriority = [...findings].sort((a, b) => lintRulePriority(a.rule) - lintRulePriority(b.rule));
  const seen = new Set<string>();
  const kept: LintFinding[] = [];
  for (const finding of byPriority) {
    const key = `${family(finding.rule)}:${finding.start}:${finding.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(finding);
  }
  return kept.sort(
    (a, b) => a.start - b.start || a.end - b.end || lintRulePriority(a.rule) - lintRulePriority(b.rule),
  );
}
