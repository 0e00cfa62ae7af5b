import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../knowledge/ingest/parsed-document.js';
import { documentTextOf, type TextBlock } from './document-text-of.js';
import { bodyTextDifferences, roundTripDifferences } from './round-trip.js';
import { sampleExportInput, sampleLayouts } from './sample-export-inputs.js';

const paragraph = (text: string): TextBlock => ({ kind: 'paragraph', text });
const table = (rows: string[][]): TextBlock => ({ kind: 'table', rows });

/** Ten pages or so: 20 numbered sections three levels deep, four tables, 붙임 and 끝. */
function longBody(): string {
  const lines: string[] = [];
  for (let section = 1; section <= 20; section += 1) {
    lines.push(
      `${section}. 추진 과제 ${section}: 생성형 AI 활용 확대를 위한 세부 과제를 다음과 같이 추진합니다.`,
    );
    for (const [index, marker] of ['가', '나', '다'].entries()) {
      lines.push(
        `  ${marker}. 세부 과제 ${section}-${index + 1}: 부서별 수요 조사, 교육, 시범 운영, 성과 평가를 차례로 진행합니다.`,
      );
      lines.push(`    1) 일정: 2026. ${(section % 12) + 1}. 1. ~ ${(section % 12) + 1}. 30.`);
      lines.push('    2) 담당: 디지털정책과 정보화팀(02-2133-0000)');
      lines.push(`      가) 예산: 금${section},000,000원`);
    }
    lines.push('    ※ 세부 내용은 붙임 참조');
    if (section % 5 === 0) {
      lines.push('', '| 구분 | 일정 | 담당 | 비고 |', '| --- | --- | --- | --- |');
      for (let row = 1; row <= 8; row += 1) lines.push(`| ${row}차 | 2026. ${row}. 1. | 정보화팀 | 예정 |`);
      lines.push('');
    }
  }
  lines.push('붙임  1. 세부 계획 1부.', '      2. 예산 내역 1부.  끝.');
  return lines.join('\n');
}

describe('documentTextOf', () => {
  it('makes headings paragraphs, splits lines and collapses whitespace', () => {
    const parsed: ParsedDocument = {
      format: 'hwpx',
      title: null,
      pageCount: 1,
      blocks: [
        { kind: 'heading', level: 1, text: ' 제목 ', page: 1 },
        { kind: 'paragraph', text: '붙임  1. 계획서 1부.\n2. 명단 1부.  끝.', page: 1 },
        { kind: 'table', rows: [['가  나', ' 다 ']], page: 1 },
      ],
    };
    expect(documentTextOf(parsed)).toEqual([
      paragraph('제목'),
      paragraph('붙임 1. 계획서 1부.'),
      paragraph('2. 명단 1부. 끝.'),
      table([['가 나', '다']]),
    ]);
  });
});

describe('bodyTextDifferences', () => {
  const body = [
    paragraph('1. 관련'),
    paragraph('2. 내용'),
    table([
      ['구분', '값'],
      ['1차', '3'],
    ]),
    paragraph('끝.'),
  ];

  it('finds none when the body came back, whatever the layout put around it', () => {
    expect(
      bodyTextDifferences(body, [paragraph('서울특별시'), ...body, table([['결문']]), paragraph('공개')]),
    ).toEqual([]);
  });

  it('names a changed, missing or added paragraph and a table that differs cell by cell', () => {
    expect(
      bodyTextDifferences(body, [body[0], paragraph('2. 바뀐 내용'), body[2], body[3]] as TextBlock[]),
    ).toEqual(['본문 2번째 블록: 문단 "2. 내용" 대신 문단 "2. 바뀐 내용"이(가) 있습니다.']);
    expect(bodyTextDifferences(body, [body[0], body[2], body[3]] as TextBlock[])).toEqual([
      '본문 2번째 블록 문단 "2. 내용"이(가) 없습니다.',
    ]);
    expect(
      bodyTextDifferences(body, [
        body[0],
        body[1],
        paragraph('덧붙은 문단'),
        body[2],
        body[3],
      ] as TextBlock[]),
    ).toEqual(['본문에 없던 문단 "덧붙은 문단"이(가) 있습니다.']);
    expect(
      bodyTextDifferences(body, [
        body[0],
        body[1],
        table([
          ['구분', '값'],
          ['1차', '4'],
          ['2차', ''],
        ]),
        body[3],
      ] as TextBlock[]),
    ).toEqual([
      '본문 3번째 블록(표)의 행이 2개가 아니라 3개입니다.',
      '본문 3번째 블록(표) 2행 2열: "3" 대신 "4"',
    ]);
  });

  it('names the whole body missing when nothing came back', () => {
    expect(bodyTextDifferences(body.slice(0, 2), [paragraph('다른 문서')])).toEqual([
      '본문 1번째 블록 문단 "1. 관련"이(가) 없습니다.',
      '본문 2번째 블록 문단 "2. 내용"이(가) 없습니다.',
    ]);
  });
});

describe('roundTripDifferences', () => {
  it.each(['hwpx', 'docx'] as const)(
    'reads a ten-page draft with tables back as written (%s)',
    async (format) => {
      for (const layout of ['gian', 'report', 'press'] as const) {
        const input = sampleExportInput(layout);
        input.document = { ...input.document, body: longBody() };
        expect(await roundTripDifferences(format, input)).toEqual([]);
      }
    },
  );

  it.each(['hwpx', 'docx'] as const)(
    'reads back text that looks like Markdown or that kordoc would tidy (%s)',
    async (format) => {
      const body = [
        '# 제목 같은 줄',
        '> 인용 같은 줄',
        '---',
        '```',
        '<center>가운데</center>',
        '1. 첫째',
        '3. 셋째(번호를 건너뜀)',
        '  ○ 동그라미  ㅇ 이응',
        '    * 별표 + 더하기',
        '**굵게** __밑줄__ _기울임_ ~~취소~~ <u>밑줄 태그</u> [링크](http://example.com) ![그림](a.png) `코드` \\ [^1]',
        '「도로교통법」(12345) 위반, (코드 1111) 지역, DT_CODE, MCP 조회 결과,',
        '| 가 | 나 |',
        '| :-- | --: |',
        '| a\\|b | *c* |',
        'Ⅰ. 로마 숫자',
        '붙임  1. 계획서 1부.',
        '      2. 명단 1부.  끝.',
      ].join('\n');
      for (const layout of sampleLayouts) {
        const input = sampleExportInput(layout);
        input.document = { ...input.document, title: '1. *별표* 제목 MCP (12345)', body };
        expect(await roundTripDifferences(format, input), layout).toEqual([]);
      }
    },
  );

  it.each(['hwpx', 'docx'] as const)(
    'exports a draft with no title, no slots and no body (%s)',
    async (format) => {
      for (const layout of sampleLayouts) {
        const input = sampleExportInput(layout);
        input.document = { title: '', slots: {}, body: '\n  \n' };
        expect(await roundTripDifferences(format, input), layout).toEqual([]);
      }
    },
  );
});
