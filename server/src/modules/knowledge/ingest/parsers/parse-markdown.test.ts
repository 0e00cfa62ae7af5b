import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../parsed-document.js';
import { parseMarkdown } from './parse-markdown.js';

function paragraph(text: string): DocumentBlock {
  return { kind: 'paragraph', text, page: null };
}

function heading(level: number, text: string): DocumentBlock {
  return { kind: 'heading', level, text, page: null };
}

describe('parseMarkdown', () => {
  it('reads ATX and setext headings, closing hashes off, #hashtags left as text', () => {
    const markdown = '# 제목 #\n###### 여섯째\n#해시태그\n\n큰 제목\n===\n작은 제목\n---\n#';
    expect(parseMarkdown(markdown).blocks).toEqual([
      heading(1, '제목'),
      heading(6, '여섯째'),
      paragraph('#해시태그'),
      heading(1, '큰 제목'),
      heading(2, '작은 제목'),
    ]);
  });

  it('reads GFM tables: alignment rows, escaped pipes, short and long rows, inline marks', () => {
    const markdown = [
      '| 항목 | 설명 | 금액 |',
      '|:--- |:---:| ---:|',
      '| **인건비** | a \\| b | 100 |',
      '| 운영비 | 짧은 행 |',
      '| 초과 | 셀 | 1 | 버림 |',
      '',
      '표 뒤 문단',
    ].join('\n');
    expect(parseMarkdown(markdown).blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['항목', '설명', '금액'],
          ['인건비', 'a | b', '100'],
          ['운영비', '짧은 행', ''],
          ['초과', '셀', '1'],
        ],
        page: null,
      },
      paragraph('표 뒤 문단'),
    ]);
  });

  it('splits paragraphs on blank lines, gives each list item its own, keeps code fences verbatim', () => {
    const markdown = [
      '첫 줄',
      '둘째 줄',
      '',
      '- 항목 [링크](https://example.go.kr) ![그림](a.png)',
      '  이어지는 줄',
      '* 별표 항목',
      '3) 괄호 번호',
      '10. 열째',
      '',
      '```sh',
      '# 주석은 제목이 아님',
      '| a | b |',
      '```',
      '> 인용 `코드` ~~취소~~',
      '',
      '***',
      '<!-- 주석',
      '여러 줄 -->',
      '끝',
    ].join('\n');
    expect(parseMarkdown(markdown).blocks).toEqual([
      paragraph('첫 줄\n둘째 줄'),
      paragraph('- 항목 링크\n이어지는 줄'),
      paragraph('- 별표 항목'),
      paragraph('3. 괄호 번호'),
      paragraph('10. 열째'),
      paragraph('# 주석은 제목이 아님\n| a | b |'),
      paragraph('인용 코드 취소'),
      paragraph('끝'),
    ]);
  });

  it('takes the title from YAML front matter and does not read it as text', () => {
    const parsed = parseMarkdown('---\ntitle: "회의록"\ndate: 2025-03-02\n---\n\n본문');
    expect(parsed).toEqual({ metadataTitle: '회의록', blocks: [paragraph('본문')] });
    expect(parseMarkdown('본문').metadataTitle).toBeNull();
  });
});
