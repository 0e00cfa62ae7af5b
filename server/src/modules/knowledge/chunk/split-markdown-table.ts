import { collapseWhitespace } from './collapse-whitespace.js';
import { splitTextToFit } from './split-text-to-fit.js';

export interface TableLimits {
  /** The first piece's limit (smaller when a title goes in front of it). */
  first: number;
  /** Rows are added to a piece while it stays within this. */
  target: number;
  /** No piece is longer. */
  maximum: number;
}

/**
 * A table as Markdown (`| a | b |`, then `| --- |` after the first row, which is taken as the header), in
 * pieces split between rows that each repeat the header, so that every piece is a table on its own. Cells
 * are flattened to one line, with `\` and `|` escaped so that the rows and cells can be read back. A row too
 * long for a piece goes on over several rows, its long cells cut at sentences or spaces. A table whose
 * header alone takes more than half the maximum (or that has no other rows) is split between rows without
 * repeating it, its over-long lines cut at spaces: the one case where a piece is not a table on its own.
 * The first piece keeps to `first` where it can; the caller checks, for a row may not fit beside a title.
 */
export function splitMarkdownTable(rows: string[][], limits: TableLimits): string[] {
  const cells = rows
    .map((row) => row.map(collapseWhitespace))
    .filter((row) => row.some((cell) => cell !== ''));
  const header = cells[0];
  if (header === undefined) return [];
  const columns = Math.max(...cells.map((row) => row.length));
  const headerLine = renderRow(header, columns);
  const separatorLine = renderRow(Array<string>(columns).fill('---'), columns);
  const headerBlock = `${headerLine}\n${separatorLine}`;
  const body = cells.slice(1);
  const whole = [headerBlock, ...body.map((row) => renderRow(row, columns))].join('\n');
  if (whole.length <= limits.first) return [whole];
  if (headerBlock.length > limits.maximum / 2 || body.length === 0) {
    const lines = [headerLine, separatorLine, ...body.map((row) => renderRow(row, columns))];
    return packLines(
      lines.flatMap((line) => cutLine(line, limits.maximum)),
      '',
      limits,
    );
  }
  const space = limits.maximum - headerBlock.length - 1;
  // The first row has less room when a title goes first, unless that leaves too little to be worth it.
  const firstSpace = Math.max(limits.first - headerBlock.length - 1, space / 2);
  const lines = body.flatMap((row, index) => rowLines(row, columns, index === 0 ? firstSpace : space));
  return packLines(lines, headerBlock, limits);
}

/** Lines packed into pieces up to the target (at least one line each), every piece starting with `head`. */
function packLines(lines: string[], head: string, limits: TableLimits): string[] {
  const pieces: string[] = [];
  let current = head;
  let lineCount = 0;
  for (const line of lines) {
    const joined = current === '' ? line : `${current}\n${line}`;
    const preferred = Math.min(pieces.length === 0 ? limits.first : limits.maximum, limits.target);
    if (lineCount === 0 || joined.length <= preferred) {
      current = joined;
      lineCount += 1;
      continue;
    }
    pieces.push(current);
    current = head === '' ? line : `${head}\n${line}`;
    lineCount = 1;
  }
  if (lineCount > 0) pieces.push(current);
  return pieces;
}

function renderRow(row: string[], columns: number): string {
  const cells: string[] = [];
  for (let column = 0; column < columns; column += 1) {
    const cell = escapeCell(row[column] ?? '');
    cells.push(cell === '' ? ' ' : ` ${cell} `);
  }
  return `|${cells.join('|')}|`;
}

function escapeCell(cell: string): string {
  return cell.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/** A row as one line, or as several rows carrying its long cells on when one line would exceed the space. */
function rowLines(row: string[], columns: number, space: number): string[] {
  const line = renderRow(row, columns);
  if (line.length <= space) return [line];
  // Each cell gets an equal share of the space; escaping may double a cell's length.
  const share = Math.max(1, Math.floor((space - (3 * columns + 1)) / columns / 2));
  const parts = row.map((cell) =>
    splitTextToFit(cell, { first: share, rest: share, words: share }).map((segment) => segment.text),
  );
  const height = Math.max(...parts.map((segments) => segments.length));
  const lines: string[] = [];
  for (let index = 0; index < height; index += 1) {
    lines.push(
      renderRow(
        parts.map((segments) => segments[index] ?? ''),
        columns,
      ),
    );
  }
  return lines;
}

function cutLine(line: string, limit: number): string[] {
  return splitTextToFit(line, { first: limit, rest: limit, words: limit }).map((segment) => segment.text);
}
