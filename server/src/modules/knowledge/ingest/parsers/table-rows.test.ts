import { describe, expect, it } from 'vitest';
import { rowsFromGrid, rowsFromListedCells, tidyRows, type SpannedCell } from './table-rows.js';

function cell(text: string, colSpan = 1, rowSpan = 1): SpannedCell {
  return { text, colSpan, rowSpan };
}

describe('rowsFromGrid', () => {
  it('repeats a merged cell into every position it covers, skipping the placeholders', () => {
    // As kordoc lays out SimpleTable.hwpx: a 2×2 anchor, a 1×2 anchor, empty placeholders under both.
    const grid = [
      [cell('1', 2, 2), cell(''), cell('2')],
      [cell(''), cell(''), cell('3')],
      [cell('5'), cell('4', 2), cell('')],
    ];
    expect(rowsFromGrid(grid)).toEqual([
      ['1', '1', '2'],
      ['1', '1', '3'],
      ['5', '4', '4'],
    ]);
  });

  it('clips spans at the table edge, cleans cells to one line and pads ragged rows', () => {
    expect(rowsFromGrid([[cell(' 가\n나 ', 5, 9), cell('')], [cell('x')]])).toEqual([
      ['가 나', '가 나'],
      ['가 나', '가 나'],
    ]);
    expect(rowsFromGrid([[cell('a'), cell('b')], [cell('c')]])).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
  });
});

describe('rowsFromListedCells', () => {
  it('places HTML-style cells after the positions rowspans from above fill', () => {
    const rows = [
      [cell('구분', 1, 2), cell('금액', 2)],
      [cell('상반기'), cell('하반기')],
      [cell('인건비'), cell('100'), cell('200')],
    ];
    expect(rowsFromListedCells(rows)).toEqual([
      ['구분', '금액', '금액'],
      ['구분', '상반기', '하반기'],
      ['인건비', '100', '200'],
    ]);
  });

  it('treats zero, negative and missing spans as 1 and bounds huge ones', () => {
    expect(rowsFromListedCells([[cell('a', 0, -3), cell('b', Number.NaN)], [cell('c')]])).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
    const wide = rowsFromListedCells([[cell('x', 1_000_000)]]);
    expect(wide[0]).toHaveLength(1000);
  });
});

describe('tidyRows', () => {
  it('drops rows and trailing columns without text, keeping inner empty cells', () => {
    expect(
      tidyRows([
        ['a', '', 'c', '', ''],
        ['', '', '', '', ''],
        ['d', ' ', '', '', '\u00A0'],
      ]),
    ).toEqual([
      ['a', '', 'c'],
      ['d', '', ''],
    ]);
    expect(tidyRows([['', ''], ['']])).toEqual([]);
  });

  it('handles hundreds of thousands of rows', () => {
    const rows = Array.from({ length: 300_000 }, (_, index) => [String(index), '']);
    expect(tidyRows(rows)).toHaveLength(300_000);
  });
});
