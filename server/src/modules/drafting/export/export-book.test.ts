import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../knowledge/ingest/parsers/parse-document-file.js';
import type { BookInput } from './book-input.js';
import { documentTextOf } from './document-text-of.js';
import { exportBookDocx } from './export-book-docx.js';
import { exportBookHwpx } from './export-book-hwpx.js';
import { hwpxStructureProblems } from './hwpx-structure-problems.js';

const book: BookInput = {
  title: '2026 생성형 AI 업무 활용사례집',
  coverLines: ['부산광역시', '2026. 7. 31.'],
  subject: '활용사례집',
  author: '관리자',
  institution: '부산광역시',
  createdAt: new Date('2026-07-31T05:00:00Z'),
  chapters: [
    { heading: '목차', body: '1. 보도자료 초안 (문서 작성 · 홍보과)\n2. 민원 답변 (민원 응대 · 민원과)' },
    {
      heading: '1. 보도자료 초안',
      body: '| 항목 | 내용 |\n| --- | --- |\n| 부서·작성자 | 홍보과 홍길동 |\n\n결과\n  초안 작성 시간이 **절반**으로 줄었음',
    },
    { heading: '2. 민원 답변', body: '업무\n  민원 답변 초안 작성' },
  ],
};

function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

describe('book export', () => {
  it('writes a well-formed HWPX that reads back, each chapter starting a new page', async () => {
    const bytes = await exportBookHwpx(book);
    expect(hwpxStructureProblems(bytes)).toEqual([]);
    const section = partsOf(bytes)['Contents/section0.xml'] ?? '';
    expect(section.match(/<hp:p [^>]*pageBreak="1"/g)).toHaveLength(book.chapters.length);
    expect(section).toContain('초안 작성 시간이 **절반**으로 줄었음');
    expect(section).not.toMatch(/[\uE000-\uF8FF]/);
    const text = documentTextOf(await parseDocumentFile('book.hwpx', bytes));
    const all = JSON.stringify(text);
    for (const expected of [book.title, '부산광역시', ...book.chapters.map((chapter) => chapter.heading)]) {
      expect(all).toContain(expected);
    }
    expect(all).toContain('홍보과 홍길동');
  });

  it('writes a DOCX that reads back, each chapter with pageBreakBefore', async () => {
    const bytes = await exportBookDocx(book);
    const parts = partsOf(bytes);
    expect(parts['word/document.xml']?.match(/<w:pageBreakBefore\/>/g)).toHaveLength(book.chapters.length);
    expect(parts['docProps/core.xml']).toContain(`<dc:title>${book.title}</dc:title>`);
    const parsed = await parseDocumentFile('book.docx', bytes);
    const all = JSON.stringify(documentTextOf(parsed));
    for (const expected of [book.title, '2026. 7. 31.', ...book.chapters.map((chapter) => chapter.heading)]) {
      expect(all).toContain(expected);
    }
    expect(all).toContain('홍보과 홍길동');
  });
});
