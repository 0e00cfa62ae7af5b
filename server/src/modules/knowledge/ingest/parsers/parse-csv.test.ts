import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from './parse-csv.js';

describe('parseCsvRecords', () => {
  it('follows RFC 4180: quoted delimiters, line breaks and doubled quotes; CRLF, LF or CR records', () => {
    expect(parseCsvRecords('a,"b,c","d ""e"""\r\n"줄\r\n바꿈",,x\ny\rz')).toEqual([
      ['a', 'b,c', 'd "e"'],
      ['줄\r\n바꿈', '', 'x'],
      ['y'],
      ['z'],
    ]);
  });

  it('keeps a final record without a line break and an empty last field', () => {
    expect(parseCsvRecords('a,b\nc,')).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
    expect(parseCsvRecords('')).toEqual([]);
  });

  it('is lenient like spreadsheet programs with stray and unclosed quotes', () => {
    expect(parseCsvRecords('ab"c,"d"e,"열림')).toEqual([['ab"c', 'de', '열림']]);
  });

  it('takes tabs or semicolons when the first line has no comma', () => {
    expect(parseCsvRecords('이름\t부서\n홍길동\t총무과')).toEqual([
      ['이름', '부서'],
      ['홍길동', '총무과'],
    ]);
    expect(parseCsvRecords('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('parseCsv', () => {
  it('makes one table, without blank rows and trailing empty columns', () => {
    expect(parseCsv('이름,금액,,\n\n,,,\n홍길동, 1000 ,,\n')).toEqual([
      {
        kind: 'table',
        rows: [
          ['이름', '금액'],
          ['홍길동', '1000'],
        ],
        page: null,
      },
    ]);
    expect(parseCsv(',,\n')).toEqual([]);
  });
});
