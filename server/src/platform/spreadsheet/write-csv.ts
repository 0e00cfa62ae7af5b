import type { SpreadsheetCell, SpreadsheetSheet } from './spreadsheet-table.js';

// Excel and Hangul Cell read a CSV without a byte order mark in the legacy code page (CP949), which garbles
// Korean; the BOM makes them read UTF-8.
const byteOrderMark = '\uFEFF';
const lineEnd = '\r\n';

// Text starting with these is run as a formula when the file is opened (CSV injection); a leading apostrophe
// makes the spreadsheet treat it as text.
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

function formatField(cell: SpreadsheetCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    // Plain digits (no grouping) so the spreadsheet parses the field back as a number.
    return Number.isFinite(cell) ? String(cell) : '';
  }
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function formatRecord(cells: readonly (SpreadsheetCell | undefined)[], fieldCount: number): string {
  const fields: string[] = [];
  for (let index = 0; index < Math.max(cells.length, fieldCount); index++) {
    fields.push(formatField(cells[index]));
  }
  return fields.join(',');
}

/**
 * One sheet as RFC 4180 CSV with a UTF-8 BOM: the title (if any), the header, the rows, then the total row.
 * Every record has the same number of fields, as RFC 4180 asks.
 */
export function writeCsv(sheet: SpreadsheetSheet): string {
  // A reduce rather than Math.max(...rows) so a long report cannot overflow the argument stack.
  const fieldCount = sheet.rows.reduce(
    (widest, row) => Math.max(widest, row.length),
    Math.max(sheet.columns.length, sheet.totalRow?.length ?? 0),
  );
  const records: string[] = [];
  if (sheet.title !== undefined) records.push(formatRecord([sheet.title], fieldCount));
  records.push(
    formatRecord(
      sheet.columns.map((column) => column.header),
      fieldCount,
    ),
  );
  for (const row of sheet.rows) records.push(formatRecord(row, fieldCount));
  if (sheet.totalRow) records.push(formatRecord(sheet.totalRow, fieldCount));
  return byteOrderMark + records.map((record) => record + lineEnd).join('');
}
