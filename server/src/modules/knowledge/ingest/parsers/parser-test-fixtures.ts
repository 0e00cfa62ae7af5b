import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Documents the parser tests make at run time (nothing binary is committed), and the real Hangul files
 * beside the project in ../shared/fixtures/documents (read there, never copied in).
 */

export const sharedDocumentsFolder = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../../../shared/fixtures/documents',
);
export const sharedDocumentsPresent = existsSync(sharedDocumentsFolder);

/** The real HWP/HWPX files, as [folder/name, bytes]; none when ../shared/fixtures is missing. */
export function sharedDocuments(folder: 'hwp' | 'hwpx'): [string, Buffer][] {
  const path = resolve(sharedDocumentsFolder, folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => name.toLowerCase().endsWith(`.${folder}`))
    .sort()
    .map((name) => [`${folder}/${name}`, readFileSync(resolve(path, name))]);
}

export function sharedDocument(relativePath: string): Buffer {
  return readFileSync(resolve(sharedDocumentsFolder, relativePath));
}

/** An HWP 5 file with the "password protected" bit of its FileHeader properties set. */
export function withHwpPasswordFlag(original: Uint8Array): Buffer {
  const copy = Buffer.from(original);
  const header = copy.indexOf('HWP Document File');
  if (header === -1) throw new Error('no HWP FileHeader stream');
  // FileHeader: 32-byte signature, 4-byte version, then the properties word whose bit 1 means encrypted.
  copy.writeUInt32LE(copy.readUInt32LE(header + 36) | 0b10, header + 36);
  return copy;
}

// ---------------------------------------------------------------------------------------------------- PDF

export interface PdfLine {
  text: string;
  size: number;
}

function hex4(value: number): string {
  return value.toString(16).padStart(4, '0').toUpperCase();
}

function utf16Hex(text: string): string {
  return Array.from({ length: text.length }, (_, index) => hex4(text.charCodeAt(index))).join('');
}

/**
 * A PDF whose pages hold the lines as a real text layer, Korean included: a Type0 font (Identity-H, not
 * embedded) whose ToUnicode CMap maps one glyph id per distinct character back to it. A page without lines
 * has no text (like a scanned page). `encrypted` adds a standard security handler whose user password is
 * not empty, so the file cannot be opened without one.
 */
