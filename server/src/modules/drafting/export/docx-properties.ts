import type { DocumentMetadata } from './document-metadata.js';
import { escapeXml } from './xml-escape.js';

/**
 * docProps/core.xml and app.xml as they should be: the `docx` package dates the document when it is packed
 * and leaves the company out, so both parts are written here (the disclosure is the description, the
 * institution the company) and handed to the packer as overrides.
 */
export function docxPropertyParts(metadata: DocumentMetadata): { path: string; data: string }[] {
  const timestamp = metadata.createdAt.toISOString();
  const core =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(metadata.title)}</dc:title>` +
    `<dc:subject>${escapeXml(metadata.subject)}</dc:subject>` +
    `<dc:creator>${escapeXml(metadata.author)}</dc:creator>` +
    `<cp:keywords>${escapeXml(metadata.keywords)}</cp:keywords>` +
    `<dc:description>${escapeXml(metadata.description)}</dc:description>` +
    `<cp:lastModifiedBy>${escapeXml(metadata.author)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    '<dc:language>ko-KR</dc:language>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${timestamp}</dcterms:modified>` +
    '</cp:coreProperties>';
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Jumugwan</Application>' +
    `<Company>${escapeXml(metadata.institution)}</Company>` +
    '</Properties>';
  return [
    { path: 'docProps/core.xml', data: core },
    { path: 'docProps/app.xml', data: app },
  ];
}
