import { hangingPrefixOf } from './item-marker.js';

/**
 * A body line as every exporter lays it out: its text without the leading spaces, those spaces (two per
 * item level; an aligned `붙임` continuation has six) and the marker its wrapped lines hang under.
 * An empty paragraph is a blank line the writer left between paragraphs.
 */
export interface DraftParagraph {
  kind: 'paragraph';
  text: string;
  indentSpaces: number;
  hangingPrefix: string | null;
}

/** A Markdown pipe table; the first row is the header row. Every row has the same number of cells. */
export interface DraftTable {
  kind: 'table';
  rows: string[][];
}

export type DraftBodyBlock = DraftParagraph | DraftTable;

const separatorRow = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

/**
 * Reads the body's public-document notation. Blank lines stay as empty paragraphs, except at the start and
 * end and around tables, where Markdown needs them and a reader sees none.
 */
export function parseDraftBody(body: string): DraftBodyBlock[] {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const blocks: (DraftBodyBlock | null)[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const next = lines[index + 1] ?? '';
    if (line.trim().startsWith('|') && separatorRow.test(next.trim())) {
      const rows = [tableCells(line)];
      index += 2;
      while (index < lines.length && (lines[index] ?? '').trim().startsWith('|')) {
        rows.push(tableCells(lines[index] ?? ''));
        index += 1;
      }
      blocks.push({ kind: 'table', rows: paddedRows(rows) });
      continue;
    }
    blocks.push(line.trim() === '' ? null : paragraphOf(line));
    index += 1;
  }
  return withoutSeparatingBlanks(blocks);
}

function paragraphOf(line: string): DraftParagraph {
  const leading = /^[ \t\u00A0\u3000]*/.exec(line)?.[0] ?? '';
  let indentSpaces = 0;
  for (const character of leading) indentSpaces += character === '\t' || character === '\u3000' ? 2 : 1;
  const text = line.slice(leading.length).trimEnd();
  return { kind: 'paragraph', text, indentSpaces, hangingPrefix: hangingPrefixOf(text) };
}

const emptyParagraph: DraftParagraph = { kind: 'paragraph', text: '', indentSpaces: 0, hangingPrefix: null };

// null marks a blank line until its neighbours are known.
function withoutSeparatingBlanks(blocks: readonly (DraftBodyBlock | null)[]): DraftBodyBlock[] {
  const kept: DraftBodyBlock[] = [];
  let pendingBlanks = 0;
  for (const block of blocks) {
    if (block === null) {
      pendingBlanks += 1;
      continue;
    }
    const previous = kept.at(-1);
    if (previous !== undefined && previous.kind !== 'table' && block.kind !== 'table') {
      for (let count = 0; count < pendingBlanks; count += 1) kept.push({ ...emptyParagraph });
    }
    pendingBlanks = 0;
    kept.push(block);
  }
  return kept;
}

/** Cells between unescaped pipes, trimmed; `\|` is a pipe inside a cell. */
function tableCells(line: string): string[] {
  let inner = line.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|') && !inner.endsWith('\\|')) inner = inner.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let position = 0; position < inner.length; position += 1) {
    const character = inner.charAt(position);
    if (character === '\\' && inner[position + 1] === '|') {
      current += '|';
      position += 1;
    } else if (character === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += character;
    }
  }
  cells.push(current.trim());
  return cells;
}

// A short row is filled with empty cells rather than cut, so that no text is lost.
function paddedRows(rows: readonly string[][]): string[][] {
  const width = Math.max(...rows.map((row) => row.length));
  return rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
}