export function pdfOf(
  pages: readonly (readonly PdfLine[])[],
  options: { title?: string; encrypted?: boolean } = {},
): Buffer {
  const characters = [...new Set(pages.flatMap((lines) => lines.flatMap((line) => Array.from(line.text))))];
  const glyph = new Map(characters.map((character, index) => [character, index + 1]));
  const glyphs = (text: string): string =>
    Array.from(text, (character) => hex4(glyph.get(character) ?? 0)).join('');
  const toUnicode = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${String(characters.length)} beginbfchar`,
    ...characters.map((character) => `<${glyphs(character)}> <${utf16Hex(character)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const objects: string[] = [];
  const add = (object: string): number => objects.push(object);
  const stream = (content: string): string =>
    `<< /Length ${String(Buffer.byteLength(content, 'latin1'))} >>\nstream\n${content}\nendstream`;
  const catalog = add('');
  const pageTree = add('');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /MalgunGothic /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  const space = glyph.get(' ');
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MalgunGothic /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${String(descriptor)} 0 R /DW 1000 ${space === undefined ? '' : `/W [${String(space)} [250]]`} /CIDToGIDMap /Identity >>`,
  );
  const unicodeMap = add(stream(toUnicode));
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /MalgunGothic /Encoding /Identity-H /DescendantFonts [${String(cidFont)} 0 R] /ToUnicode ${String(unicodeMap)} 0 R >>`,
  );
  const kids = pages.map((lines) => {
    let y = 760;
    const content = lines
      .map((line) => {
        const shown = `BT /F1 ${String(line.size)} Tf 72 ${String(y)} Td <${glyphs(line.text)}> Tj ET`;
        y -= line.size * 2;
        return shown;
      })
      .join('\n');
    const contents = add(stream(content));
    return add(
      `<< /Type /Page /Parent ${String(pageTree)} 0 R /MediaBox [0 0 612 792] /Contents ${String(contents)} 0 R /Resources << /Font << /F1 ${String(font)} 0 R >> >> >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${String(pageTree)} 0 R >>`;
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${kids.map((kid) => `${String(kid)} 0 R`).join(' ')}] /Count ${String(kids.length)} >>`;
  const info = options.title === undefined ? null : add(`<< /Title <FEFF${utf16Hex(options.title)}> >>`);
  const encryption =
    options.encrypted === true
      ? add(
          `<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${'AB'.repeat(32)}> /U <${'CD'.repeat(32)}> /P -4 >>`,
        )
      : null;
  let file = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(file, 'latin1'));
    file += `${String(index + 1)} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(file, 'latin1');
  file += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`;
  file += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const trailer = [
    `/Size ${String(objects.length + 1)} /Root ${String(catalog)} 0 R`,
    info === null ? '' : ` /Info ${String(info)} 0 R`,
    encryption === null
      ? ''
      : ` /Encrypt ${String(encryption)} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`,
  ].join('');
  file += `trailer\n<< ${trailer} >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return Buffer.from(file, 'latin1');
}

// --------------------------------------------------------------------------------------------------- PPTX

const drawingNamespaces =
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraphXml(text: string): string {
  const runs = text
    .split('\n')
    .map((line) => `<a:r><a:rPr lang="ko-KR"/><a:t>${escapeXml(line)}</a:t></a:r>`)
    .join('<a:br/>');
  return `<a:p>${runs}</a:p>`;
}

/** A text shape; `placeholder` makes it the slide's title ('title', 'ctrTitle') or another placeholder. */
export function textShape(paragraphs: readonly string[], placeholder?: string): string {
  const ph = placeholder === undefined ? '' : `<p:ph type="${placeholder}"/>`;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Shape"/><p:cNvSpPr/><p:nvPr>${ph}</p:nvPr></p:nvSpPr>` +
    `<p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs.map(paragraphXml).join('')}</p:txBody></p:sp>`
  );
}

/** A PPTX table cell: text, or a merge (spans on the anchor, hMerge/vMerge on the cells it covers). */
export interface PptxCell {
  text?: string;
  gridSpan?: number;
  rowSpan?: number;
  hMerge?: boolean;
  vMerge?: boolean;
}

export function tableFrame(rows: readonly (readonly PptxCell[])[]): string {
  const columns = Math.max(...rows.map((row) => row.length));
  const cell = (value: PptxCell): string => {
    const attributes = [
      value.gridSpan === undefined ? '' : ` gridSpan="${String(value.gridSpan)}"`,
      value.rowSpan === undefined ? '' : ` rowSpan="${String(value.rowSpan)}"`,
      value.hMerge === true ? ' hMerge="1"' : '',
      value.vMerge === true ? ' vMerge="1"' : '',
    ].join('');
    const body = value.text === undefined ? '<a:p/>' : paragraphXml(value.text);
    return `<a:tc${attributes}><a:txBody><a:bodyPr/><a:lstStyle/>${body}</a:txBody><a:tcPr/></a:tc>`;
  };
  return (
    '<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="4" name="Table"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>' +
    '<p:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></p:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>' +
    `<a:tblGrid>${'<a:gridCol w="1000000"/>'.repeat(columns)}</a:tblGrid>` +
    rows.map((row) => `<a:tr h="370840">${row.map(cell).join('')}</a:tr>`).join('') +
    '</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
  );
}

export function groupShape(shapes: readonly string[]): string {
  return `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="9" name="Group"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${shapes.join('')}</p:grpSp>`;
}

/**
 * A minimal PowerPoint package: content types, relationships, presentation.xml listing the slides, one
 * ppt/slides/slideN.xml per entry of `slides` (each the shapes of its shape tree). `numbers` names the
 * slide files (default 1, 2, …), so tests can check that slide10 comes after slide9.
 */
export function pptxOf(
  slides: readonly string[],
  options: { title?: string; numbers?: number[] } = {},
): Uint8Array {
  const numbers = options.numbers ?? slides.map((_, index) => index + 1);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>' +
        numbers
          .map(
            (number) =>
              `<Override PartName="/ppt/slides/slide${String(number)}.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>`,
          )
          .join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/>' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    ),
    'ppt/presentation.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation ${drawingNamespaces}><p:sldIdLst>` +
        numbers
          .map((number, index) => `<p:sldId id="${String(256 + index)}" r:id="rId${String(number)}"/>`)
          .join('') +
        '</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>',
    ),
    'ppt/_rels/presentation.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        numbers
          .map(
            (number) =>
              `<Relationship Id="rId${String(number)}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide${String(number)}.xml"/>`,
          )
          .join('') +
        '</Relationships>',
    ),
  };
  if (options.title !== undefined) {
    files['docProps/core.xml'] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        `<dc:title>${escapeXml(options.title)}</dc:title></cp:coreProperties>`,
    );
  }
  slides.forEach((shapes, index) => {
    files[`ppt/slides/slide${String(numbers[index] ?? index + 1)}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld ${drawingNamespaces}><p:cSld><p:spTree>` +
        '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>' +
        `${shapes}</p:spTree></p:cSld></p:sld>`,
    );
  });
  return zipSync(files);
}

