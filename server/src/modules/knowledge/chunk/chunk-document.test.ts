import { describe, expect, it } from 'vitest';
import type { DocumentBlock, ParsedDocument } from '../ingest/parsed-document.js';
import { chunkDocument } from './chunk-document.js';

function documentOf(blocks: DocumentBlock[]): ParsedDocument {
  return { format: 'hwpx', title: null, pageCount: null, blocks };
}

function paragraph(text: string, page: number | null = null): DocumentBlock {
  return { kind: 'paragraph', text, page };
}

/** The rows of every Markdown table in a text, cells unescaped, separator lines left out. */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|(?: --- \|)+$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim().replace(/\\([\\|])/g, '$1')),
    );
}

describe('chunkDocument: statutes', () => {
  const statute = documentOf([
    { kind: 'heading', level: 1, text: '세종특별자치시 보조금 관리 조례', page: 1 },
    paragraph('제1장 총칙', 1),
    paragraph('제1조(목적) 이 조례는 보조금의 교부와 관리에 필요한 사항을 정함을 목적으로 한다.', 1),
    paragraph('제2조(정의)', 1),
    paragraph('① 이 조례에서 사용하는 용어의 뜻은 다음과 같다.', 1),
    paragraph('1. "보조금"이란 시가 보조사업을 위하여 교부하는 지원금을 말한다.', 1),
    paragraph('2. "보조사업자"란 보조금을 교부받아 사업을 수행하는 자를 말한다.', 2),
    paragraph('② 제1항에서 정하지 아니한 용어는 관계 법령에서 정하는 바에 따른다.', 2),
    paragraph('제2장 보조금의 교부', 2),
    paragraph('제10조(교부 신청) 보조금을 받으려는 자는 교부신청서를 시장에게 제출하여야 한다.', 2),
    paragraph(
      '제10조의2(보조금의 교부) ① 시장은 교부신청서를 받으면 30일 이내에 교부 여부를 결정하여야 한다.\n' +
        '② 시장은 필요하면 조건을 붙여 교부할 수 있다.',
      3,
    ),
  ]);

  it('gives each article its own chunk with the chapter and article in its path', () => {
    expect(chunkDocument(statute)).toEqual([
      {
        ordinal: 0,
        text:
          '# 세종특별자치시 보조금 관리 조례\n제1장 총칙\n' +
          '제1조(목적) 이 조례는 보조금의 교부와 관리에 필요한 사항을 정함을 목적으로 한다.',
        sectionPath: ['세종특별자치시 보조금 관리 조례', '제1장 총칙', '제1조(목적)'],
        pageStart: 1,
        pageEnd: 1,
      },
      {
        ordinal: 1,
        text:
          '제2조(정의)\n① 이 조례에서 사용하는 용어의 뜻은 다음과 같다.\n' +
          '1. "보조금"이란 시가 보조사업을 위하여 교부하는 지원금을 말한다.\n' +
          '2. "보조사업자"란 보조금을 교부받아 사업을 수행하는 자를 말한다.\n' +
          '② 제1항에서 정하지 아니한 용어는 관계 법령에서 정하는 바에 따른다.',
        sectionPath: ['세종특별자치시 보조금 관리 조례', '제1장 총칙', '제2조(정의)'],
        pageStart: 1,
        pageEnd: 2,
      },
      {
        ordinal: 2,
        text: '제2장 보조금의 교부\n제10조(교부 신청) 보조금을 받으려는 자는 교부신청서를 시장에게 제출하여야 한다.',
        sectionPath: ['세종특별자치시 보조금 관리 조례', '제2장 보조금의 교부', '제10조(교부 신청)'],
        pageStart: 2,
        pageEnd: 2,
      },
      {
        ordinal: 3,
        text:
          '제10조의2(보조금의 교부) ① 시장은 교부신청서를 받으면 30일 이내에 교부 여부를 결정하여야 한다.\n' +
          '② 시장은 필요하면 조건을 붙여 교부할 수 있다.',
        sectionPath: ['세종특별자치시 보조금 관리 조례', '제2장 보조금의 교부', '제10조의2(보조금의 교부)'],
        pageStart: 3,
        pageEnd: 3,
      },
    ]);
  });

  it('keeps an article whole up to the maximum even past the target', () => {
    const chunks = chunkDocument(statute, { targetCharacters: 100, maximumCharacters: 300 });
    expect(chunks.map((chunk) => chunk.sectionPath.at(-1))).toEqual([
      '제1조(목적)',
      '제2조(정의)',
      '제10조(교부 신청)',
      '제10조의2(보조금의 교부)',
    ]);
    expect(chunks[1]?.text.length).toBeGreaterThan(100);
  });

  it('splits a long article at 항 before 호, each piece keeping the article in its path', () => {
    const items = (paragraphNumber: string): string =>
      [
        `${paragraphNumber} 시장은 다음 각 호의 어느 하나에 해당하는 경우에는 보조금의 교부 결정을 취소할 수 있다.`,
        '1. 거짓이나 그 밖의 부정한 방법으로 보조금을 교부받은 경우',
        '2. 보조금을 다른 용도에 사용한 경우',
        '3. 법령이나 조례 또는 교부 조건을 위반한 경우',
      ].join('\n');
    const blocks = [
      paragraph('제2장 보조금의 관리'),
      paragraph(`제15조(교부 결정의 취소)\n${items('①')}`),
      paragraph(items('②')),
      paragraph(items('③')),
      paragraph(items('④')),
    ];
    const chunks = chunkDocument(documentOf(blocks), { targetCharacters: 200, maximumCharacters: 300 });
    // Each 항 with its 호 is 137 characters, near the target of 200: one chunk each, the first with the titles.
    expect(chunks.map((chunk) => chunk.text.split('\n')[0])).toEqual([
      '제2장 보조금의 관리',
      items('②').split('\n')[0],
      items('③').split('\n')[0],
      items('④').split('\n')[0],
    ]);
    expect(chunks[0]?.text.split('\n')[1]).toBe('제15조(교부 결정의 취소)');
    for (const chunk of chunks) {
      expect(chunk.sectionPath).toEqual(['제2장 보조금의 관리', '제15조(교부 결정의 취소)']);
      expect(chunk.text.length).toBeLessThanOrEqual(300);
    }
    expect(chunks.map((chunk) => chunk.text).join('\n')).toBe(
      blocks.map((block) => (block.kind === 'paragraph' ? block.text : '')).join('\n'),
    );
  });

  it('never separates an article title from its first paragraph', () => {
    const longParagraph = `① ${'보조사업자는 보조사업을 성실히 수행하여야 한다. '.repeat(12).trim()}`;
    const chunks = chunkDocument(
      documentOf([paragraph('제20조(보조사업자의 의무)'), paragraph(longParagraph)]),
      {
        targetCharacters: 150,
        maximumCharacters: 200,
      },
    );
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]?.text.startsWith('제20조(보조사업자의 의무)\n① 보조사업자는')).toBe(true);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(200);
      expect(chunk.sectionPath).toEqual(['제20조(보조사업자의 의무)']);
    }
  });

  it('reads 부칙 as a division and its articles under it', () => {
    const chunks = chunkDocument(
      documentOf([
        paragraph('제30조(시행규칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.'),
        paragraph('부칙 <제1234호, 2025. 1. 1.>'),
        paragraph('제1조(시행일) 이 조례는 공포한 날부터 시행한다.'),
      ]),
    );
    expect(chunks.map((chunk) => chunk.sectionPath)).toEqual([
      ['제30조(시행규칙)'],
      ['부칙 <제1234호, 2025. 1. 1.>', '제1조(시행일)'],
    ]);
  });

  it('does not take a reference to an article inside a sentence for an article', () => {
    const chunks = chunkDocument(
      documentOf([
        paragraph('제3조(적용 범위) 이 조례는 시의 모든 보조금에 적용한다.'),
        paragraph('제3조에 따른 보조금은 ...'),
      ]),
    );
    expect(chunks).toHaveLength(1);
  });
});

