import { strToU8, zipSync } from 'fflate';
import type {
  SpreadsheetCell,
  SpreadsheetColumn,
  SpreadsheetColumnKind,
  SpreadsheetSheet,
} from './spreadsheet-table.js';

const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNamespace = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relationshipNamespace = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const packageRelationshipNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Excel's hard limits; past them it refuses or "repairs" the file.
const maxRows = 1_048_576;
const maxColumns = 16_384;
const maxCellTextLength = 32_767;
const maxSheetNameLength = 31;
const maxColumnWidth = 255;

// Estimated widths stay within these so one long cell cannot make a column span the screen.
const minimumEstimatedWidth = 6;
const maximumEstimatedWidth = 60;

// A fixed zip timestamp keeps the output byte-for-byte reproducible (DOS dates start in 1980).
const zipTimestamp = new Date(1980, 0, 1);

// Cell style indexes into cellXfs in styles.xml (see stylesXml); the order there must match.
const titleStyle = 1;
const headerStyle = 2;
const kindOrder: readonly SpreadsheetColumnKind[] = ['text', 'integer', 'won', 'decimal', 'percent'];
const firstBodyStyle = 3;
const firstTotalStyle = firstBodyStyle + kindOrder.length;

function bodyStyle(kind: SpreadsheetColumnKind): number {
  return firstBodyStyle + kindOrder.indexOf(kind);
}

function totalStyle(kind: SpreadsheetColumnKind): number {
  return firstTotalStyle + kindOrder.indexOf(kind);
}

// Built-in ids 3 (#,##0) and 4 (#,##0.00) need no declaration; custom formats start at 164.
const numberFormatIds: Record<SpreadsheetColumnKind, number> = {
  text: 0,
  integer: 3,
  won: 164,
  decimal: 4,
  percent: 165,
};

// XML 1.0 allows only tab, LF, CR and these ranges; anything else (control characters, lone surrogates,
// U+FFFE/U+FFFF) makes the part unreadable, so it is dropped.
const invalidXmlCharacters = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function removeInvalidXmlCharacters(text: string): string {
  return text.replace(invalidXmlCharacters, '');
}

