import { describe, expect, it } from 'vitest';
import { formatItemMarker, parseItemLine } from './item-markers.js';
import { lintDraftText } from './lint-draft-text.js';

const itemRules = [
  'ITEM_MARKER_LEVEL',
  'ITEM_MARKER_SEQUENCE',
  'ITEM_INDENT',
  'ITEM_MARKER_SPACE',
  'ITEM_SINGLE',
];
const findings = (text: string) =>
  lintDraftText(text, { rules: itemRules }).map((finding) => [
    finding.rule,
    finding.line,
    finding.fix?.replacement,
  ]);

describe('item markers', () => {
  it('accept all eight levels, two spaces apart, each list restarting under a new parent', () => {
    const levels = Array.from({ length: 8 }, (_, index) => index + 1);
    const lines = levels.flatMap((level) => {
      const indent = ' '.repeat((level - 1) * 2);
      return [`${indent}${formatItemMarker(level, 1)} 첫째`, `${indent}${formatItemMarker(level, 2)} 둘째`];
    });
    // Each level's second item closes the deeper lists, so they stand as complete lists.
    const ordered = [
      ...lines.filter((_, index) => index % 2 === 0),
      ...lines.filter((_, index) => index % 2 === 1).reverse(),
    ];
    expect(ordered[0]).toBe('1. 첫째');
    expect(ordered[7]).toBe('              ㉮ 첫째');
    expect(findings(ordered.join('\n'))).toEqual([]);
    expect(findings('1. 가\n  가. 나\n  나. 다\n2. 라\n  가. 마\n  나. 바')).toEqual([]);
  });

  it('number on past 하 and ⑳', () => {
    expect(formatItemMarker(2, 15)).toBe('거.');
    expect(formatItemMarker(7, 21)).toBe('㉑');
    expect(formatItemMarker(8, 14)).toBe('㉻');
  });

  it('read markers only at the start of a line with a space after them', () => {
    expect(parseItemLine('  가. 내용')).toMatchObject({
      level: 2,
      index: 1,
      markerStart: 2,
      markerEnd: 4,
      textStart: 5,
    });
    expect(parseItemLine('(10) 내용')).toMatchObject({ level: 5, index: 10 });
    expect(parseItemLine('① 내용')).toMatchObject({ level: 7, index: 1 });
    expect(parseItemLine('1.내용')).toMatchObject({ level: 1, textStart: 2 });
    for (const text of ['1.5배 증가', '7. 31.(목) 회의', '가.나', '(주)한국', '2025. 7. 31. 개최', '1.']) {
      expect(parseItemLine(text), text).toBeNull();
    }
  });

  it('take the level from the indentation and name the marker that level uses', () => {
    expect(findings('1. 가\n  (1) 나\n  나. 다\n2. 라')).toEqual([['ITEM_MARKER_LEVEL', 2, '가.']]);
  });

  it('restart each list under a new parent', () => {
    expect(findings('1. 가\n  가. 나\n  나. 다\n2. 라\n  다. 마\n  라. 바')).toEqual([
      ['ITEM_MARKER_SEQUENCE', 5, '가.'],
      ['ITEM_MARKER_SEQUENCE', 6, '나.'],
    ]);
  });

  it('let a new list begin at 1. after a heading, but not straight after another list', () => {
    expect(findings('추진 배경\n1. 가\n2. 나\n추진 계획\n1. 다\n2. 라')).toEqual([]);
    expect(findings('1. 가\n2. 나\n1. 다')).toEqual([['ITEM_MARKER_SEQUENCE', 3, '3.']]);
  });

  it('fix indentation that is odd or jumps more than one level, using the marker to tell the level', () => {
    expect(findings('1. 가\n    1) 나\n    2) 다\n2. 라')).toEqual([
      ['ITEM_INDENT', 2, '  '],
      ['ITEM_MARKER_LEVEL', 2, '가.'],
      ['ITEM_INDENT', 3, '  '],
      ['ITEM_MARKER_LEVEL', 3, '나.'],
    ]);
    expect(findings('  1. 가\n2. 나')).toEqual([['ITEM_INDENT', 1, '']]);
    expect(findings('1. 가\n\t가. 나\n  나. 다\n2. 라')).toEqual([['ITEM_INDENT', 2, '  ']]);
  });

  it('want one space after the marker', () => {
    expect(findings('1.가\n2.  나')).toEqual([
      ['ITEM_MARKER_SPACE', 1, ' '],
      ['ITEM_MARKER_SPACE', 2, ' '],
    ]);
  });

  it('warn when a level has a single item, and keep its children a level deeper once the marker is gone', () => {
    const text = '1. 가\n  가. 하나뿐\n    1) 하위 하나\n    2) 하위 둘\n2. 나';
    expect(lintDraftText(text, { rules: itemRules })).toMatchObject([
      { rule: 'ITEM_SINGLE', severity: 'warning', line: 2, fix: { replacement: '' } },
    ]);
    expect(findings('1. 가\n  하나뿐\n    1) 하위 하나\n    2) 하위 둘\n2. 나')).toEqual([]);
    // A single item with a wrong marker is one problem: it needs no marker at all.
    expect(findings('1. 가\n  다.  하나뿐\n2. 나')).toEqual([['ITEM_SINGLE', 2, '']]);
  });

  it('ignore tables, 끝. lines and everything from 붙임 on', () => {
    expect(
      findings('1. 가\n| 1. 표 |\n| --- |\n2. 나\n\n붙임  1. 계획서 1부.\n      2. 명단 1부.  끝.'),
    ).toEqual([]);
  });
});
