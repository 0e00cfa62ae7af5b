import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';
import type { DraftBodyBlock, DraftParagraph } from './parse-draft-body.js';
import { docxTextRun } from './docx-text-run.js';
import { twipsOfEms } from './docx-units.js';
import { textWidthEms } from './text-width.js';

/** The body as Word paragraphs and tables, indented and hung as in the HWPX export. */
export function docxBodyOf(
  blocks: readonly DraftBodyBlock[],
  bodyPoints: number,
  contentWidthTwips: number,
): (Paragraph | Table)[] {
  return blocks.map((block) =>
    block.kind === 'paragraph'
      ? docxParagraphOf(block, bodyPoints)
      : docxTableOf(block.rows, bodyPoints, contentWidthTwips),
  );
}

function docxParagraphOf(paragraph: DraftParagraph, bodyPoints: number): Paragraph {
  const left = twipsOfEms(paragraph.indentSpaces * 0.5, bodyPoints);
  const hanging =
    paragraph.hangingPrefix === null ? 0 : twipsOfEms(textWidthEms(paragraph.hangingPrefix), bodyPoints);
  return new Paragraph({
    children: paragraph.text === '' ? [] : [docxTextRun(paragraph.text)],
    alignment: AlignmentType.BOTH,
    // Word's hanging indent starts the first line `hanging` left of `left`.
    indent: left === 0 && hanging === 0 ? undefined : { left: left + hanging, hanging },
  });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const headerShading = { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } as const;

/** A real Word table: the header row bold and shaded, columns as wide as their longest text allows. */
export function docxTableOf(
  rows: readonly (readonly string[])[],
  bodyPoints: number,
  contentWidthTwips: number,
): Table {
  const tablePoints = Math.max(bodyPoints - 2, 9);
  const columnWidths = proportionalWidths(rows, contentWidthTwips);
  return new Table({
    width: { size: contentWidthTwips, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: cellBorder,
      bottom: cellBorder,
      left: cellBorder,
      right: cellBorder,
      insideHorizontal: cellBorder,
      insideVertical: cellBorder,
    },
    rows: rows.map(
      (row, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          children: row.map(
            (cell, columnIndex) =>
              new TableCell({
                width: { size: columnWidths[columnIndex] ?? 0, type: WidthType.DXA },
                shading: rowIndex === 0 ? headerShading : undefined,
                margins: { left: 100, right: 100, top: 40, bottom: 40 },
                children: [
                  new Paragraph({
                    alignment: rowIndex === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    children: [docxTextRun(cell, { bold: rowIndex === 0, points: tablePoints })],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

// Each column gets a share of the width by its longest cell, between 3 and 20 characters' worth.
function proportionalWidths(rows: readonly (readonly string[])[], totalTwips: number): number[] {
  const columnCount = rows[0]?.length ?? 0;
  const weights = Array.from({ length: columnCount }, (_unused, column) =>
    Math.min(Math.max(...rows.map((row) => textWidthEms(row[column] ?? '')), 3), 20),
  );
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return weights.map((weight) => Math.floor((weight / total) * totalTwips));
}
