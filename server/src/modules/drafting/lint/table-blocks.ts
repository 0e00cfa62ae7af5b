import { isTableSeparator, type DraftLine } from './draft-lines.js';

/** A cell of a pipe-table row: [start, end) of the line between its pipes. */
export interface TableCell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Consecutive table lines, as line indexes. */
export interface TableBlock {
  readonly first: number;
  readonly last: number;
  /** Rows below the `| --- |` separator (every row when there is none). */
  readonly dataRows: readonly number[];
}

export function tableCells(row: string): TableCell[] {
  const pipes: number[] = [];
  for (let index = 0; index < row.length; index += 1) {
    if (row[index] === '|' && row[index - 1] !== '\\') pipes.push(index);
  }
  const cells: TableCell[] = [];
  for (let index = 0; index + 1 < pipes.length; index += 1) {
    const start = (pipes[index] ?? 0) + 1;
    const end = pipes[index + 1] ?? start;
    cells.push({ start, end, text: row.slice(start, end) });
  }
  // A row written without its closing pipe still has a last cell.
  const lastPipe = pipes[pipes.length - 1];
  if (lastPipe !== undefined && row.slice(lastPipe + 1).trim() !== '') {
    cells.push({ start: lastPipe + 1, end: row.length, text: row.slice(lastPipe + 1) });
  }
  return cells;
}

export function tableBlocks(lines: readonly DraftLine[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    if (!lines[index]?.isTable) {
      index += 1;
      continue;
    }
    const first = index;
    while (lines[index + 1]?.isTable) index += 1;
    const rows = Array.from({ length: index - first + 1 }, (_, offset) => first + offset);
    const separator = rows.find((row) => isTableSeparator(lines[row]?.text ?? ''));
    blocks.push({
      first,
      last: index,
      dataRows: separator === undefined ? rows : rows.filter((row) => row > separator),
    });
    index += 1;
  }
  return blocks;
}

const blankRestPattern = /^이하[ \t]*빈[ \t]*칸$/;

export function isEmptyRow(row: string): boolean {
  return tableCells(row).every((cell) => cell.text.trim() === '');
}

export function hasBlankRestMark(row: string): boolean {
  return tableCells(row).some((cell) => blankRestPattern.test(cell.text.trim()));
}

/**
 * How a table ends: `full` when its last row has content; `marked` when it ends early and the
 * last written row carries 이하 빈칸; `unmarked` when empty rows follow the last written row without
 * it (`firstEmptyRow` is where 이하 빈칸 belongs).
 */
export type TableEnding =
  | { readonly kind: 'full' }
  | { readonly kind: 'marked' }
  | { readonly kind: 'unmarked'; readonly firstEmptyRow: number };

export function tableEnding(block: TableBlock, lines: readonly DraftLine[]): TableEnding {
  const rows = block.dataRows;
  let lastWritten = rows.length - 1;
  while (lastWritten >= 0 && isEmptyRow(lines[rows[lastWritten] ?? -1]?.text ?? '')) lastWritten -= 1;
  const lastWrittenRow = rows[lastWritten];
  if (lastWrittenRow !== undefined && hasBlankRestMark(lines[lastWrittenRow]?.text ?? ''))
    return { kind: 'marked' };
  const firstEmptyRow = rows[lastWritten + 1];
  if (firstEmptyRow === undefined) return { kind: 'full' };
  return { kind: 'unmarked', firstEmptyRow };
}
