import type { LintFix } from '@jumugwan/contracts';
import { contentEnd, contentStart, isBlank, lastContentLineIndex, type DraftLine } from './draft-lines.js';
import { tableBlocks, tableEnding, type TableEnding } from './table-blocks.js';

/** Where `끝.` sits in a line: [spacesStart, markStart) are the spaces before it. */
export interface EndMarkPlace {
  readonly ownLine: boolean;
  readonly spacesStart: number;
  readonly markStart: number;
  readonly markEnd: number;
}

const spacePattern = /[ \t]/;
const hangulPattern = /[가-힣]/;

export function endMarkIn(text: string): EndMarkPlace | null {
  const markEnd = contentEnd(text);
  if (!text.slice(0, markEnd).endsWith('끝.')) return null;
  const markStart = markEnd - 2;
  let spacesStart = markStart;
  while (spacesStart > 0 && spacePattern.test(text[spacesStart - 1] ?? '')) spacesStart -= 1;
  // "…이 끝." is a sentence, but "…마지막끝." glued to a word is not the mark either.
  if (spacesStart === markStart && hangulPattern.test(text[markStart - 1] ?? '')) return null;
  return { ownLine: text.slice(0, spacesStart).trim() === '', spacesStart, markStart, markEnd };
}

/** What is wrong with the end of the text, with the fix; `missing` when there is no `끝.` at all. */
export interface EndingProblem {
  readonly lineIndex: number;
  /** Span of the finding within that line. */
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fix: LintFix;
  readonly missing: boolean;
}

export const endMarkRemovedByTable = "표가 중간에서 끝나면 '끝.' 대신 첫 빈 칸에 '이하 빈칸'을 씁니다.";
const belowTable = "본문이 표로 끝나면 표 아래 줄에 두 칸 띄우고 '끝.'을 씁니다.";

function previousContentLine(lines: readonly DraftLine[], before: number): DraftLine | undefined {
  for (let index = before - 1; index >= 0; index -= 1) {
    const line = lines[index];
    if (line && !isBlank(line.text)) return line;
  }
  return undefined;
}

function endingOfTableAt(lines: readonly DraftLine[], lineNumber: number): TableEnding {
  const block = tableBlocks(lines).find((candidate) => candidate.last === lineNumber - 1);
  return block ? tableEnding(block, lines) : { kind: 'full' };
}

export function findEndingProblem(lines: readonly DraftLine[]): EndingProblem | null {
  const lineIndex = lastContentLineIndex(lines);
  const line = lines[lineIndex];
  if (!line) return null;
  const span = { lineIndex, start: contentStart(line.text), end: contentEnd(line.text) };
  const mark = endMarkIn(line.text);

  if (mark?.ownLine) {
    const previous = previousContentLine(lines, lineIndex);
    if (!previous) return null;
    if (previous.isTable) {
      if (endingOfTableAt(lines, previous.number).kind !== 'full') {
        const fix = { start: previous.end, end: line.end, replacement: '' };
        return { ...span, message: endMarkRemovedByTable, fix, missing: false };
      }
      if (line.text === '  끝.') return null;
      const fix = { start: line.start, end: line.end, replacement: '  끝.' };
      return { ...span, message: belowTable, fix, missing: false };
    }
    const fix = { start: previous.start + contentEnd(previous.text), end: line.end, replacement: '  끝.' };
    const message = "'끝.'은 따로 줄을 두지 않고 마지막 줄 끝에 두 칸 띄워 씁니다.";
    return { ...span, message, fix, missing: false };
  }

  if (mark) {
    if (line.isTable) {
      const removed = endingOfTableAt(lines, line.number).kind !== 'full';
      const fix = {
        start: line.start + mark.spacesStart,
        end: line.start + mark.markEnd,
        replacement: removed ? '' : '\n  끝.',
      };
      const message = removed ? endMarkRemovedByTable : belowTable;
      return { lineIndex, start: mark.spacesStart, end: mark.markEnd, message, fix, missing: false };
    }
    if (line.text.slice(mark.spacesStart, mark.markStart) === '  ') return null;
    const fix = { start: line.start + mark.spacesStart, end: line.start + mark.markStart, replacement: '  ' };
    const message = "'끝.' 앞은 두 칸 띄웁니다.";
    return { lineIndex, start: mark.spacesStart, end: mark.markEnd, message, fix, missing: false };
  }

  if (line.isTable && endingOfTableAt(lines, line.number).kind !== 'full') return null;
  const fix = {
    start: line.start + contentEnd(line.text),
    end: line.end,
    replacement: line.isTable ? '\n  끝.' : '  끝.',
  };
  const message = line.isTable
    ? "본문이 표로 끝나면 표 아래 줄에 두 칸 띄우고 '끝.'을 씁니다. '끝.' 표시가 없습니다."
    : "본문 마지막 줄 끝에 두 칸 띄우고 '끝.'을 씁니다. '끝.' 표시가 없습니다.";
  return { ...span, message, fix, missing: true };
}