// ---------------------------------------------------------------------------------------------------- XLS

function biffRecord(type: number, body: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16LE(type, 0);
  header.writeUInt16LE(body.length, 2);
  return Buffer.concat([header, body]);
}

function biffBof(substreamType: number): Buffer {
  const body = Buffer.alloc(16);
  body.writeUInt16LE(0x0600, 0); // BIFF8
  body.writeUInt16LE(substreamType, 2); // 0x0005 workbook globals, 0x0010 worksheet
  body.writeUInt16LE(0x0dbb, 4);
  body.writeUInt16LE(1996, 6);
  return biffRecord(0x0809, body);
}

function biffCell(row: number, column: number, value: string | number): Buffer {
  const position = Buffer.alloc(6);
  position.writeUInt16LE(row, 0);
  position.writeUInt16LE(column, 2);
  position.writeUInt16LE(15, 4); // the default cell format
  if (typeof value === 'number') {
    const number = Buffer.alloc(8);
    number.writeDoubleLE(value, 0);
    return biffRecord(0x0203, Buffer.concat([position, number])); // NUMBER
  }
  const length = Buffer.alloc(3);
  length.writeUInt16LE(value.length, 0);
  length[2] = 1; // UTF-16LE characters
  return biffRecord(0x0204, Buffer.concat([position, length, Buffer.from(value, 'utf16le')])); // LABEL
}

/**
 * An Excel 97-2003 workbook as Excel's reader needs it: a BIFF8 Workbook stream (globals with one
 * BOUNDSHEET per sheet, then each sheet's LABEL and NUMBER cells) in an OLE2 compound file.
 */
