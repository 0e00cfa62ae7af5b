import { cleanLine } from './text-cleanup.js';

/**
 * Merged cells: every grid position a merged cell covers repeats its text. A row then reads on its own
 * ('인건비 | 상반기 | 100' even where '인건비' spans three rows), and a header spanning two columns heads
 * both, which is what the chunker needs when it repeats the header row above each piece of a table.
 */

/** A cell as written where spans are explicit, anchored at the grid position it starts on. */
export interface SpannedCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

// Bounds on spans from untrusted markup (HTML allows colspan up to 1000, rowspan up to 65534).
const maximumColSpan = 1000;
const maximumColumns = 1000;

// A reduce, not Math.max(...rows): a spread of a few hundred thousand rows overflows the call stack.
function widest(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

function span(value: number): number {
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : 1;
}

/**
 * Rows from a full grid where each row lists every position, merged ones included (kordoc's IRTable: the
 * anchor cell carries colSpan/rowSpan, the positions it covers hold empty placeholders).
 */
export function rowsFromGrid(grid: readonly (readonly SpannedCell[])[]): string[][] {
  const width = Math.min(widest(grid), maximumColumns);
  const rows = grid.map(() => Array.from({ length: width }, () => ''));
  const covered = grid.map(() => Array.from({ length: width }, () => false));
  grid.forEach((row, r) => {
    row.slice(0, width).forEach((cell, c) => {
      if (covered[r]?.[c] === true) return;
      const text = cleanLine(cell.text);
      const rowEnd = Math.min(r + span(cell.rowSpan), grid.length);
      const columnEnd = Math.min(c + span(cell.colSpan), width);
      for (let rr = r; rr < rowEnd; rr++) {
        for (let cc = c; cc < columnEnd; cc++) {
          const target = rows[rr];
          const mark = covered[rr];
          if (target === undefined || mark === undefined) continue;
          target[cc] = text;
          mark[cc] = true;
        }
      }
    });
  });
  return tidyRows(rows);
}

/**
 * Rows from cells listed the way HTML lists them: each row names only the cells that start in it, and a
 * cell goes to the first position that no rowspan from above already fills.
 */
export function rowsFromListedCells(listed: readonly (readonly SpannedCell[])[]): string[][] {
  const rows: (string | undefined)[][] = listed.map(() => []);
  listed.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (rows[r]?.[column] !== undefined) column++;
      if (column >= maximumColumns) break;
      const text = cleanLine(cell.text);
      const rowEnd = Math.min(r + span(cell.rowSpan), listed.length);
      const columnEnd = Math.min(column + Math.min(span(cell.colSpan), maximumColSpan), maximumColumns);
      for (let rr = r; rr < rowEnd; rr++) {
        const target = rows[rr];
        if (target === undefined) continue;
        for (let cc = column; cc < columnEnd; cc++) if (target[cc] === undefined) target[cc] = text;
      }
      column = columnEnd;
    }
  });
  // Positions nothing filled (ragged rows) are holes in the array: Array.from turns them into ''.
  return tidyRows(rows.map((row) => Array.from(row, (text) => text ?? '')));
}

/**
 * Cells cleaned to one line, every row as wide as the widest, rows and trailing columns with no text
 * dropped. Empty when no cell has text.
 */
export function tidyRows(rows: readonly (readonly string[])[]): string[][] {
  const kept = rows.map((row) => row.map((text) => cleanLine(text))).filter((row) => row.some(Boolean));
  let width = widest(kept);
  while (width > 0 && kept.every((row) => (row[width - 1] ?? '') === '')) width--;
  return kept.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
}
