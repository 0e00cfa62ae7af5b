import type { LintFinding } from '@jumugwan/contracts';
import { createFinding, lineFix } from './create-finding.js';
import { contentEnd, contentStart } from './draft-lines.js';
import type { ProjectRule } from './lint-context.js';
import { tableBlocks, tableCells, tableEnding } from './table-blocks.js';

/** TABLE_BLANK_REST: a table whose last rows are empty says 이하 빈칸 in the first empty cell. */
export const tableBlankRestRule: ProjectRule = ({ lines }) => {
  const findings: LintFinding[] = [];
  for (const block of tableBlocks(lines)) {
    const ending = tableEnding(block, lines);
    if (ending.kind !== 'unmarked') continue;
    const line = lines[ending.firstEmptyRow];
    const firstCell = line ? tableCells(line.text)[0] : undefined;
    if (!line || !firstCell) continue;
    const message = "표가 중간에서 끝나면 첫 빈 칸에 '이하 빈칸'을 씁니다.";
    const fix = lineFix(line, firstCell.start, firstCell.end, ' 이하 빈칸 ');
    findings.push(
      createFinding('TABLE_BLANK_REST', line, contentStart(line.text), contentEnd(line.text), message, fix),
    );
  }
  return findings;
};
