import { DOMParser } from '@xmldom/xmldom';
import { fillForm, readBuiltinTemplate, readBuiltinTemplateSample, resolveBuiltinTemplate } from 'kordoc';
import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../knowledge/ingest/parsers/parse-document-file.js';
import { exportHwpx } from './export-hwpx.js';
import { hwpxParts, paragraphShapeOf } from './hwpx-test-parts.js';
import { roundTripDifferences } from './round-trip.js';
import { sampleExportInput, sampleLayouts } from './sample-export-inputs.js';

const disclosure = '이 문서는 생성형 인공지능(AI)을 활용하여 작성되었습니다.';

describe('exportHwpx', () => {
  it.each(sampleLayouts)(
    'reads back as written: %s, with and without the visible disclosure',
    async (layout) => {
      expect(await roundTripDifferences('hwpx', sampleExportInput(layout))).toEqual([]);
      expect(await roundTripDifferences('hwpx', sampleExportInput(layout, false))).toEqual([]);
    },
  );

  it('keeps the text exactly as written: markers, spacing, the one 끝. and Markdown-looking characters', async () => {
    const parts = hwpxParts(await exportHwpx(sampleExportInput('gian')));
    const section = parts['Contents/section0.xml'] ?? '';
    expect(section).toContain('<hp:t>붙임  1. 교육 운영 계획 1부.</hp:t>');
    expect(section).toContain('<hp:t>2. 참석 대상자 명단 1부.  끝.</hp:t>');
    expect(section.match(/끝\./g)).toHaveLength(1);
    expect(section).toContain('<hp:t>※ 강사료 단가는 *내부 기준* 적용(시간당 200,000원)</hp:t>');
    expect(section).not.toMatch(/[\uE000-\uF8FF]/);
    const report = hwpxParts(await exportHwpx(sampleExportInput('report')))['Contents/section0.xml'] ?? '';
    expect(report).toContain('<hp:t>○ 보고서 작성·민원 답변에 드는 시간이 늘어 업무 부담이 큼</hp:t>');
    expect(report).toContain('<hp:t>- 반복 문서_초안 작성이 전체의 40% 차지</hp:t>');
    expect(report).toContain('<hp:t>○ 2026. 11. 2.부터 전 직원 확대, MCP 연동 검토</hp:t>');
    expect(report).toContain('~92% 단축');
    expect(report).toContain('신규 [측정]');
  });

  it('does not renumber, re-mark or rewrite what kordoc would take for a draft', async () => {
    const input = sampleExportInput('report');
    const body = [
      '1. 첫째',
      '3. 셋째(번호를 건너뜀)',
      '  ㅇ 이응',
      '# 제목 같은 줄',
      '> 인용 같은 줄',
      '**굵게** <u>밑줄</u> [링크](http://example.com) `코드`',
      '「도로교통법」(12345) 위반, MCP 조회 결과,',
      '공백  두 칸 .',
      // Private-use characters (Hangul's symbol fonts use them), even one shaped like a paragraph token.
      '기호 \uE000\uE801 \uF8F0\uE000\uE003',
    ].join('\n');
    input.document = { ...input.document, title: '1. *별표* 제목', body };
    const section = hwpxParts(await exportHwpx(input))['Contents/section0.xml'] ?? '';
    for (const line of body.split('\n')) {
      expect(section).toContain(
        `<hp:t>${line.trim().replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')}</hp:t>`,
      );
    }
    expect(section).toContain('1. *별표* 제목');
    const cellInput = sampleExportInput('gian');
    cellInput.document = {
      ...cellInput.document,
      body: '| 기호 | 값 |\n| --- | --- |\n| \uE801\uF8F0\uE000\uE001 | \uE000 |',
    };
    const cells = hwpxParts(await exportHwpx(cellInput))['Contents/section0.xml'] ?? '';
    expect(cells).toContain('\uE801\uF8F0\uE000\uE001');
  });

  it('indents two spaces as half a character and hangs wrapped lines under the marker', async () => {
    const parts = hwpxParts(await exportHwpx(sampleExportInput('gian')));
    // 12 pt body: one character is 1200 HWPUNIT; `가. ` is 1.79 characters wide in Hangul's metrics.
    expect(paragraphShapeOf(parts, '1. 관련')).toEqual({ left: 0, intent: -1644 });
    expect(paragraphShapeOf(parts, '가. 교육 개요')).toEqual({ left: 1200, intent: -2148 });
    expect(paragraphShapeOf(parts, '1) 기간')).toEqual({ left: 2400, intent: -1644 });
    expect(paragraphShapeOf(parts, '가) 1차')).toEqual({ left: 3600, intent: -2148 });
    expect(paragraphShapeOf(parts, '2. 참석 대상자')).toEqual({ left: 3600, intent: -1644 });
    const header = parts['Contents/header.xml'] ?? '';
    const count = Number(/<hh:paraProperties itemCnt="(\d+)"/.exec(header)?.[1]);
    expect(header.match(/<hh:paraPr id=/g)).toHaveLength(count);
  });

  it('lays out the 기안문 with its 두문 and 결문 and puts the disclosure after everything', async () => {
    const parts = hwpxParts(await exportHwpx(sampleExportInput('gian')));
    const section = parts['Contents/section0.xml'] ?? '';
    expect(section).toContain('수신자 참조');
    expect(section).toContain('서울특별시장');
    expect(section).toContain('디지털정책과-5678 (2026. 7. 31.)');
    const lastParagraph = section.slice(section.lastIndexOf('<hp:p '));
    expect(lastParagraph).toContain(disclosure);
    expect(section.indexOf('hong@seoul.go.kr')).toBeLessThan(section.indexOf(disclosure));
    expect(section).toContain(
      '<hp:margin header="0" footer="0" gutter="0" left="5669" right="4252" top="5669" bottom="4252"/>',
    );
    expect(parts['Contents/header.xml']).toContain('face="맑은 고딕"');
  });

  it('records title, author, institution and the disclosure in content.hpf, printed or not', async () => {
    for (const visible of [true, false]) {
      const parts = hwpxParts(await exportHwpx(sampleExportInput('press', visible)));
      const content = new DOMParser().parseFromString(parts['Contents/content.hpf'] ?? '', 'text/xml');
      const meta = (name: string): string | null => {
        const entries = content.getElementsByTagName('opf:meta');
        for (let index = 0; index < entries.length; index += 1) {
          if (entries.item(index)?.getAttribute('name') === name)
            return entries.item(index)?.textContent ?? null;
        }
        return null;
      };
      expect(content.getElementsByTagName('opf:title').item(0)?.textContent).toBe(
        "서울시, 전 직원에 생성형 AI '주무관' 도입",
      );
      expect(meta('creator')).toBe('홍길동');
      expect(meta('publisher')).toBe('서울특별시');
      expect(meta('description')).toBe(disclosure);
      expect(meta('keyword')).toContain('생성형 AI 활용');
      expect(meta('CreatedDate')).toBe('2026-07-31T05:00:00Z');
      expect((parts['Contents/section0.xml'] ?? '').includes(disclosure)).toBe(visible);
    }
  });

  it('gives the same bytes for the same draft', async () => {
    const input = sampleExportInput('plan');
    expect(await exportHwpx(input)).toEqual(await exportHwpx(input));
  });
});