function escapeXml(text: string): string {
  return removeInvalidXmlCharacters(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll('\r', '&#xD;');
}

/** Cuts to at most `length` UTF-16 units without splitting a surrogate pair. */
function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Cell text as the content of a `<t>` element. Excel decodes `_xHHHH_` in cell text as a character, so a
 * literal one is protected by escaping its underscore (`_x005F_`).
 */
function cellTextXml(text: string): string {
  const kept = truncate(removeInvalidXmlCharacters(text), maxCellTextLength);
  return escapeXml(kept.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'));
}

function textElement(text: string): string {
  // Without xml:space="preserve" leading and trailing spaces and line breaks may be dropped on reading.
  const preserve = /^\s|\s$|[\t\n\r]/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${cellTextXml(text)}</t>`;
}

function columnLetters(columnIndex: number): string {
  let letters = '';
  for (let remaining = columnIndex + 1; remaining > 0; remaining = Math.floor((remaining - 1) / 26)) {
    letters = String.fromCharCode(65 + ((remaining - 1) % 26)) + letters;
  }
  return letters;
}

function cellReference(columnIndex: number, rowNumber: number): string {
  return `${columnLetters(columnIndex)}${rowNumber}`;
}

/** Hangul, CJK and full-width forms take about two digit widths in the usual Korean fonts. */
const wideCharacter =
  /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

function displayWidth(text: string): number {
  let widest = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    let width = 0;
    for (const character of line) width += wideCharacter.test(character) ? 2 : 1;
    widest = Math.max(widest, width);
  }
  return widest;
}

/** The text a number shows as in its column's format, for width estimates only. */
function displayedNumber(value: number, kind: SpreadsheetColumnKind): string {
  switch (kind) {
    case 'integer':
      return Math.round(value).toLocaleString('en-US');
    case 'won':
      return `${Math.round(value).toLocaleString('en-US')}원`;
    case 'decimal':
      return value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'percent':
      return `${(value * 100).toFixed(1)}%`;
    case 'text':
      // The General format shows at most about 11 characters of a number before switching to exponents.
      return String(value).slice(0, 11);
  }
}

function estimateWidth(column: SpreadsheetColumn, cells: readonly (SpreadsheetCell | undefined)[]): number {
  // Bold header text plus the filter drop-down button.
  let width = displayWidth(column.header) + 4;
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === 'number' && !Number.isFinite(cell)) continue;
    const text = typeof cell === 'number' ? displayedNumber(cell, column.kind) : cell;
    width = Math.max(width, displayWidth(text) + 2);
  }
  return Math.min(maximumEstimatedWidth, Math.max(minimumEstimatedWidth, width));
}

function columnWidth(sheet: SpreadsheetSheet, columnIndex: number, column: SpreadsheetColumn): number {
  if (column.width !== undefined) return Math.min(maxColumnWidth, Math.max(0, column.width));
  const cells = sheet.rows.map((row) => row[columnIndex]);
  if (sheet.totalRow) cells.push(sheet.totalRow[columnIndex]);
  return estimateWidth(column, cells);
}

/**
 * Makes a name Excel accepts: none of []:*?/\ or control characters, no apostrophe at either end, at most
 * 31 characters, not the reserved "History", and unique ignoring case (a " (2)" suffix is added). `used`
 * holds the upper-cased names taken so far and gains the new one.
 */
function sheetName(requested: string, position: number, used: Set<string>): string {
  const cleaned = removeInvalidXmlCharacters(requested)
    // The other control characters went with the XML-invalid ones.
    .replace(/[\t\n\r\u007F]/g, '')
    .replace(/[[\]:*?/\\]/g, '_');
  const trimmed = (name: string): string =>
    name
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim();
  const base = trimmed(truncate(trimmed(cleaned), maxSheetNameLength)) || `Sheet${position}`;
  let name = base;
  for (let suffix = 2; used.has(name.toUpperCase()) || name.toUpperCase() === 'HISTORY'; suffix++) {
    const ending = ` (${suffix})`;
    name = truncate(base, maxSheetNameLength - ending.length) + ending;
  }
  used.add(name.toUpperCase());
  return name;
}

/** A sheet name as it appears in a formula: quoted, with apostrophes doubled. */
function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private references = 0;

  indexOf(text: string): number {
    this.references++;
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.indexes.size;
      this.indexes.set(text, index);
    }
    return index;
  }

  toXml(): string {
    const items = [...this.indexes.keys()].map((text) => `<si>${textElement(text)}</si>`).join('');
    return (
      xmlDeclaration +
      `<sst xmlns="${mainNamespace}" count="${this.references}" uniqueCount="${this.indexes.size}">` +
      `${items}</sst>`
    );
  }
}

interface SheetLayout {
  /** The sheet's 1-based position, as in sheetN.xml and sheetId. */
  position: number;
  name: string;
  headerRowNumber: number;
  lastDataRowNumber: number;
  lastRowNumber: number;
  columnCount: number;
}

function layoutOf(sheet: SpreadsheetSheet, position: number, usedNames: Set<string>): SheetLayout {
  const headerRowNumber = sheet.title === undefined ? 1 : 2;
  const lastDataRowNumber = headerRowNumber + sheet.rows.length;
  const lastRowNumber = lastDataRowNumber + (sheet.totalRow ? 1 : 0);
  const columnCount = sheet.rows.reduce(
    (widest, row) => Math.max(widest, row.length),
    Math.max(sheet.columns.length, sheet.totalRow?.length ?? 0),
  );
  if (lastRowNumber > maxRows) throw new RangeError(`Sheet "${sheet.name}" has more rows than Excel allows`);
  if (columnCount > maxColumns) {
    throw new RangeError(`Sheet "${sheet.name}" has more columns than Excel allows`);
  }
  const name = sheetName(sheet.name, position, usedNames);
  return { position, name, headerRowNumber, lastDataRowNumber, lastRowNumber, columnCount };
}

function cellXml(
  cell: SpreadsheetCell | undefined,
  reference: string,
  style: number,
  sharedStrings: SharedStrings,
): string {
  if (typeof cell === 'number' && Number.isFinite(cell)) {
    return `<c r="${reference}" s="${style}"><v>${cell}</v></c>`;
  }
  if (typeof cell === 'string') {
    // A shared string is always text, never a formula, so "=..." from user data cannot run.
    return `<c r="${reference}" s="${style}" t="s"><v>${sharedStrings.indexOf(cell)}</v></c>`;
  }
  // Written even when empty so the style (format, total-row border) holds if someone types a value.
  return `<c r="${reference}" s="${style}"/>`;
}

function rowXml(
  rowNumber: number,
  cells: readonly (SpreadsheetCell | undefined)[],
  styleOf: (columnIndex: number) => number,
  sharedStrings: SharedStrings,
  attributes = '',
): string {
  const cellsXml = cells
    .map((cell, columnIndex) =>
      cellXml(cell, cellReference(columnIndex, rowNumber), styleOf(columnIndex), sharedStrings),
    )
    .join('');
  return `<row r="${rowNumber}"${attributes}>${cellsXml}</row>`;
}

function worksheetXml(
  sheet: SpreadsheetSheet,
  layout: SheetLayout,
  selected: boolean,
  sharedStrings: SharedStrings,
): string {
  const { headerRowNumber, lastDataRowNumber, lastRowNumber, columnCount } = layout;
  const kindAt = (columnIndex: number): SpreadsheetColumnKind => sheet.columns[columnIndex]?.kind ?? 'text';
  const rows: string[] = [];
  if (sheet.title !== undefined) {
    rows.push(rowXml(1, [sheet.title], () => titleStyle, sharedStrings, ' ht="24" customHeight="1"'));
  }
  const headers = sheet.columns.map((column) => column.header);
  rows.push(rowXml(headerRowNumber, headers, () => headerStyle, sharedStrings));
  sheet.rows.forEach((row, rowIndex) => {
    rows.push(
      rowXml(headerRowNumber + 1 + rowIndex, row, (index) => bodyStyle(kindAt(index)), sharedStrings),
    );
  });
  if (sheet.totalRow) {
    // Padded to every column so the total row's borders run the full width.
    const totals = Array.from({ length: columnCount }, (_, index) => sheet.totalRow?.[index] ?? null);
    rows.push(rowXml(lastRowNumber, totals, (index) => totalStyle(kindAt(index)), sharedStrings));
  }

  const lastColumn = columnLetters(Math.max(0, columnCount - 1));
  const firstDataCell = cellReference(0, headerRowNumber + 1);
  const columns = sheet.columns
    .map((column, index) => {
      const width = columnWidth(sheet, index, column);
      return `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`;
    })
    .join('');
  // The filter covers the header and data only, so sorting never moves the title or total row.
  const filterRange = `A${headerRowNumber}:${columnLetters(sheet.columns.length - 1)}${lastDataRowNumber}`;

  return (
    xmlDeclaration +
    `<worksheet xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    `<dimension ref="A1:${lastColumn}${lastRowNumber}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
    `<pane ySplit="${headerRowNumber}" topLeftCell="${firstDataCell}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${firstDataCell}" sqref="${firstDataCell}"/>` +
    `</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="16.5"/>` +
    (columns ? `<cols>${columns}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (sheet.columns.length > 0 ? `<autoFilter ref="${filterRange}"/>` : '') +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`
  );
}

interface PreparedSheet {
  sheet: SpreadsheetSheet;
  layout: SheetLayout;
}

function definedNamesXml(prepared: readonly PreparedSheet[]): string {
  const definitions: string[] = [];
  for (const { sheet, layout } of prepared) {
    const quoted = quotedSheetName(layout.name);
    // localSheetId is the sheet's 0-based index in <sheets>.
    const scope = `localSheetId="${layout.position - 1}"`;
    if (sheet.columns.length > 0) {
      // Excel records the autoFilter range under this hidden name and expects it beside the autoFilter.
      const lastColumn = columnLetters(sheet.columns.length - 1);
      const range = `${quoted}!$A$${layout.headerRowNumber}:$${lastColumn}$${layout.lastDataRowNumber}`;
      definitions.push(
        `<definedName name="_xlnm._FilterDatabase" ${scope} hidden="1">${escapeXml(range)}</definedName>`,
      );
    }
    // Repeats the title and header on every printed page.
    const printTitles = `${quoted}!$1:$${layout.headerRowNumber}`;
    definitions.push(
      `<definedName name="_xlnm.Print_Titles" ${scope}>${escapeXml(printTitles)}</definedName>`,
    );
  }
  return `<definedNames>${definitions.join('')}</definedNames>`;
}

function workbookXml(prepared: readonly PreparedSheet[]): string {
  const sheetElements = prepared
    .map(
      ({ layout: { name, position } }) =>
        `<sheet name="${escapeXml(name)}" sheetId="${position}" r:id="rId${position}"/>`,
    )
    .join('');
  return (
    xmlDeclaration +
    `<workbook xmlns="${mainNamespace}" xmlns:r="${relationshipNamespace}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews>` +
    `<sheets>${sheetElements}</sheets>` +
    definedNamesXml(prepared) +
    `</workbook>`
  );
}

function workbookRelationshipsXml(sheetCount: number): string {
  const type = `${relationshipNamespace}/`;
  const worksheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${type}worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  ).join('');
  return (
    xmlDeclaration +
    `<Relationships xmlns="${packageRelationshipNamespace}">${worksheets}` +
    `<Relationship Id="rId${sheetCount + 1}" Type="${type}styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${type}sharedStrings" Target="sharedStrings.xml"/>` +
    `</Relationships>`
  );
}

