import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocumentReadError, type DocumentBlock } from '../parsed-document.js';
import { pptxOf, tableFrame, textShape } from './parser-test-fixtures.js';
import { parsePptx } from './parse-pptx.js';

function reason(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentReadError) return error.reason;
    throw error;
  }
  throw new Error('expected a DocumentReadError');
}

describe('parsePptx', () => {
  it('reads runs, fields, line breaks and entities; skips date, footer and slide-number placeholders', () => {
    const shapes =
      '<p:sp><p:nvSpPr><p:cNvPr id="2" name="t"/><p:cNvSpPr/><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:txBody>' +
      '<a:p><a:r><a:t>연구 </a:t></a:r><a:r><a:rPr b="1"/><a:t>결과 &amp; 과제</a:t></a:r></a:p>' +
      '<a:p><a:r><a:t>(요약)</a:t></a:r></a:p></p:txBody></p:sp>' +
      '<p:sp><p:nvSpPr><p:cNvPr id="3" name="b"/><p:cNvSpPr/><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvSpPr><p:txBody>' +
      '<a:p><a:r><a:t>첫 줄</a:t></a:r><a:br/><a:r><a:t>둘째 줄 &lt;참고&gt; &#xD55C;</a:t></a:r></a:p>' +
      '<a:p><a:fld id="{1}" type="datetime"><a:t>2025-03-02</a:t></a:fld></a:p><a:p/></p:txBody></p:sp>' +
      textShape(['2025-03-02'], 'dt') +
      textShape(['기관명'], 'ftr');
    const deck = parsePptx(pptxOf([shapes]));
    expect(deck).toEqual({
      slideCount: 1,
      metadataTitle: null,
      blocks: [
        { kind: 'heading', level: 2, text: '연구 결과 & 과제 (요약)', page: 1 },
        { kind: 'paragraph', text: '첫 줄\n둘째 줄 <참고> 한', page: 1 },
        { kind: 'paragraph', text: '2025-03-02', page: 1 },
      ],
    });
  });

  it('reads the first choice of alternate content, not its fallback copy', () => {
    const shapes =
      '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      `<mc:Choice Requires="p14">${textShape(['새 기능 도형'])}</mc:Choice>` +
      `<mc:Fallback>${textShape(['새 기능 도형'])}</mc:Fallback></mc:AlternateContent>`;
    expect(parsePptx(pptxOf([shapes])).blocks).toEqual<DocumentBlock[]>([
      { kind: 'paragraph', text: '새 기능 도형', page: 1 },
    ]);
  });

  it('repeats merged table cells and leaves out tables without text', () => {
    const shapes =
      tableFrame([
        [{ text: '가', gridSpan: 2, rowSpan: 2 }, { hMerge: true }],
        [{ vMerge: true }, { hMerge: true, vMerge: true }],
        [{ text: '나' }, { text: '다' }],
      ]) + tableFrame([[{}, {}]]);
    expect(parsePptx(pptxOf([shapes])).blocks).toEqual<DocumentBlock[]>([
      {
        kind: 'table',
        rows: [
          ['가', '가'],
          ['가', '가'],
          ['나', '다'],
        ],
        page: 1,
      },
    ]);
  });

  it('refuses a zip that is no deck as corrupted, and slides that would unpack past the limit', () => {
    expect(reason(() => parsePptx(Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3])))).toBe('corrupted');
    // A slide whose central directory entry declares 300 MB unpacked: refused on the declaration alone.
    const bomb = Buffer.from(zipSync({ 'ppt/slides/slide1.xml': strToU8('<p:sld/>') }));
    const entry = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(300 * 1024 * 1024, entry + 24);
    expect(reason(() => parsePptx(bomb))).toBe('too_large');
    expect(parsePptx(zipSync({ 'ppt/presentation.xml': strToU8('<p:presentation/>') }))).toEqual({
      blocks: [],
      slideCount: 0,
      metadataTitle: null,
    });
  });
});