describe('chunkDocument: manuals and reports', () => {
  const manual = documentOf([
    paragraph('Ⅰ. 추진 배경', 1),
    paragraph(
      '□ 생성형 AI가 확산되면서 행정 업무에 활용하려는 수요가 늘고 있음\n○ 중앙부처는 시범 사업을 추진 중임',
      1,
    ),
    paragraph('Ⅱ. 사업 개요', 2),
    paragraph('1. 사업 목적', 2),
    paragraph(
      '가. 업무 효율화: 반복적인 문서 작성 시간을 줄인다.\n나. 서비스 개선: 민원 답변 시간을 단축한다.',
      2,
    ),
    paragraph('2. 추진 체계', 3),
    {
      kind: 'table',
      rows: [
        ['구분', '담당 부서', '역할'],
        ['총괄', '디지털정책과', '계획 수립 | 점검'],
        ['운영', '정보화담당관', '시스템\n운영'],
      ],
      page: 3,
    },
    paragraph('참여 기관은 다음과 같다.\n1. 서울특별시\n2. 부산광역시\n3. 대구광역시', 4),
  ]);

  it('takes short numbered title lines for the path, Roman above Arabic', () => {
    expect(
      chunkDocument(manual).map(({ sectionPath, pageStart, pageEnd }) => [sectionPath, pageStart, pageEnd]),
    ).toEqual([
      [['Ⅰ. 추진 배경'], 1, 1],
      [['Ⅱ. 사업 개요', '1. 사업 목적'], 2, 2],
      [['Ⅱ. 사업 개요', '2. 추진 체계'], 3, 4],
    ]);
  });

  it('puts a title with what follows it, and keeps a list a list', () => {
    const chunks = chunkDocument(manual);
    expect(chunks[1]?.text).toBe(
      'Ⅱ. 사업 개요\n1. 사업 목적\n가. 업무 효율화: 반복적인 문서 작성 시간을 줄인다.\n나. 서비스 개선: 민원 답변 시간을 단축한다.',
    );
    expect(chunks[2]?.text).toBe(
      [
        '2. 추진 체계',
        '',
        '| 구분 | 담당 부서 | 역할 |',
        '| --- | --- | --- |',
        '| 총괄 | 디지털정책과 | 계획 수립 \\| 점검 |',
        '| 운영 | 정보화담당관 | 시스템 운영 |',
        '',
        '참여 기관은 다음과 같다.',
        '1. 서울특별시',
        '2. 부산광역시',
        '3. 대구광역시',
      ].join('\n'),
    );
  });

  it('recovers the table’s rows and cells from the chunk text', () => {
    expect(tableRows(chunkDocument(manual)[2]?.text ?? '')).toEqual([
      ['구분', '담당 부서', '역할'],
      ['총괄', '디지털정책과', '계획 수립 | 점검'],
      ['운영', '정보화담당관', '시스템 운영'],
    ]);
  });

  it('does not take a long or sentence-like numbered line for a title', () => {
    const chunks = chunkDocument(
      documentOf([
        paragraph('1. 사업 기간은 협약일부터 2025년 12월 31일까지로 한다.'),
        paragraph(`1. ${'사업 대상 기관 및 참여 조건과 선정 절차에 관한 세부 사항 안내 '.repeat(2)}`),
      ]),
    );
    expect(chunks.map((chunk) => chunk.sectionPath)).toEqual([[]]);
  });

  it('prefers breaking between items to breaking inside one', () => {
    const item = (letter: string): string =>
      `${letter}. 신청 요건\n1) 공고일 현재 시에 주소를 둔 법인일 것\n2) 최근 3년간 보조금 부정수급 이력이 없을 것`;
    const chunks = chunkDocument(
      documentOf([paragraph(['가', '나', '다', '라', '마', '바'].map(item).join('\n'))]),
      {
        targetCharacters: 200,
        maximumCharacters: 300,
      },
    );
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.text).toMatch(/^[가나다라마바]\. 신청 요건/);
  });
});