function contentTypesXml(sheetCount: number): string {
  const spreadsheetMl = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const worksheets = Array.from(
    { length: sheetCount },
    (_, index) =>
      `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="${spreadsheetMl}.worksheet+xml"/>`,
  ).join('');
  return (
    xmlDeclaration +
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${spreadsheetMl}.sheet.main+xml"/>` +
    worksheets +
    `<Override PartName="/xl/styles.xml" ContentType="${spreadsheetMl}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${spreadsheetMl}.sharedStrings+xml"/>` +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
    `</Types>`
  );
}

function packageRelationshipsXml(): string {
  return (
    xmlDeclaration +
    `<Relationships xmlns="${packageRelationshipNamespace}">` +
    `<Relationship Id="rId1" Type="${relationshipNamespace}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${packageRelationshipNamespace}/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${relationshipNamespace}/extended-properties" Target="docProps/app.xml"/>` +
    `</Relationships>`
  );
}

function appPropertiesXml(names: readonly string[]): string {
  const titles = names.map((name) => `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`).join('');
  return (
    xmlDeclaration +
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<HeadingPairs><vt:vector size="2" baseType="variant">` +
    `<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>` +
    `<vt:variant><vt:i4>${names.length}</vt:i4></vt:variant>` +
    `</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    `</Properties>`
  );
}

