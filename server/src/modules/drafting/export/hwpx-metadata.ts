import type { DocumentMetadata } from './document-metadata.js';
import { escapeXml } from './xml-escape.js';

/**
 * content.hpf with the document information Hangul shows in 문서 정보 (title, 지은이, 주제, 키워드, 기타
 * for the disclosure), written as Hangul writes it (`<opf:meta name=… content="text">value</opf:meta>`), and
 * the institution as `publisher`. kordoc's own entries (generator) stay after them.
 */
export function contentHpfWithMetadata(contentHpf: string, metadata: DocumentMetadata): string {
  const timestamp = metadata.createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const meta = (name: string, value: string): string =>
    `<opf:meta name="${name}" content="text">${escapeXml(value)}</opf:meta>`;
  const entries = [
    `<opf:title>${escapeXml(metadata.title)}</opf:title>`,
    '<opf:language>ko</opf:language>',
    meta('creator', metadata.author),
    meta('subject', metadata.subject),
    meta('description', metadata.description),
    meta('publisher', metadata.institution),
    meta('lastsaveby', metadata.author),
    meta('CreatedDate', timestamp),
    meta('ModifiedDate', timestamp),
    meta('keyword', metadata.keywords),
  ].join('');
  const withEntries = contentHpf.includes('<opf:metadata>')
    ? contentHpf.replace('<opf:metadata>', `<opf:metadata>${entries}`)
    : contentHpf.replace(/(<opf:package[^>]*>)/, `$1<opf:metadata>${entries}</opf:metadata>`);
  return withEntries.includes('href="settings.xml"')
    ? withEntries
    : withEntries.replace(
        '</opf:manifest>',
        '<opf:item id="settings" href="settings.xml" media-type="application/xml"/></opf:manifest>',
      );
}