describe('chunkDocument: headings', () => {
  it('replaces a heading of the same level and drops deeper ones', () => {
    const chunks = chunkDocument(
      documentOf([
        { kind: 'heading', level: 1, text: '업무 매뉴얼', page: 1 },
        { kind: 'heading', level: 2, text: '신청 절차', page: 1 },
        { kind: 'heading', level: 3, text: '온라인 신청', page: 1 },
        paragraph('누리집에서 신청서를 작성한다.', 1),
        { kind: 'heading', level: 2, text: '심사 절차', page: 2 },
        paragraph('심사위원회가 서류를 검토한다.', 2),
      ]),
    );
    expect(chunks).toEqual([
      {
        ordinal: 0,
        text: '# 업무 매뉴얼\n## 신청 절차\n### 온라인 신청\n누리집에서 신청서를 작성한다.',
        sectionPath: ['업무 매뉴얼', '신청 절차', '온라인 신청'],
        pageStart: 1,
        pageEnd: 1,
      },
      {
        ordinal: 1,
        text: '## 심사 절차\n심사위원회가 서류를 검토한다.',
        sectionPath: ['업무 매뉴얼', '심사 절차'],
        pageStart: 2,
        pageEnd: 2,
      },
    ]);
  });

  it('keeps a heading with nothing under it as its own chunk when the next section is not inside it', () => {
    const chunks = chunkDocument(
      documentOf([
        { kind: 'heading', level: 2, text: '별첨', page: null },
        { kind: 'heading', level: 2, text: '문의처', page: null },
        paragraph('디지털정책과 044-000-0000', null),
      ]),
    );
    expect(chunks.map(({ text, sectionPath }) => [text, sectionPath])).toEqual([
      ['## 별첨', ['별첨']],
      ['## 문의처\n디지털정책과 044-000-0000', ['문의처']],
    ]);
  });
});

