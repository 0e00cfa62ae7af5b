/**
 * How a column's values are shown. Numbers stay numbers in every kind; the kind only picks the format:
 * `integer` `#,##0`, `won` `#,##0"원"`, `decimal` `#,##0.00`, `percent` `0.0%` (a fraction: 0.125 is 12.5%).
 */
export type SpreadsheetColumnKind = 'text' | 'integer' | 'won' | 'decimal' | 'percent';

export interface SpreadsheetColumn {
  header: string;
  kind: SpreadsheetColumnKind;
  /** Width in Excel character units; estimated from the content when left out. */
  width?: number;
}

/** A cell: text, a number, or null for an empty cell. Non-finite numbers are written as empty cells. */
export type SpreadsheetCell = string | number | null;

export interface SpreadsheetSheet {
  /** The tab name; cleaned to Excel's rules (31 characters, none of []:*?/\, unique) when written. */
  name: string;
  /** A bold first row above the header, e.g. '2026년 11월 부서별 AI 이용 보고서'. */
  title?: string;
  columns: SpreadsheetColumn[];
  rows: SpreadsheetCell[][];
  /** A bold last row below the data, e.g. ['합계', null, 1250000]; kept out of the filter and sort range. */
  totalRow?: SpreadsheetCell[];
}
