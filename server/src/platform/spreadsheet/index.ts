export type {
  SpreadsheetCell,
  SpreadsheetColumn,
  SpreadsheetColumnKind,
  SpreadsheetSheet,
} from './spreadsheet-table.js';
export { writeCsv } from './write-csv.js';
export { writeXlsx } from './write-xlsx.js';
