import type { LintFinding, LintFix } from '@jumugwan/contracts';

// Two insertions at one place, or an insertion at the start of a replacement, have no clear order.
const overlaps = (a: LintFix, b: LintFix): boolean =>
  a.start === b.start || (a.start < b.end && b.start < a.end);

/**
 * Applies the findings' fixes. When fixes overlap the earlier one in the list wins and the others
 * wait for the next lint (fixDraftText lints again); fixes outside the text are ignored.
 */
export function applyLintFixes(text: string, findings: readonly LintFinding[]): string {
  const chosen: LintFix[] = [];
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix || fix.start < 0 || fix.end < fix.start || fix.end > text.length) continue;
    if (chosen.some((other) => overlaps(fix, other))) continue;
    chosen.push(fix);
  }
  // From the end backwards, so earlier offsets stay valid.
  chosen.sort((a, b) => b.start - a.start || b.end - a.end);
  let fixed = text;
  for (const fix of chosen) fixed = fixed.slice(0, fix.start) + fix.replacement + fixed.slice(fix.end);
  return fixed;
}