describe('chunkDocument: sizes', () => {
  it('packs paragraphs up to the target', () => {
    const sentence = '시는 보조사업의 성과를 매년 평가하고 그 결과를 다음 연도 예산에 반영한다.';
    const blocks = Array.from({ length: 20 }, (_, index) => paragraph(`${index + 1}번째 문단. ${sentence}`));
    const chunks = chunkDocument(documentOf(blocks), { targetCharacters: 200, maximumCharacters: 400 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.text.length).toBeGreaterThanOrEqual(100);
      expect(chunk.text.length).toBeLessThanOrEqual(400);
    }
    expect(chunks.map((chunk) => chunk.text).join('\n')).toBe(
      blocks.map((block) => (block.kind === 'paragraph' ? block.text : '')).join('\n'),
    );
  });

  it('splits a huge paragraph at sentence ends', () => {
    const sentences = Array.from(
      { length: 40 },
      (_, index) => `${index + 1}차 점검 결과 보조사업자는 정산 서류를 기한 내에 제출하였다.`,
    );
    const chunks = chunkDocument(documentOf([paragraph(sentences.join(' '), 7)]), {
      targetCharacters: 300,
      maximumCharacters: 500,
    });
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(500);
      expect(chunk.text).toMatch(/제출하였다\.$/);
      expect(chunk).toMatchObject({ pageStart: 7, pageEnd: 7, sectionPath: [] });
    }
    expect(chunks.map((chunk) => chunk.text).join(' ')).toBe(sentences.join(' '));
  });

  it('cuts a sentence without ends at spaces, and a word without spaces where it must', () => {
    const chunks = chunkDocument(documentOf([paragraph(`${'가나다라 '.repeat(100)}${'마'.repeat(450)}`)]), {
      targetCharacters: 150,
      maximumCharacters: 200,
    });
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(200);
    const withoutSpaces = (text: string): string => text.replace(/ /g, '');
    expect(withoutSpaces(chunks.map((chunk) => chunk.text).join(''))).toBe(
      withoutSpaces(`${'가나다라 '.repeat(100)}${'마'.repeat(450)}`),
    );
  });

  it('splits a long table between rows, repeating the header row', () => {
    const rows = [
      ['연번', '사업명', '예산(천원)'],
      ...Array.from({ length: 40 }, (_, index) => [
        `${index + 1}`,
        `지역 디지털 역량 강화 사업 ${index + 1}`,
        `${(index + 1) * 1000}`,
      ]),
    ];
    const chunks = chunkDocument(documentOf([{ kind: 'table', rows, page: 5 }]), {
      targetCharacters: 300,
      maximumCharacters: 400,
    });
    expect(chunks.length).toBeGreaterThan(3);
    const recovered: string[][] = [];
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(400);
      expect(chunk.text.split('\n').slice(0, 2)).toEqual([
        '| 연번 | 사업명 | 예산(천원) |',
        '| --- | --- | --- |',
      ]);
      const [header, ...body] = tableRows(chunk.text);
      expect(header).toEqual(rows[0]);
      recovered.push(...body);
      expect(chunk).toMatchObject({ pageStart: 5, pageEnd: 5 });
    }
    expect(recovered).toEqual(rows.slice(1));
  });

  it('carries a row too long for a chunk over several rows', () => {
    const longCell = '보조금은 목적 외로 사용할 수 없다. '.repeat(20).trim();
    const chunks = chunkDocument(
      documentOf([
        {
          kind: 'table',
          rows: [
            ['항목', '내용'],
            ['유의사항', longCell],
          ],
          page: null,
        },
      ]),
      {
        targetCharacters: 200,
        maximumCharacters: 300,
      },
    );
    expect(chunks.length).toBeGreaterThan(1);
    const contents: string[] = [];
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(300);
      const [header, ...body] = tableRows(chunk.text);
      expect(header).toEqual(['항목', '내용']);
      contents.push(...body.map((row) => row[1] ?? ''));
    }
    expect(contents.join(' ')).toBe(longCell);
  });
});

