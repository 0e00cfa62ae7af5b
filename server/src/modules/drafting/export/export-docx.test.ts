import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDocx } from './export-docx.js';
import { roundTripDifferences } from './round-trip.js';
import { sampleExportInput, sampleLayouts } from './sample-export-inputs.js';

const disclosure = '이 문서는 생성형 인공지능(AI)을 활용하여 작성되었습니다.';

async function docxParts(
  layout: Parameters<typeof sampleExportInput>[0],
  visible = true,
): Promise<Record<string, string>> {
  const bytes = await exportDocx(sampleExportInput(layout, visible));
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('exportDocx', () => {
  it.each(sampleLayouts)(
    'reads back as written: %s, with and without the visible disclosure',
    async (layout) => {
      expect(await roundTripDifferences('docx', sampleExportInput(layout))).toEqual([]);
      expect(await roundTripDifferences('docx', sampleExportInput(layout, false))).toEqual([]);
    },
  );

  it('records title, author, institution and the disclosure in the properties, printed or not', async () => {
    for (const visible of [true, false]) {
      const parts = await docxParts('gian', visible);
      const core = parts['docProps/core.xml'] ?? '';
      expect(core).toContain('<dc:title>2026년 하반기 직원 생성형 AI 활용 교육 계획</dc:title>');
      expect(core).toContain('<dc:creator>홍길동</dc:creator>');
      expect(core).toContain(`<dc:description>${disclosure}</dc:description>`);
      expect(core).toContain('<cp:keywords>생성형 AI 활용, gian 서식, 서울특별시</cp:keywords>');
      expect(core).toContain(
        '<dcterms:created xsi:type="dcterms:W3CDTF">2026-07-31T05:00:00.000Z</dcterms:created>',
      );
      expect(parts['docProps/app.xml']).toContain('<Company>서울특별시</Company>');
      expect(parts['docProps/custom.xml']).toContain(
        `name="생성형 AI 활용"><vt:lpwstr>${disclosure}</vt:lpwstr>`,
      );
      expect(parts['docProps/custom.xml']).toContain('name="작성 기관"><vt:lpwstr>서울특별시</vt:lpwstr>');
      expect((parts['word/document.xml'] ?? '').includes(disclosure)).toBe(visible);
    }
  });

  it('sets the HWPX export page: A4, its margins, font and size, and page numbers for reports', async () => {
    const gian = await docxParts('gian');
    expect(gian['word/document.xml']).toContain(
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/><w:pgMar w:top="1134" w:right="850" w:bottom="850" w:left="1134"',
    );
    expect(gian['word/styles.xml']).toContain(
      '<w:rFonts w:ascii="맑은 고딕" w:cs="맑은 고딕" w:eastAsia="맑은 고딕" w:hAnsi="맑은 고딕"/><w:sz w:val="24"/>',
    );
    expect(Object.keys(gian).some((name) => name.startsWith('word/footer'))).toBe(false);
    const report = await docxParts('report');
    // 13 mm margin and the 12.7 mm header area above the body, as Hangul lays it out.
    expect(report['word/document.xml']).toContain(
      '<w:pgMar w:top="1457" w:right="1020" w:bottom="1457" w:left="1020" w:header="737" w:footer="737"',
    );
    expect(report['word/styles.xml']).toContain('w:eastAsia="바탕"');
    const footer = Object.entries(report).find(([name]) => name.startsWith('word/footer'))?.[1] ?? '';
    expect(footer).toContain('PAGE');
  });

  it('indents items and hangs their wrapped lines as the HWPX export does', async () => {
    const document = (await docxParts('gian'))['word/document.xml'] ?? '';
    const indentOf = (text: string): string | undefined =>
      new RegExp(`<w:ind ([^/]*)/>(?:(?!<w:p>).)*?<w:t xml:space="preserve">${text}`).exec(document)?.[1];
    // 12 pt: a character is 240 twips; `1. ` is 1.37 characters wide, `가. ` 1.79.
    expect(indentOf('1\\. 관련')).toBe('w:left="329" w:hanging="329"');
    expect(indentOf('가\\. 교육 개요')).toBe('w:left="670" w:hanging="430"');
    expect(indentOf('가\\) 1차')).toBe('w:left="1150" w:hanging="430"');
    expect(document).toContain('<w:t xml:space="preserve">붙임  1. 교육 운영 계획 1부.</w:t>');
    expect(document).toContain('<w:t xml:space="preserve">2. 참석 대상자 명단 1부.  끝.</w:t>');
  });

  it('writes real tables with a bold, repeated header row', async () => {
    const document = (await docxParts('report'))['word/document.xml'] ?? '';
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(table).toContain('<w:tblHeader/>');
    expect(table).toMatch(/<w:b\/>.*<w:t xml:space="preserve">항목<\/w:t>/);
    expect(table.match(/<w:tr>/g)).toHaveLength(3);
  });

  it('puts the 두문 and 결문 of the 기안문, and the press header box and contact table, around the body', async () => {
    const gian = (await docxParts('gian'))['word/document.xml'] ?? '';
    const order = [
      '서울특별시<',
      '수신  수신자 참조',
      '1. 관련',
      '끝.',
      '서울특별시장',
      '기안자  주무관 홍길동',
      '공개',
      disclosure,
    ];
    const positions = order.map((text) => gian.indexOf(text));
    expect(positions.every((position) => position !== -1)).toBe(true);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
    const press = (await docxParts('press'))['word/document.xml'] ?? '';
    expect(press.indexOf('보도자료')).toBeLessThan(press.indexOf('서울시, 전 직원에 생성형 AI'));
    expect(press.indexOf('붙임  서비스 화면 1부.')).toBeLessThan(press.indexOf('담당 부서'));
  });
});
