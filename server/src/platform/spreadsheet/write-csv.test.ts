import { describe, expect, it } from 'vitest';
import type { SpreadsheetSheet } from './spreadsheet-table.js';
import { writeCsv } from './write-csv.js';

const report: SpreadsheetSheet = {
  name: '부서별 이용',
  title: '2026년 11월 부서별 AI 이용 보고서',
  columns: [
    { header: '부서', kind: 'text' },
    { header: '요청 수', kind: 'integer' },
    { header: '이용 금액', kind: 'won' },
    { header: '비율', kind: 'percent' },
  ],
  rows: [
    ['기획조정실', 1234, 1_234_567, 0.125],
    ['민원실', -5, -1500.5, null],
  ],
  totalRow: ['합계', 1229, 1_233_066.5, 1],
};

describe('writeCsv', () => {
  it('starts with a UTF-8 BOM and writes the title, header, rows and total with CRLF line ends', () => {
    expect(writeCsv(report)).toBe(
      '\uFEFF' +
        '2026년 11월 부서별 AI 이용 보고서,,,\r\n' +
        '부서,요청 수,이용 금액,비율\r\n' +
        '기획조정실,1234,1234567,0.125\r\n' +
        '민원실,-5,-1500.5,\r\n' +
        '합계,1229,1233066.5,1\r\n',
    );
  });

  it('leaves out the title row when there is none', () => {
    const lines = writeCsv({ ...report, title: undefined })
      .slice(1)
      .split('\r\n');
    expect(lines[0]).toBe('부서,요청 수,이용 금액,비율');
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    const csv = writeCsv({
      name: '따옴표',
      columns: [
        { header: '이름, 직급', kind: 'text' },
        { header: '메모', kind: 'text' },
      ],
      rows: [
        ['홍길동 "주무관"', '첫 줄\n둘째 줄'],
        ['캐리지\r리턴', '쉼표 없음'],
      ],
    });
    expect(csv).toBe(
      '\uFEFF' +
        '"이름, 직급",메모\r\n' +
        '"홍길동 ""주무관""","첫 줄\n둘째 줄"\r\n' +
        '"캐리지\r리턴",쉼표 없음\r\n',
    );
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const cells = ['=SUM(A1:A9)', '+82-2-000', '-1+1', '@cmd', '\tTAB', '\r=1', '정상 텍스트', '1=1'];
    const csv = writeCsv({
      name: '주입',
      columns: [{ header: '값', kind: 'text' }],
      rows: cells.map((cell) => [cell]),
    });
    expect(csv.slice(1).split('\r\n').slice(1, -1)).toEqual([
      "'=SUM(A1:A9)",
      "'+82-2-000",
      "'-1+1",
      "'@cmd",
      "'\tTAB",
      // The guarded field still holds a CR, so it is also quoted.
      `"'\r=1"`,
      '정상 텍스트',
      '1=1',
    ]);
  });

  it('writes numbers plainly, negatives untouched, and non-finite numbers as empty fields', () => {
    const csv = writeCsv({
      name: '숫자',
      columns: [
        { header: '정수', kind: 'integer' },
        { header: '금액', kind: 'won' },
        { header: '소수', kind: 'decimal' },
      ],
      rows: [
        [-42, -1_000_000, -0.25],
        [Number.NaN, Number.POSITIVE_INFINITY, 0],
      ],
    });
    expect(csv).toBe('\uFEFF정수,금액,소수\r\n-42,-1000000,-0.25\r\n,,0\r\n');
  });

  it('pads short records so every record has the same number of fields', () => {
    const csv = writeCsv({
      name: '패딩',
      columns: [
        { header: 'a', kind: 'text' },
        { header: 'b', kind: 'text' },
      ],
      rows: [['하나'], ['하나', '둘', '셋']],
    });
    expect(csv).toBe('\uFEFFa,b,\r\n하나,,\r\n하나,둘,셋\r\n');
  });
});