describe("kordoc's built-in 일반기안문 form", () => {
  // Why the 기안문 is laid out with docHead/docFoot rather than filled into the form (see export-hwpx.ts):
  // should kordoc's form fill one day keep tables, this test fails and the choice can be revisited.
  it('flattens a body with a table into one paragraph of pipe characters', async () => {
    const form = resolveBuiltinTemplate('gian');
    expect(form).toBeDefined();
    if (form === undefined) return;
    const fields = readBuiltinTemplateSample(form);
    expect(Object.keys(fields)).toHaveLength(23);
    const body = sampleExportInput('gian').document.body;
    const filled = await fillForm(readBuiltinTemplate(form), { ...fields, 본문: body }, 'hwpx-preserve');
    const output = filled.output;
    expect(output).toBeInstanceOf(ArrayBuffer);
    if (!(output instanceof ArrayBuffer)) return;
    const parsed = await parseDocumentFile('form.hwpx', new Uint8Array(output));
    const bodyTables = parsed.blocks.filter(
      (block) => block.kind === 'table' && block.rows.flat().includes('대회의실'),
    );
    expect(bodyTables).toHaveLength(0);
    expect(parsed.blocks.some((block) => block.kind === 'paragraph' && block.text.includes('| 1차 |'))).toBe(
      true,
    );
  });
});
