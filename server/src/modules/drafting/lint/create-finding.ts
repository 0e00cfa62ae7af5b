import type { LintFinding, LintFix } from '@jumugwan/contracts';
import type { DraftLine } from './draft-lines.js';
import { lintRuleSeverity } from './lint-rule-catalog.js';

/** A finding on `line` spanning [start, end) of that line; the fix is in whole-text offsets. */
export function createFinding(
  rule: string,
  line: DraftLine,
  start: number,
  end: number,
  message: string,
  fix: LintFix | null,
): LintFinding {
  return {
    rule,
    severity: lintRuleSeverity(rule),
    line: line.number,
    start: line.start + start,
    end: line.start + end,
    message,
    fix,
  };
}

/** A fix replacing [start, end) of the line. */
export function lineFix(line: DraftLine, start: number, end: number, replacement: string): LintFix {
  return { start: line.start + start, end: line.start + end, replacement };
}
