import type { DocumentBlock } from '../parsed-document.js';
import { tidyRows } from './table-rows.js';

/**
 * The delimiter of the first record: a comma unless that line has none and has tabs (a TSV saved as .csv)
 * or semicolons (European Excel).
 */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes('\t')) return '\t';
  if (firstLine.includes(';')) return ';';
  return ',';
}

/**
 * RFC 4180 records: fields split on the delimiter, records on CRLF, LF or CR; a field in double quotes may
 * hold delimiters, line breaks and "" for a quote. Lenient like spreadsheet programs: text after a closing
 * quote joins the field, and an unclosed quote runs to the end.
 */
export function parseCsvRecords(text: string, delimiter = delimiterOf(text)): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  while (index < text.length) {
    const character = text.charAt(index);
    if (quoted) {
      if (character === '"') {
        if (text.charAt(index + 1) === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
      } else {
        field += character;
      }
      index++;
      continue;
    }
    if (character === '"' && field === '') {
      quoted = true;
    } else if (character === delimiter) {
      record.push(field);
      field = '';
    } else if (character === '\r' || character === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (character === '\r' && text.charAt(index + 1) === '\n') index++;
    } else {
      field += character;
    }
    index++;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** A CSV file's text as one table (rows without text dropped, trailing empty columns trimmed). */
export function parseCsv(text: string): DocumentBlock[] {
  const rows = tidyRows(parseCsvRecords(text));
  return rows.length === 0 ? [] : [{ kind: 'table', rows, page: null }];
}
