import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../parsed-document.js';
import { parseHtml } from './parse-html.js';

function paragraph(text: string): DocumentBlock {
  return { kind: 'paragraph', text, page: null };
}

describe('parseHtml', () => {
  it('reads headings, paragraphs, divs, line breaks and preformatted text; drops scripts and styles', () => {
    const html = `<!DOCTYPE html><html><head><title> 안내 &amp; 공지 </title><script>document.write('x')</script></head>
      <body><nav>메뉴</nav><h1>민원  안내</h1><p>첫 줄<br>둘째 줄</p><div>바깥<div>안쪽</div>뒤</div>
      <pre>a  b\n  c</pre><noscript>자바스크립트</noscript><svg><text>그림 글자</text></svg>
      <p>&#xD55C;&#44544; &quot;인용&quot; &copy; &middot;</p><p>닫히지 않은 문단<p>다음 문단</body></html>`;
    expect(parseHtml(html)).toEqual({
      metadataTitle: '안내 & 공지',
      blocks: [
        paragraph('메뉴'),
        { kind: 'heading', level: 1, text: '민원 안내', page: null },
        paragraph('첫 줄\n둘째 줄'),
        paragraph('바깥'),
        paragraph('안쪽'),
        paragraph('뒤'),
        paragraph('a b\nc'),
        paragraph('한글 "인용" © ·'),
        paragraph('닫히지 않은 문단'),
        paragraph('다음 문단'),
      ],
    });
  });

  it('marks list items, counting ordered lists from their start', () => {
    const html =
      '<ul><li>가</li><li>나<ol start="3"><li>셋</li><li>넷</li></ol></li></ul><ol><li>하나<li>둘</ol>';
    expect(parseHtml(html).blocks).toEqual([
      paragraph('- 가'),
      paragraph('- 나'),
      paragraph('3. 셋'),
      paragraph('4. 넷'),
      paragraph('1. 하나'),
      paragraph('2. 둘'),
    ]);
  });

  it('reads tables with colspan/rowspan, caption, implied closing tags and a nested table', () => {
    const html = `<table><caption>예산 현황</caption>
      <thead><tr><th rowspan="2">구분<th colspan="2">금액</tr><tr><th>상반기<th>하반기</thead>
      <tbody><tr><td><p>인건비</p></td><td>100</td><td>200</td></tr>
      <tr><td>기타</td><td colspan="2"><table><tr><td>세부</td><td>내역</td></tr></table></td></tr></tbody></table>
      <p>표 뒤</p>`;
    expect(parseHtml(html).blocks).toEqual([
      paragraph('예산 현황'),
      {
        kind: 'table',
        rows: [
          ['구분', '금액', '금액'],
          ['구분', '상반기', '하반기'],
          ['인건비', '100', '200'],
          ['기타', '세부 내역', '세부 내역'],
        ],
        page: null,
      },
      paragraph('표 뒤'),
    ]);
  });

  it('survives a truncated page, keeping what it read', () => {
    expect(parseHtml('<h2>제목</h2><table><tr><td>가</td><td>나').blocks).toEqual([
      { kind: 'heading', level: 2, text: '제목', page: null },
      { kind: 'table', rows: [['가', '나']], page: null },
    ]);
    expect(parseHtml('<h3>끝나지 않은 제목').blocks).toEqual([
      { kind: 'heading', level: 3, text: '끝나지 않은 제목', page: null },
    ]);
  });
});
