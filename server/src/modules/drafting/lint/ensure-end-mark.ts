import { splitDraftLines } from './draft-lines.js';
import { findEndingProblem } from './draft-ending.js';

/**
 * The body with its `끝.` where the rules want it: after the last line (붙임 line included) with two
 * spaces, on its own line below a full table, and left out when a table ends early with 이하 빈칸.
 * Only the ending is touched; 이하 빈칸 itself is TABLE_BLANK_REST's fix.
 */
export function ensureEndMark(body: string): string {
  let text = body;
  // Moving a misplaced mark can leave a spacing problem for the next pass; two passes settle it.
  for (let pass = 0; pass < 3; pass += 1) {
    const problem = findEndingProblem(splitDraftLines(text));
    if (!problem) return text;
    text = text.slice(0, problem.fix.start) + problem.fix.replacement + text.slice(problem.fix.end);
  }
  return text;
}
