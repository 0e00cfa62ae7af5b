import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';

/*
 * A test helper (it uses @xmldom/xmldom, a development dependency): the export code does not import it.
 */

const mimetype = 'application/hwp+zip';
const localFileHeader = 0x04034b50;
const requiredEntries = [
  'mimetype',
  'version.xml',
  'META-INF/container.xml',
  'META-INF/manifest.xml',
  'Contents/content.hpf',
  'Contents/header.xml',
  'Contents/section0.xml',
];
const xmlEntry = /\.(xml|hpf|rdf)$/i;
// Parts Hangul writes that only describe the file to browsers; a package need not have them.
const optionalEntry = /^Preview\//;

/**
 * What is wrong with an HWPX package, in words (empty when nothing): `mimetype` first, stored, with the HWPX
 * media type; the standard parts present; every XML part well-formed; container.xml and content.hpf naming
 * parts that exist; with `reference` (a package Hangul saved), every part it has that a document needs.
 */
export function hwpxStructureProblems(bytes: Uint8Array, reference?: Uint8Array): string[] {
  if (
    bytes.byteLength < 30 ||
    new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true) !== localFileHeader
  ) {
    return ['zip 파일이 아닙니다.'];
  }
  const problems = firstEntryProblems(bytes);
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    return [...problems, `zip으로 읽을 수 없습니다: ${String(error)}`];
  }
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  for (const name of requiredEntries) if (!names.includes(name)) problems.push(`${name}이(가) 없습니다.`);
  if (reference !== undefined) {
    const referenceNames = Object.keys(unzipSync(reference)).filter(
      (name) => !name.endsWith('/') && !optionalEntry.test(name),
    );
    for (const name of referenceNames) {
      if (!names.includes(name)) problems.push(`Hangul이 저장한 문서에 있는 ${name}이(가) 없습니다.`);
    }
  }
  const documents = new Map<string, Document>();
  for (const name of names.filter((candidate) => xmlEntry.test(candidate))) {
    const errors: string[] = [];
    try {
      const parsed = new DOMParser({
        onError: (level, message) => {
          if (level !== 'warning') errors.push(message);
        },
      }).parseFromString(strFromU8(entries[name] ?? new Uint8Array()), 'text/xml');
      documents.set(name, parsed);
    } catch (error) {
      errors.push(String(error));
    }
    if (errors.length > 0) problems.push(`${name}의 XML이 올바르지 않습니다: ${errors.join('; ')}`);
  }
  problems.push(...referenceProblems(documents, names));
  return problems;
}

/** The first local file header: the name `mimetype`, stored (method 0), its content the media type. */
function firstEntryProblems(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const method = view.getUint16(8, true);
  const compressedSize = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const name = strFromU8(bytes.subarray(30, 30 + nameLength));
  if (name !== 'mimetype') return [`첫 항목이 mimetype이 아니라 ${name}입니다.`];
  const problems: string[] = [];
  if (method !== 0) problems.push(`mimetype이 압축되어 있습니다(방식 ${method}); 저장(stored)이어야 합니다.`);
  const start = 30 + nameLength + extraLength;
  const content = strFromU8(bytes.subarray(start, start + compressedSize));
  if (method === 0 && content !== mimetype)
    problems.push(`mimetype 내용이 ${JSON.stringify(content)}입니다.`);
  return problems;
}

function referenceProblems(documents: ReadonlyMap<string, Document>, names: readonly string[]): string[] {
  const problems: string[] = [];
  const container = documents.get('META-INF/container.xml');
  for (const rootfile of elements(container, 'rootfile')) {
    const path = rootfile.getAttribute('full-path') ?? '';
    if (!names.includes(path)) problems.push(`container.xml이 가리키는 ${path}이(가) 없습니다.`);
  }
  const content = documents.get('Contents/content.hpf');
  const ids = new Set<string>();
  for (const item of elements(content, 'item')) {
    const href = item.getAttribute('href') ?? '';
    ids.add(item.getAttribute('id') ?? '');
    if (!names.includes(href)) problems.push(`content.hpf의 항목 ${href}이(가) 없습니다.`);
  }
  for (const reference of elements(content, 'itemref')) {
    const idReference = reference.getAttribute('idref') ?? '';
    if (!ids.has(idReference))
      problems.push(`content.hpf의 spine이 없는 항목 ${idReference}을(를) 가리킵니다.`);
  }
  const section = documents.get('Contents/section0.xml')?.documentElement;
  if (section !== undefined && section !== null && section.localName !== 'sec') {
    problems.push(`section0.xml의 뿌리 요소가 ${section.nodeName}입니다.`);
  }
  const header = documents.get('Contents/header.xml')?.documentElement;
  if (header !== undefined && header !== null && header.localName !== 'head') {
    problems.push(`header.xml의 뿌리 요소가 ${header.nodeName}입니다.`);
  }
  return problems;
}

function elements(document: Document | undefined, localName: string): Element[] {
  if (document === undefined) return [];
  const list = document.getElementsByTagNameNS('*', localName);
  const found: Element[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const element = list.item(index);
    if (element !== null) found.push(element);
  }
  return found;
}