export function xlsOf(
  sheets: readonly { name: string; rows: readonly (readonly (string | number)[])[] }[],
): Buffer {
  const end = biffRecord(0x000a, Buffer.alloc(0));
  const sheetStreams = sheets.map((sheet) =>
    Buffer.concat([
      biffBof(0x0010),
      ...sheet.rows.flatMap((row, r) => row.map((value, c) => biffCell(r, c, value))),
      end,
    ]),
  );
  const boundSheet = (position: number, name: string): Buffer => {
    const body = Buffer.alloc(8);
    body.writeUInt32LE(position, 0);
    body[6] = name.length;
    body[7] = 1;
    return biffRecord(0x0085, Buffer.concat([body, Buffer.from(name, 'utf16le')]));
  };
  let position =
    biffBof(0x0005).length +
    sheets.reduce((sum, sheet) => sum + boundSheet(0, sheet.name).length, 0) +
    end.length;
  const boundSheets = sheets.map((sheet, index) => {
    const record = boundSheet(position, sheet.name);
    position += sheetStreams[index]?.length ?? 0;
    return record;
  });
  return compoundFileOf('Workbook', Buffer.concat([biffBof(0x0005), ...boundSheets, end, ...sheetStreams]));
}

/**
 * An OLE2 compound file holding one stream (padded to 4 KB so it lives in regular sectors): sector 0 the
 * FAT, sector 1 the directory, the stream from sector 2 on.
 */
export function compoundFileOf(streamName: string, stream: Uint8Array): Buffer {
  const data = Buffer.concat([stream, Buffer.alloc(Math.max(0, 4096 - stream.length))]);
  const sectors = Math.ceil(data.length / 512);
  const header = Buffer.alloc(512);
  Buffer.from('D0CF11E0A1B11AE1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56);
  header.writeInt32LE(-2, 60); // no mini FAT
  header.writeInt32LE(-2, 68); // no DIFAT sectors
  for (let index = 0; index < 109; index++) header.writeInt32LE(index === 0 ? 0 : -1, 76 + index * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeInt32LE(-3, 0);
  fat.writeInt32LE(-2, 4);
  for (let index = 0; index < sectors; index++) {
    fat.writeInt32LE(index === sectors - 1 ? -2 : 3 + index, (2 + index) * 4);
  }
  const directory = Buffer.alloc(512);
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    start: number,
    size: number,
  ): void => {
    const offset = index * 128;
    Buffer.from(`${name}\0`, 'utf16le').copy(directory, offset);
    directory.writeUInt16LE((name.length + 1) * 2, offset + 64);
    directory[offset + 66] = type;
    directory[offset + 67] = 1;
    directory.writeInt32LE(-1, offset + 68);
    directory.writeInt32LE(-1, offset + 72);
    directory.writeInt32LE(child, offset + 76);
    directory.writeInt32LE(start, offset + 116);
    directory.writeUInt32LE(size, offset + 120);
  };
  entry(0, 'Root Entry', 5, 1, -2, 0);
  entry(1, streamName, 2, -1, 2, data.length);
  for (let index = 2; index < 4; index++) {
    directory.writeInt32LE(-1, index * 128 + 68);
    directory.writeInt32LE(-1, index * 128 + 72);
    directory.writeInt32LE(-1, index * 128 + 76);
  }
  return Buffer.concat([header, fat, directory, data, Buffer.alloc(sectors * 512 - data.length)]);
}

// --------------------------------------------------------------------------------------------------- HWPX

/** The HWPX with META-INF/manifest.xml declaring its parts encrypted (ODF encryption-data), as Hangul does. */
export function withHwpxEncryption(hwpx: Uint8Array): Uint8Array {
  const files = unzipSync(hwpx);
  const manifest = files['META-INF/manifest.xml'];
  const encryptedEntry =
    '<odf:file-entry odf:full-path="Contents/section0.xml" odf:media-type="application/xml"><odf:encryption-data odf:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" odf:checksum="AAAA"><odf:algorithm odf:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" odf:initialisation-vector="AAAA"/></odf:encryption-data></odf:file-entry>';
  const text =
    manifest === undefined
      ? `<?xml version="1.0" encoding="UTF-8"?><odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">${encryptedEntry}</odf:manifest>`
      : strFromU8(manifest).replace('</odf:manifest>', `${encryptedEntry}</odf:manifest>`);
  files['META-INF/manifest.xml'] = strToU8(text);
  return zipSync(files);
}