function corePropertiesXml(title: string | undefined): string {
  // No created/modified dates: the writer stays pure and its output reproducible.
  return (
    xmlDeclaration +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    (title === undefined ? '' : `<dc:title>${escapeXml(title)}</dc:title>`) +
    `</cp:coreProperties>`
  );
}

function stylesXml(): string {
  // 맑은 고딕 is the default font of Korean Excel and is also installed with Hangul Office; charset 129 is Hangul.
  const font = (extra: string, size: number): string =>
    `<font>${extra}<sz val="${size}"/><name val="맑은 고딕"/><family val="2"/><charset val="129"/></font>`;
  const thin = '<left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/>';
  const body = (kind: SpreadsheetColumnKind): string =>
    `<xf numFmtId="${numberFormatIds[kind]}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
  const total = (kind: SpreadsheetColumnKind): string =>
    `<xf numFmtId="${numberFormatIds[kind]}" fontId="1" fillId="0" borderId="2" xfId="0" ` +
    `applyNumberFormat="1" applyFont="1" applyBorder="1"/>`;
  const cellFormats = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" ' +
      'applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>',
    ...kindOrder.map(body),
    ...kindOrder.map(total),
  ];
  return (
    xmlDeclaration +
    `<styleSheet xmlns="${mainNamespace}">` +
    `<numFmts count="2">` +
    `<numFmt numFmtId="${numberFormatIds.won}" formatCode="${escapeXml('#,##0"원"')}"/>` +
    `<numFmt numFmtId="${numberFormatIds.percent}" formatCode="0.0%"/>` +
    `</numFmts>` +
    `<fonts count="3">${font('', 11)}${font('<b/>', 11)}${font('<b/>', 14)}</fonts>` +
    // Fills 0 and 1 are reserved by Excel (none and gray125); 2 is the header's light blue.
    `<fills count="3"><fill><patternFill patternType="none"/></fill>` +
    `<fill><patternFill patternType="gray125"/></fill>` +
    `<fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill>` +
    `</fills>` +
    // Border 2 is the accounting total: a thin rule above, a double rule below.
    `<borders count="3"><border><left/><right/><top/><bottom/><diagonal/></border>` +
    `<border>${thin}<diagonal/></border>` +
    `<border><left/><right/><top style="thin"/><bottom style="double"/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${cellFormats.length}">${cellFormats.join('')}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `<dxfs count="0"/><tableStyles count="0"/>` +
    `</styleSheet>`
  );
}

