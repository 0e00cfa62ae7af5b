import type { LintFinding } from '@jumugwan/contracts';
import { lintGongmunText } from 'kordoc';
import { createFinding, lineFix } from './create-finding.js';
import { contentEnd, contentStart } from './draft-lines.js';
import { findEndingProblem } from './draft-ending.js';
import { kordocFixers } from './kordoc-fixes.js';
import type { LintContext } from './lint-context.js';

/**
 * kordoc's lintGongmunText findings with offsets and, where the right text can be computed, a fix
 * (its `suggest` is mostly an example). Rules missing from the catalog are dropped, so a kordoc
 * update cannot emit codes that templates and the UI do not know.
 */
export function kordocFindings({ text, lines }: LintContext): LintFinding[] {
  const findings: LintFinding[] = [];
  // kordoc reports a rule's matches on a line in order; searching on from the last one places repeats.
  const searchFrom = new Map<string, number>();
  for (const found of lintGongmunText(text, { document: true })) {
    if (found.rule === 'END_MARK_MISSING') {
      // kordoc puts it on the last line even when that is blank; ours is where 끝. goes. When the
      // body ends in a table cut short, no 끝. is wanted, so the finding is dropped.
      const problem = findEndingProblem(lines);
      const line = lines[problem?.lineIndex ?? -1];
      if (problem?.missing && line) {
        findings.push(
          createFinding(found.rule, line, problem.start, problem.end, found.message, problem.fix),
        );
      }
      continue;
    }
    const fixer = kordocFixers[found.rule];
    const line = lines[found.line - 1];
    if (!fixer || !line) continue;
    const key = `${found.line}:${found.rule}`;
    let start = line.text.indexOf(found.match, searchFrom.get(key) ?? 0);
    if (start < 0) start = line.text.indexOf(found.match);
    if (start < 0 || found.match === '') {
      const message = found.suggest ? `${found.message} (${found.suggest})` : found.message;
      findings.push(
        createFinding(found.rule, line, contentStart(line.text), contentEnd(line.text), message, null),
      );
      continue;
    }
    searchFrom.set(key, start + found.match.length);
    const placed = fixer({
      line: line.text,
      isTable: line.isTable,
      start,
      match: found.match,
      suggest: found.suggest,
    });
    if (!placed) continue;
    const fix = placed.fix ? lineFix(line, placed.fix.start, placed.fix.end, placed.fix.replacement) : null;
    const message = fix || !found.suggest ? found.message : `${found.message} (${found.suggest})`;
    findings.push(createFinding(found.rule, line, placed.start, placed.end, message, fix));
  }
  return findings;
}
