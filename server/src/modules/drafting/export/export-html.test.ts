import { describe, expect, it } from 'vitest';
import { exportHtml } from './export-html.js';
import { sampleExportInput, sampleLayouts } from './sample-export-inputs.js';

describe('exportHtml', () => {
  it('is one self-contained A4 page with the HWPX margins, font size and line spacing', () => {
    const html = exportHtml(sampleExportInput('gian'));
    expect(html.startsWith('<!doctype html>\n<html lang="ko">')).toBe(true);
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 15mm 20mm; }');
    expect(html).toContain('font-size: 12pt; line-height: 1.6;');
    expect(html).toContain("'맑은 고딕'");
    expect(exportHtml(sampleExportInput('report'))).toContain(
      '@page { size: A4; margin: 25.7mm 18mm 25.7mm 18mm; }',
    );
    expect(exportHtml(sampleExportInput('report'))).toContain("'바탕'");
    for (const layout of sampleLayouts) {
      const page = exportHtml(sampleExportInput(layout));
      expect(page).not.toMatch(/<script|<link|<img|src=|url\(|https?:\/\//i);
    }
  });

  it('escapes every text it prints', () => {
    const input = sampleExportInput('report');
    input.document = {
      title: '<script>alert(1)</script> & "따옴표"',
      slots: { date: '<b>2026</b>' },
      body: '<img src=x onerror=alert(1)>\n| <i>칸</i> | b |\n| --- | --- |\n| & | " |',
    };
    input.disclosure = { visible: true, text: '</p><script>x</script>' };
    const html = exportHtml(input);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;따옴표&quot;');
    expect(html).toContain('<th>&lt;i&gt;칸&lt;/i&gt;</th>');
    expect(html).toContain('<td>&amp;</td><td>&quot;</td>');
    expect(html).toContain('<meta name="description" content="&lt;/p&gt;&lt;script&gt;x&lt;/script&gt;">');
  });

  it('indents items two spaces a half character each and hangs wrapped lines under the marker', () => {
    const html = exportHtml(sampleExportInput('gian'));
    // Hangul's metrics (kordoc's): a Hangul syllable is 1 em wide, a space 0.5, `1.` 0.87.
    expect(html).toContain(
      '<p style="padding-left: 1.37em; text-indent: -1.37em">1. 관련: 디지털정책과-1234(2026. 7. 1.)</p>',
    );
    expect(html).toContain('<p style="padding-left: 2.79em; text-indent: -1.79em">가. 교육 개요</p>');
    expect(html).toContain(
      '<p style="padding-left: 3.37em; text-indent: -1.37em">1) 기간: 2026. 9. 1.(화) ~ 9. 30.(수), 부서별 2시간</p>',
    );
    // The aligned 붙임 list: the second entry starts where the first one's text does, near enough.
    expect(html).toContain(
      '<p style="padding-left: 4.31em; text-indent: -4.31em">붙임  1. 교육 운영 계획 1부.</p>',
    );
    expect(html).toContain(
      '<p style="padding-left: 4.37em; text-indent: -1.37em">2. 참석 대상자 명단 1부.  끝.</p>',
    );
    expect(html).toContain('white-space: pre-wrap');
  });

  it('writes tables with a header row, and the layout head and foot', () => {
    const html = exportHtml(sampleExportInput('gian'));
    expect(html).toContain(
      '<table><thead><tr><th>구분</th><th>일시</th><th>장소</th><th>인원</th></tr></thead><tbody><tr><td>1차</td>',
    );
    expect(html).toContain('<p class="title">서울특별시</p>');
    expect(html).toContain('<p class="rule-below">제목  2026년 하반기 직원 생성형 AI 활용 교육 계획</p>');
    expect(html).toContain('<p class="sender">서울특별시장</p>');
    const press = exportHtml(sampleExportInput('press'));
    expect(press).toContain(
      '<table class="box"><tr><td class="label">보도자료</td><td>보도 시점  2026. 11. 2.(월) 06:00 이후<br>배포  2026. 10. 30.(금)</td></tr></table>',
    );
    expect(press).toContain('<td class="label">담당 부서</td><td>디지털정책과</td>');
  });

  it('keeps the disclosure in the description and prints it last only when visible', () => {
    const visible = exportHtml(sampleExportInput('minutes'));
    const text = '이 문서는 생성형 인공지능(AI)을 활용하여 작성되었습니다.';
    expect(visible).toContain(`<meta name="description" content="${text}">`);
    expect(visible).toContain(`<p class="disclosure">${text}</p>\n</main>`);
    const hidden = exportHtml(sampleExportInput('minutes', false));
    expect(hidden).toContain(`<meta name="description" content="${text}">`);
    expect(hidden).not.toContain('class="disclosure"');
    expect(visible).toContain('<meta name="author" content="홍길동">');
    expect(visible).toContain('<meta name="dcterms.publisher" content="서울특별시">');
  });
});