/**
 * An .xlsx workbook with one worksheet per sheet: optional bold title row, a bold filled header with a
 * filter and frozen below it, numbers stored as numbers in the column's format, and an optional bold total
 * row. Written by hand (OOXML parts zipped with fflate) so it opens in Excel and Hangul Cell.
 */
export function writeXlsx(sheets: SpreadsheetSheet[]): Uint8Array {
  if (sheets.length === 0) throw new RangeError('A workbook needs at least one sheet');
  const usedNames = new Set<string>();
  const prepared = sheets.map((sheet, index) => ({ sheet, layout: layoutOf(sheet, index + 1, usedNames) }));
  const names = prepared.map(({ layout }) => layout.name);
  const sharedStrings = new SharedStrings();
  const worksheets: Record<string, Uint8Array> = {};
  for (const { sheet, layout } of prepared) {
    worksheets[`xl/worksheets/sheet${layout.position}.xml`] = strToU8(
      worksheetXml(sheet, layout, layout.position === 1, sharedStrings),
    );
  }
  return zipSync(
    {
      '[Content_Types].xml': strToU8(contentTypesXml(sheets.length)),
      '_rels/.rels': strToU8(packageRelationshipsXml()),
      'docProps/app.xml': strToU8(appPropertiesXml(names)),
      'docProps/core.xml': strToU8(corePropertiesXml(sheets[0]?.title)),
      'xl/workbook.xml': strToU8(workbookXml(prepared)),
      'xl/_rels/workbook.xml.rels': strToU8(workbookRelationshipsXml(sheets.length)),
      'xl/styles.xml': strToU8(stylesXml()),
      'xl/sharedStrings.xml': strToU8(sharedStrings.toXml()),
      ...worksheets,
    },
    { level: 6, mtime: zipTimestamp },
  );
}
