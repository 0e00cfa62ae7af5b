import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'kordoc';
import { describe, expect, it } from 'vitest';
import type { SpreadsheetSheet } from './spreadsheet-table.js';
import { writeXlsx } from './write-xlsx.js';

const report: SpreadsheetSheet = {
  name: '부서별 이용',
  title: '2026년 11월 부서별 AI 이용 보고서',
  columns: [
    { header: '부서', kind: 'text' },
    { header: '요청 수', kind: 'integer' },
    { header: '이용 금액', kind: 'won' },
    { header: '평균 응답 시간(초)', kind: 'decimal' },
    { header: '비율', kind: 'percent' },
  ],
  rows: [
    ['기획조정실', 1234, 567_890, 1.25, 0.4],
    ['정보화담당관 (R&D <팀> "A")', -5, null, 2.5, 0.6],
  ],
  totalRow: ['합계', 1229, 567_890, null, 1],
};

/** Parses XML, failing on anything xmldom reports and on what it lets through (bare &, invalid characters). */
function parseXml(xml: string): Document {
  expect(xml).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#x[0-9A-Fa-f]+|#[0-9]+);)/);
  expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  });
  return parser.parseFromString(xml, 'application/xml');
}

function elements(parent: Document | Element, tag: string): Element[] {
  return Array.from(parent.getElementsByTagName(tag));
}

interface Workbook {
  parts: Record<string, string>;
  xml(path: string): Document;
  /** Cells of a sheet by reference, text resolved through the shared strings as Excel reads them. */
  cells(
    sheetNumber: number,
  ): Map<string, { type: string | null; style: string | null; value: string | null }>;
}

function openWorkbook(bytes: Uint8Array): Workbook {
  const parts = Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]),
  );
  const xml = (path: string): Document => {
    const part = parts[path];
    if (part === undefined) throw new Error(`missing part ${path}`);
    return parseXml(part);
  };
  // Excel decodes _xHHHH_ in cell text; a reader that does the same must see the original text.
  const decode = (text: string): string =>
    text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const sharedStrings = elements(xml('xl/sharedStrings.xml'), 'si').map((item) =>
    decode(
      elements(item, 't')
        .map((text) => text.textContent ?? '')
        .join(''),
    ),
  );
  return {
    parts,
    xml,
    cells(sheetNumber) {
      const result = new Map<string, { type: string | null; style: string | null; value: string | null }>();
      for (const cell of elements(xml(`xl/worksheets/sheet${sheetNumber}.xml`), 'c')) {
        const type = cell.getAttribute('t');
        const raw = elements(cell, 'v')[0]?.textContent ?? null;
        const value = type === 's' && raw !== null ? (sharedStrings[Number(raw)] ?? null) : raw;
        result.set(cell.getAttribute('r') ?? '', { type, style: cell.getAttribute('s'), value });
      }
      return result;
    },
  };
}

