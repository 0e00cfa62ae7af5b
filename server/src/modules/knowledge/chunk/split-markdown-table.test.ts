import { describe, expect, it } from 'vitest';
import { splitMarkdownTable } from './split-markdown-table.js';

const roomy = { first: 1000, target: 700, maximum: 1000 };

describe('splitMarkdownTable', () => {
  it('renders a header, the separator line and the rows', () => {
    expect(
      splitMarkdownTable(
        [
          ['구분', '금액'],
          ['인건비', '1,000'],
        ],
        roomy,
      ),
    ).toEqual(['| 구분 | 금액 |\n| --- | --- |\n| 인건비 | 1,000 |']);
  });

  it('pads short rows, flattens line breaks and escapes pipes and backslashes', () => {
    expect(splitMarkdownTable([['a', 'b', 'c'], ['x|y', 'C:\\자료'], ['줄\n바꿈']], roomy)).toEqual([
      '| a | b | c |\n| --- | --- | --- |\n| x\\|y | C:\\\\자료 | |\n| 줄 바꿈 | | |',
    ]);
  });

  it('drops empty rows and gives nothing for an empty table', () => {
    expect(splitMarkdownTable([], roomy)).toEqual([]);
    expect(splitMarkdownTable([[' ', ''], []], roomy)).toEqual([]);
    expect(splitMarkdownTable([['제목'], ['', ''], ['값']], roomy)).toEqual(['| 제목 |\n| --- |\n| 값 |']);
  });

  it('repeats the header in every piece and fills pieces up to the target', () => {
    const rows = [
      ['번호', '이름'],
      ...Array.from({ length: 10 }, (_, index) => [`${index}`, '가'.repeat(20)]),
    ];
    const pieces = splitMarkdownTable(rows, { first: 150, target: 150, maximum: 200 });
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(150);
      expect(piece.startsWith('| 번호 | 이름 |\n| --- | --- |\n| ')).toBe(true);
    }
    expect(pieces.join('\n').match(/가{20}/g)).toHaveLength(10);
  });

  it('keeps the first piece within a smaller first limit', () => {
    const rows = [
      ['번호', '이름'],
      ...Array.from({ length: 10 }, (_, index) => [`${index}`, '가'.repeat(20)]),
    ];
    const pieces = splitMarkdownTable(rows, { first: 80, target: 150, maximum: 200 });
    expect(pieces[0]?.length).toBeLessThanOrEqual(80);
  });

  it('does not repeat a header that takes more than half the maximum', () => {
    const header = Array.from({ length: 30 }, (_, index) => `열${index}`);
    const rows = [header, ...Array.from({ length: 6 }, () => header.map(() => '값'))];
    const pieces = splitMarkdownTable(rows, { first: 300, target: 200, maximum: 300 });
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(300);
    expect(pieces.filter((piece) => piece.includes('| 열0 |'))).toHaveLength(1);
  });
});

describe('splitMarkdownTable with a lone header row', () => {
  it('keeps a header-only table that does not fit', () => {
    const header = ['보조사업의 명칭과 목적 및 내용', '보조사업에 드는 경비와 보조금 신청액'];
    const pieces = splitMarkdownTable([header], { first: 40, target: 700, maximum: 1000 });
    expect(pieces.join('\n')).toContain('보조사업의 명칭과 목적 및 내용');
  });
});