describe('chunkDocument: output', () => {
  it('normalises whitespace, drops empty blocks and numbers chunks from 0', () => {
    const chunks = chunkDocument(
      documentOf([
        paragraph('  보조금   교부\t신청은\u3000누리집에서 한다.  \n\n   '),
        paragraph('   '),
        { kind: 'table', rows: [['', ''], []], page: null },
        { kind: 'heading', level: 2, text: '  ', page: null },
        { kind: 'heading', level: 2, text: '문의', page: null },
        paragraph('담당자에게 전화한다.'),
      ]),
    );
    expect(chunks).toEqual([
      {
        ordinal: 0,
        text: '보조금 교부 신청은 누리집에서 한다.',
        sectionPath: [],
        pageStart: null,
        pageEnd: null,
      },
      {
        ordinal: 1,
        text: '## 문의\n담당자에게 전화한다.',
        sectionPath: ['문의'],
        pageStart: null,
        pageEnd: null,
      },
    ]);
  });

  it('gives nothing for a document without text', () => {
    expect(chunkDocument(documentOf([]))).toEqual([]);
    expect(chunkDocument(documentOf([paragraph(' \n ')]))).toEqual([]);
  });

  it('is deterministic', () => {
    const blocks = [
      paragraph('제1조(목적) 이 규칙은 필요한 사항을 정한다.'),
      paragraph('제2조(적용) 모든 부서에 적용한다.'),
    ];
    expect(chunkDocument(documentOf(blocks))).toEqual(chunkDocument(documentOf(blocks)));
  });

  it('rejects sizes it cannot keep to', () => {
    expect(() => chunkDocument(documentOf([]), { maximumCharacters: 50 })).toThrow(RangeError);
    expect(() => chunkDocument(documentOf([]), { targetCharacters: 0 })).toThrow(RangeError);
  });
});

describe('chunkDocument: invariants on generated documents', () => {
  /** A small deterministic generator (mulberry32), so that a failure can be reproduced. */
  function randomSource(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let value = Math.imul(state ^ (state >>> 15), 1 | state);
      value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
      return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
    };
  }

  const fragments = [
    '제1장 총칙',
    '제3조(정의)',
    '제10조의2(보조금의 교부) 시장은 보조금을 교부한다.',
    '① 시장은 교부 여부를 결정한다.',
    '1. 보조사업자',
    '가. 신청 대상',
    'Ⅰ. 추진 배경',
    '□ 현황 분석',
    '보조사업자는 정산 보고서를 제출하여야 한다.',
    '이 경우 기한은 2025. 7. 31.로 한다',
    '보조금교부신청서',
    'https://www.example.go.kr/board/view?id=1234567890',
  ];

  function randomDocument(random: () => number): DocumentBlock[] {
    const pick = (): string => fragments[Math.floor(random() * fragments.length)] ?? '';
    return Array.from({ length: 5 + Math.floor(random() * 30) }, (): DocumentBlock => {
      const page = random() < 0.2 ? null : 1 + Math.floor(random() * 9);
      const roll = random();
      if (roll < 0.1) return { kind: 'heading', level: 1 + Math.floor(random() * 3), text: pick(), page };
      if (roll < 0.2) {
        const rows = Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
          Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick()),
        );
        return { kind: 'table', rows, page };
      }
      const lines = Array.from({ length: 1 + Math.floor(random() * (random() < 0.1 ? 80 : 5)) }, pick);
      return paragraph(lines.join(random() < 0.5 ? '\n' : ' '), page);
    });
  }

  const withoutSpacesOrMarks = (text: string): string => text.replace(/[\s#]/g, '');

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('keeps to the limits and loses no text (seed %i)', (seed) => {
    const random = randomSource(seed);
    const blocks = randomDocument(random);
    const target = 150 + Math.floor(random() * 600);
    const maximum = target + Math.floor(random() * 600);
    const chunks = chunkDocument(documentOf(blocks), {
      targetCharacters: target,
      maximumCharacters: maximum,
    });
    chunks.forEach((chunk, index) => {
      expect(chunk.ordinal).toBe(index);
      expect(chunk.text.length).toBeGreaterThan(0);
      expect(chunk.text.length).toBeLessThanOrEqual(maximum);
      expect(chunk.text).toBe(chunk.text.trim());
      expect(chunk.text).not.toMatch(/ {2}|\n{3}/);
      const pages = blocks.flatMap((block) => (block.page === null ? [] : [block.page]));
      if (chunk.pageStart !== null) expect(pages).toContain(chunk.pageStart);
      expect(chunk.pageStart === null).toBe(chunk.pageEnd === null);
    });
    const textBlocks = blocks.filter((block) => block.kind !== 'table');
    const tableFree = chunks
      .map((chunk) =>
        chunk.text
          .split('\n')
          .filter((line) => !line.startsWith('|'))
          .join('\n'),
      )
      .join('');
    expect(withoutSpacesOrMarks(tableFree)).toBe(
      withoutSpacesOrMarks(textBlocks.map((block) => block.text).join('')),
    );
  });
});
