import type { IRBlock, IRTable } from 'kordoc';
import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../parsed-document.js';
import { convertKordocBlocks } from './kordoc-document.js';

function table(cells: string[][], caption?: string): IRTable {
  return {
    rows: cells.length,
    cols: cells[0]?.length ?? 0,
    cells: cells.map((row) => row.map((text) => ({ text, colSpan: 1, rowSpan: 1 }))),
    hasHeader: cells.length > 1,
    ...(caption === undefined ? {} : { caption }),
  };
}

describe('convertKordocBlocks', () => {
  it('flattens lists into paragraphs with markers, numbering runs of ordered items', () => {
    const blocks: IRBlock[] = [
      { type: 'list', listType: 'ordered', text: '접수' },
      {
        type: 'list',
        listType: 'ordered',
        text: '심사',
        children: [
          { type: 'list', listType: 'unordered', text: '서류 심사' },
          { type: 'list', listType: 'ordered', text: '면접' },
        ],
      },
      { type: 'list', listType: 'ordered', text: '3) 이미 번호가 있는 항목' },
      { type: 'paragraph', text: '사이 문단' },
      { type: 'list', listType: 'ordered', text: '새 목록' },
      { type: 'list', listType: 'unordered', text: '• 글머리가 있는 항목' },
    ];
    expect(
      convertKordocBlocks(blocks, false).map((block) => (block.kind === 'table' ? '' : block.text)),
    ).toEqual([
      '1. 접수',
      '2. 심사',
      '- 서류 심사',
      '1. 면접',
      '3) 이미 번호가 있는 항목',
      '사이 문단',
      '1. 새 목록',
      '• 글머리가 있는 항목',
    ]);
  });

  it('keeps heading levels (clamped), drops images, separators and empty text, appends footnotes', () => {
    const blocks: IRBlock[] = [
      { type: 'heading', level: 9, text: ' 깊은\n제목 ' },
      { type: 'heading', text: '레벨 없는 제목' },
      { type: 'image', text: 'image_001.png' },
      { type: 'separator' },
      { type: 'paragraph', text: '  \n ' },
      { type: 'paragraph', text: '본문', footnoteText: '각주 내용' },
      { type: 'paragraph', text: '사각형입니다.' },
    ];
    expect(convertKordocBlocks(blocks, false)).toEqual<DocumentBlock[]>([
      { kind: 'heading', level: 6, text: '깊은 제목', page: null },
      { kind: 'heading', level: 2, text: '레벨 없는 제목', page: null },
      { kind: 'paragraph', text: '본문 (주: 각주 내용)', page: null },
    ]);
  });

  it('turns tables into rows with the caption before them, and a 1×1 box into its paragraphs', () => {
    const blocks: IRBlock[] = [
      {
        type: 'table',
        table: table(
          [
            ['이름', '값'],
            ['가', '1'],
          ],
          '표 1. 현황',
        ),
      },
      { type: 'table', table: table([['첫째 줄\n\n둘째 줄']]) },
      {
        type: 'table',
        table: table([
          ['', ''],
          ['', ''],
        ]),
      },
    ];
    expect(convertKordocBlocks(blocks, false)).toEqual<DocumentBlock[]>([
      { kind: 'paragraph', text: '표 1. 현황', page: null },
      {
        kind: 'table',
        rows: [
          ['이름', '값'],
          ['가', '1'],
        ],
        page: null,
      },
      { kind: 'paragraph', text: '첫째 줄', page: null },
      { kind: 'paragraph', text: '둘째 줄', page: null },
    ]);
    const boxed: IRTable = {
      ...table([['']]),
      cells: [
        [{ text: '', colSpan: 1, rowSpan: 1, blocks: [{ type: 'heading', level: 3, text: '상자 제목' }] }],
      ],
    };
    expect(convertKordocBlocks([{ type: 'table', table: boxed, pageNumber: 4 }], true)).toEqual<
      DocumentBlock[]
    >([{ kind: 'heading', level: 3, text: '상자 제목', page: 4 }]);
  });

  it('gives blocks without a page number the page before them, leading ones the first known page', () => {
    const blocks: IRBlock[] = [
      { type: 'paragraph', text: '머리말' },
      { type: 'paragraph', text: '본문', pageNumber: 2 },
      { type: 'paragraph', text: '꼬리말' },
      { type: 'paragraph', text: '다음 쪽', pageNumber: 3 },
    ];
    expect(convertKordocBlocks(blocks, true).map((block) => block.page)).toEqual([2, 2, 2, 3]);
    expect(convertKordocBlocks(blocks, false).map((block) => block.page)).toEqual([null, null, null, null]);
  });
});
