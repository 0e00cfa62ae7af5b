import { describe, expect, it } from 'vitest';

import { parseCsv } from './parse-csv.js';

describe('parseCsv', () => {
  it('splits simple records and numbers them from line 1', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual({
      rows: [
        { line: 1, cells: ['a', 'b', 'c'] },
        { line: 2, cells: ['1', '2', '3'] },
      ],
      errors: [],
    });
  });

  it('handles CRLF, LF and lone CR line breaks', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\r5,6').rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
      { line: 3, cells: ['3', '4'] },
      { line: 4, cells: ['5', '6'] },
    ]);
  });

  it('keeps commas and doubled quotes inside quoted fields', () => {
    const { rows, errors } = parseCsv('"기획, 조정","그는 ""안녕""이라 했다"\n');
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ line: 1, cells: ['기획, 조정', '그는 "안녕"이라 했다'] }]);
  });

  it('keeps counting physical lines through line breaks inside quotes', () => {
    const text = 'code,name\r\nA,"첫 줄\r\n둘째 줄\r\n셋째 줄"\r\nB,다음\r\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        { line: 1, cells: ['code', 'name'] },
        { line: 2, cells: ['A', '첫 줄\n둘째 줄\n셋째 줄'] },
        { line: 5, cells: ['B', '다음'] },
      ],
      errors: [],
    });
  });

  it('keeps empty fields, including a trailing one and a quoted one', () => {
    expect(parseCsv('a,,c,\n"",x\n').rows).toEqual([
      { line: 1, cells: ['a', '', 'c', ''] },
      { line: 2, cells: ['', 'x'] },
    ]);
  });

  it('skips empty lines but keeps the line numbers of the records after them', () => {
    expect(parseCsv('a,b\n\n\n1,2\n\n\n').rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 4, cells: ['1', '2'] },
    ]);
  });

  it('returns rows for lines of only delimiters so callers can decide they are blank', () => {
    expect(parseCsv('a,b\n,\n').rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['', ''] },
    ]);
  });

  it('reports an unterminated quote on the line where it started', () => {
    const { rows, errors } = parseCsv('a,b\n1,2\n3,"열린 따옴표\n4,5\n6,7\n');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(3);
    expect(errors[0]?.message).toContain('따옴표');
  });

  it('reports text after a closing quote on its physical line but keeps the cell count', () => {
    const { rows, errors } = parseCsv('a,b\n"x\ny"z,2\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.line).toBe(3);
    expect(rows[1]).toEqual({ line: 2, cells: ['x\nyz', '2'] });
  });

  it('keeps a quote in the middle of an unquoted field literally', () => {
    expect(parseCsv('12"inch,b\n')).toEqual({ rows: [{ line: 1, cells: ['12"inch', 'b'] }], errors: [] });
  });

  it('reads tab-separated files when the header has tabs and no commas', () => {
    expect(parseCsv('부서코드\t부서명\nA100\t"기획, 조정"\n').rows).toEqual([
      { line: 1, cells: ['부서코드', '부서명'] },
      { line: 2, cells: ['A100', '기획, 조정'] },
    ]);
  });

  it('stays comma-separated when the header has both tabs and commas', () => {
    expect(parseCsv('a\tb,c\n').rows).toEqual([{ line: 1, cells: ['a\tb', 'c'] }]);
  });

  it('detects the delimiter from the first non-empty line', () => {
    expect(parseCsv('\n\na\tb\n1\t2').rows).toEqual([
      { line: 3, cells: ['a', 'b'] },
      { line: 4, cells: ['1', '2'] },
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(parseCsv('')).toEqual({ rows: [], errors: [] });
    expect(parseCsv('\r\n\n')).toEqual({ rows: [], errors: [] });
  });
});
