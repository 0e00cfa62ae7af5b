import { markdownToHwpx } from 'kordoc';
import { strFromU8, strToU8 } from 'fflate';
import type { BookInput } from './book-input.js';
import { bookMetadataOf } from './book-metadata.js';
import { contentHpfWithMetadata } from './hwpx-metadata.js';
import { hwpxPackage, zipEntries } from './hwpx-package.js';
import { fillHwpxParagraphs } from './hwpx-paragraph-fill.js';
import { kordocPageOptionsOf } from './kordoc-gongmun-options.js';
import { KordocMarkdownWriter, plainParagraph } from './kordoc-markdown.js';
import { bookPageStyle } from './page-style.js';
import { parseDraftBody } from './parse-draft-body.js';

const sectionPart = 'Contents/section0.xml';
const headerPart = 'Contents/header.xml';
const contentPart = 'Contents/content.hpf';
const previewCharacters = 1024;

/**
 * The book as HWPX on the report page: the cover title in kordoc's title box with its lines centred, then
 * each chapter heading as a kordoc heading (`##`, unnumbered) on a paragraph that starts a new page.
 */
export async function exportBookHwpx(book: BookInput): Promise<Uint8Array> {
  const writer = new KordocMarkdownWriter();
  const { protection } = writer;
  writer.line(`# ${protection.title(book.title)}`);
  for (const line of book.coverLines) writer.line(`<center>${protection.text(line)}</center>`);
  for (const chapter of book.chapters) {
    writer.line('');
    writer.paragraph(plainParagraph(chapter.heading), { prefix: '## ', pageBreak: true });
    writer.blocks(parseDraftBody(chapter.body));
  }
  const markdown = writer.result();
  const generated = await markdownToHwpx(markdown.markdown, {
    gongmun: { ...kordocPageOptionsOf(bookPageStyle), h2Marker: 'none' },
    warnings: [],
  });
  const parts = zipEntries(new Uint8Array(generated));
  const filled = fillHwpxParagraphs(
    strFromU8(parts.get(sectionPart) ?? new Uint8Array()),
    strFromU8(parts.get(headerPart) ?? new Uint8Array()),
    markdown,
    bookPageStyle.bodyPoints,
  );
  parts.set(sectionPart, strToU8(filled.sectionXml));
  parts.set(headerPart, strToU8(filled.headerXml));
  const contentHpf = strFromU8(parts.get(contentPart) ?? new Uint8Array());
  parts.set(contentPart, strToU8(contentHpfWithMetadata(contentHpf, bookMetadataOf(book))));
  const preview = [book.title, ...book.coverLines, ...book.chapters.map((chapter) => chapter.heading)];
  parts.set('Preview/PrvText.txt', strToU8(preview.join('\n').slice(0, previewCharacters)));
  return hwpxPackage(parts, book.createdAt);
}
