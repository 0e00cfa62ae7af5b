import type { LintFinding } from '@jumugwan/contracts';
import { createFinding, lineFix } from './create-finding.js';
import { lastContentLineIndex } from './draft-lines.js';
import { endMarkIn, findEndingProblem } from './draft-ending.js';
import type { ProjectRule } from './lint-context.js';

/** END_MARK: `끝.` at the end of the text in the right place, and nowhere before it. */
export const endMarkRule: ProjectRule = ({ lines }) => {
  const findings: LintFinding[] = [];
  const last = lastContentLineIndex(lines);
  for (let index = 0; index < last; index += 1) {
    const line = lines[index];
    if (!line || line.isTable) continue;
    const mark = endMarkIn(line.text);
    // One space before 끝. is an ordinary sentence; the mark has two.
    if (!mark || (!mark.ownLine && mark.markStart - mark.spacesStart < 2)) continue;
    const next = lines[index + 1];
    const fix = mark.ownLine
      ? { start: line.start, end: next ? next.start : line.end, replacement: '' }
      : lineFix(line, mark.spacesStart, mark.markEnd, '');
    const message = "'끝.'은 문서의 마지막에만 씁니다.";
    findings.push(createFinding('END_MARK', line, mark.spacesStart, mark.markEnd, message, fix));
  }
  const problem = findEndingProblem(lines);
  const line = lines[problem?.lineIndex ?? -1];
  if (problem && line) {
    findings.push(createFinding('END_MARK', line, problem.start, problem.end, problem.message, problem.fix));
  }
  return findings;
};