describe('writeXlsx', () => {
  it('writes every part of the package, each well-formed XML', () => {
    const workbook = openWorkbook(writeXlsx([report, { ...report, name: '두 번째' }]));
    expect(Object.keys(workbook.parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/sharedStrings.xml',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const path of Object.keys(workbook.parts)) workbook.xml(path);
    const overrides = elements(workbook.xml('[Content_Types].xml'), 'Override').map((override) =>
      override.getAttribute('PartName'),
    );
    const contentParts = Object.keys(workbook.parts).filter((path) => !/\.rels$|^\[/.test(path));
    for (const path of contentParts) expect(overrides).toContain(`/${path}`);
  });

  it('stores numbers as numeric cells and text as strings, with the column formats', () => {
    const workbook = openWorkbook(writeXlsx([report]));
    const cells = workbook.cells(1);
    expect(cells.get('A1')).toMatchObject({ type: 's', value: report.title });
    expect(cells.get('B2')).toMatchObject({ type: 's', value: '요청 수' });
    expect(cells.get('B3')).toMatchObject({ type: null, value: '1234' });
    expect(cells.get('C3')).toMatchObject({ type: null, value: '567890' });
    expect(cells.get('D3')).toMatchObject({ type: null, value: '1.25' });
    expect(cells.get('E3')).toMatchObject({ type: null, value: '0.4' });
    expect(cells.get('B4')).toMatchObject({ type: null, value: '-5' });
    expect(cells.get('C4')).toMatchObject({ type: null, value: null });
    expect(cells.get('A5')).toMatchObject({ type: 's', value: '합계' });

    const styles = workbook.xml('xl/styles.xml');
    const formatCodes = new Map(
      elements(styles, 'numFmt').map((format) => [
        format.getAttribute('numFmtId'),
        format.getAttribute('formatCode'),
      ]),
    );
    const cellFormats = elements(elements(styles, 'cellXfs')[0] as Element, 'xf');
    const formatOf = (reference: string): string | null | undefined => {
      const format = cellFormats[Number(cells.get(reference)?.style)];
      const id = format?.getAttribute('numFmtId') ?? null;
      // 3 and 4 are Excel's built-in #,##0 and #,##0.00.
      return ({ '3': '#,##0', '4': '#,##0.00' } as Record<string, string>)[id ?? ''] ?? formatCodes.get(id);
    };
    expect(formatOf('B3')).toBe('#,##0');
    expect(formatOf('C3')).toBe('#,##0"원"');
    expect(formatOf('D3')).toBe('#,##0.00');
    expect(formatOf('E3')).toBe('0.0%');
    expect(formatOf('C5')).toBe('#,##0"원"');
  });

  it('round-trips Korean and awkward text exactly and drops characters XML cannot hold', () => {
    const awkward = [
      '  앞뒤 공백  ',
      '줄\n바꿈\r\n포함',
      '=SUM(A1:A2)',
      '리터럴 _x0041_ 유지',
      '이모지 😀 와 한자 漢字',
      '',
    ];
    const sheet: SpreadsheetSheet = {
      name: '텍스트',
      columns: [{ header: '내용', kind: 'text' }],
      rows: [...awkward.map((text) => [text]), ['제어\u0001문자\u0008\uD800\uFFFE 제거']],
    };
    const cells = openWorkbook(writeXlsx([sheet])).cells(1);
    awkward.forEach((text, index) => {
      expect(cells.get(`A${index + 2}`)).toMatchObject({ type: 's', value: text });
    });
    expect(cells.get(`A${awkward.length + 2}`)?.value).toBe('제어문자 제거');
  });

  it('turns non-finite numbers into empty cells rather than invalid values', () => {
    const sheet: SpreadsheetSheet = {
      name: '값',
      columns: [{ header: '값', kind: 'decimal' }],
      rows: [[Number.NaN], [Number.POSITIVE_INFINITY], [1e21], [-0.000001]],
    };
    const cells = openWorkbook(writeXlsx([sheet])).cells(1);
    expect(cells.get('A2')?.value).toBeNull();
    expect(cells.get('A3')?.value).toBeNull();
    expect(Number(cells.get('A4')?.value)).toBe(1e21);
    expect(Number(cells.get('A5')?.value)).toBe(-0.000001);
  });

  it('freezes and filters the header, keeps the total row out of the filter, and sizes columns', () => {
    const workbook = openWorkbook(writeXlsx([report]));
    const worksheet = workbook.xml('xl/worksheets/sheet1.xml');
    const pane = elements(worksheet, 'pane')[0];
    expect(pane?.getAttribute('state')).toBe('frozen');
    expect(pane?.getAttribute('ySplit')).toBe('2');
    expect(pane?.getAttribute('topLeftCell')).toBe('A3');
    expect(elements(worksheet, 'autoFilter')[0]?.getAttribute('ref')).toBe('A2:E4');
    expect(elements(worksheet, 'dimension')[0]?.getAttribute('ref')).toBe('A1:E5');
    const filterName = elements(workbook.xml('xl/workbook.xml'), 'definedName').find(
      (name) => name.getAttribute('name') === '_xlnm._FilterDatabase',
    );
    expect(filterName?.textContent).toBe("'부서별 이용'!$A$2:$E$4");

    const widths = elements(worksheet, 'col').map((column) => Number(column.getAttribute('width')));
    expect(widths).toHaveLength(5);
    // "평균 응답 시간(초)": 7 Hangul (2 each) + 4 narrow characters + room for the filter button.
    expect(widths[3]).toBe(7 * 2 + 4 + 4);

    const hangul = {
      name: 'a',
      columns: [{ header: 'h', kind: 'text' as const }],
      rows: [['가나다라마바사아자차']],
    };
    const latin = { name: 'b', columns: [{ header: 'h', kind: 'text' as const }], rows: [['abcdefghij']] };
    const widthOf = (sheet: SpreadsheetSheet): number =>
      Number(
        elements(openWorkbook(writeXlsx([sheet])).xml('xl/worksheets/sheet1.xml'), 'col')[0]?.getAttribute(
          'width',
        ),
      );
    expect(widthOf(hangul)).toBeGreaterThan(widthOf(latin) + 8);
    expect(widthOf({ ...latin, columns: [{ header: 'h', kind: 'text', width: 33 }] })).toBe(33);
  });

  it('makes sheet names Excel accepts: no []:*?/\\, at most 31 characters, unique, not History', () => {
    const sheet = (name: string): SpreadsheetSheet => ({ name, columns: [], rows: [] });
    const workbook = openWorkbook(
      writeXlsx([
        sheet('2026/11 [부서]: 이용*?\\'),
        sheet('가'.repeat(40)),
        sheet('가'.repeat(40)),
        sheet('Report'),
        sheet('REPORT'),
        sheet("'따옴표'"),
        sheet('  '),
        sheet('History'),
        sheet('R&D <팀>'),
      ]),
    );
    const names = elements(workbook.xml('xl/workbook.xml'), 'sheet').map((element) =>
      element.getAttribute('name'),
    );
    expect(names).toEqual([
      '2026_11 _부서__ 이용___',
      '가'.repeat(31),
      `${'가'.repeat(27)} (2)`,
      'Report',
      'REPORT (2)',
      '따옴표',
      'Sheet7',
      'History (2)',
      'R&D <팀>',
    ]);
  });

  it('is read back by kordoc, another XLSX parser, with the Korean headers and values', async () => {
    const result = await parse(Buffer.from(writeXlsx([report])));
    if (!result.success) throw new Error(`kordoc refused the workbook: ${result.error}`);
    expect(result.fileType).toBe('xlsx');
    const table = result.blocks.find((block) => block.type === 'table')?.table;
    const rows = table?.cells.map((row) => row.map((cell) => cell.text));
    expect(rows).toEqual([
      ['2026년 11월 부서별 AI 이용 보고서', '', '', '', ''],
      ['부서', '요청 수', '이용 금액', '평균 응답 시간(초)', '비율'],
      ['기획조정실', '1234', '567890', '1.25', '0.4'],
      ['정보화담당관 (R&D <팀> "A")', '-5', '', '2.5', '0.6'],
      ['합계', '1229', '567890', '', '1'],
    ]);
    expect(result.blocks.find((block) => block.type === 'heading')?.text).toBe('부서별 이용');
  });

  it('produces the same bytes for the same input and refuses an empty workbook', () => {
    expect(writeXlsx([report])).toEqual(writeXlsx([report]));
    expect(() => writeXlsx([])).toThrow(RangeError);
  });
});
