import { applyLintFixes } from './apply-lint-fixes.js';
import { lintDraftText, type LintDraftTextOptions } from './lint-draft-text.js';

const maximumRounds = 5;

/**
 * The text with every lint fix applied, linting again until nothing fixable is left (a fix can
 * reveal another, and overlapping fixes wait a round): generated drafts leave with the notation right.
 */
export function fixDraftText(text: string, options: LintDraftTextOptions = {}): string {
  let current = text;
  for (let round = 0; round < maximumRounds; round += 1) {
    const fixed = applyLintFixes(current, lintDraftText(current, options));
    if (fixed === current) break;
    current = fixed;
  }
  return current;
}
