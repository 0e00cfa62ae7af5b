import { describe, expect, it } from 'vitest';
import { parseDraftBody } from './parse-draft-body.js';

describe('parseDraftBody', () => {
  it('keeps each line a paragraph with its indentation and the marker its wrapped lines hang under', () => {
    const blocks = parseDraftBody(
      '1. 관련\n  가. 교육 개요\n    1) 기간: 2026. 9. 1.\n      가) 1차\n  귀하께서는 요청하셨습니다.\r\n□ 추진 배경\n  ○ 현황',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '1. 관련', indentSpaces: 0, hangingPrefix: '1. ' },
      { kind: 'paragraph', text: '가. 교육 개요', indentSpaces: 2, hangingPrefix: '가. ' },
      { kind: 'paragraph', text: '1) 기간: 2026. 9. 1.', indentSpaces: 4, hangingPrefix: '1) ' },
      { kind: 'paragraph', text: '가) 1차', indentSpaces: 6, hangingPrefix: '가) ' },
      { kind: 'paragraph', text: '귀하께서는 요청하셨습니다.', indentSpaces: 2, hangingPrefix: null },
      { kind: 'paragraph', text: '□ 추진 배경', indentSpaces: 0, hangingPrefix: '□ ' },
      { kind: 'paragraph', text: '○ 현황', indentSpaces: 2, hangingPrefix: '○ ' },
    ]);
  });

  it('reads every marker of the legal sequence and 붙임 lines, but not a sentence that only starts like one', () => {
    const prefixes = [
      '(1) 가',
      '(가) 나',
      '① 다',
      '㉮ 라',
      '※ 참고',
      '- 세부',
      '붙임  1. 계획서 1부.',
      '붙임  명단 1부.  끝.',
      '끝.',
      '2026. 7. 31. 개최',
      '이. 항목',
    ]
      .map((line) => parseDraftBody(line)[0])
      .map((block) => (block?.kind === 'paragraph' ? block.hangingPrefix : 'table'));
    expect(prefixes).toEqual([
      '(1) ',
      '(가) ',
      '① ',
      '㉮ ',
      '※ ',
      '- ',
      '붙임  1. ',
      '붙임  ',
      null,
      null,
      null,
    ]);
  });

  it('keeps the spaces inside a line (붙임  …, …  끝.) and counts tabs and ideographic spaces as two', () => {
    const blocks = parseDraftBody('붙임  1. 계획서 1부.\n      2. 명단 1부.  끝.\n\t가. 탭\n\u3000나. 전각');
    expect(
      blocks.map((block) => (block.kind === 'paragraph' ? [block.text, block.indentSpaces] : [])),
    ).toEqual([
      ['붙임  1. 계획서 1부.', 0],
      ['2. 명단 1부.  끝.', 6],
      ['가. 탭', 2],
      ['나. 전각', 2],
    ]);
  });

  it('reads pipe tables with escaped pipes, alignment rows and short rows filled with empty cells', () => {
    const blocks = parseDraftBody(
      '나. 일정\n| 구분 | 값 \\| 단위 | 비고 |\n| :-- | :-: | --: |\n| 1차 | 3 |\n|2차|4|끝|\n다. 다음',
    );
    expect(blocks[1]).toEqual({
      kind: 'table',
      rows: [
        ['구분', '값 | 단위', '비고'],
        ['1차', '3', ''],
        ['2차', '4', '끝'],
      ],
    });
    expect(blocks).toHaveLength(3);
  });

  it('takes pipe lines without a separator row for text', () => {
    expect(parseDraftBody('| 표가 아님 |\n다음 줄')).toEqual([
      { kind: 'paragraph', text: '| 표가 아님 |', indentSpaces: 0, hangingPrefix: null },
      { kind: 'paragraph', text: '다음 줄', indentSpaces: 0, hangingPrefix: null },
    ]);
  });

  it('keeps blank lines between paragraphs and drops them at the ends and around tables', () => {
    const blocks = parseDraftBody('\n\n첫째\n\n\n둘째\n\n| a |\n| - |\n| b |\n\n셋째\n\n');
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.text : 'table'))).toEqual([
      '첫째',
      '',
      '',
      '둘째',
      'table',
      '셋째',
    ]);
  });
});
