import { markdownToHwpx } from 'kordoc';
import { strFromU8, strToU8 } from 'fflate';
import { documentMetadataOf } from './document-metadata.js';
import { draftFrameOf } from './draft-frame.js';
import type { ExportInput } from './export-input.js';
import { exportText } from './export-text.js';
import { contentHpfWithMetadata } from './hwpx-metadata.js';
import { hwpxPackage, zipEntries } from './hwpx-package.js';
import { fillHwpxParagraphs } from './hwpx-paragraph-fill.js';
import { kordocGongmunOptionsOf } from './kordoc-gongmun-options.js';
import { kordocMarkdownOf } from './kordoc-markdown.js';
import { pageStyleOf } from './page-style.js';

const sectionPart = 'Contents/section0.xml';
const headerPart = 'Contents/header.xml';
const contentPart = 'Contents/content.hpf';
// Hangul keeps the start of the text here for file browsers; more is of no use to them.
const previewCharacters = 1024;

/*
 * The 기안문 ('gian') is laid out by kordoc's `official` preset with its 두문/결문 tables (docHead/docFoot),
 * not filled into kordoc's built-in 일반기안문 form: `fillForm` puts the whole body into the form's one
 * 본문 field as a single paragraph with line breaks, so a table comes out as pipe characters, items lose
 * their indentation, and the form's own `붙임 … 1부.  끝.` line stays beside ours.
 */

/** The document as HWPX, laid out by kordoc's public-document presets, with its metadata and disclosure. */
export async function exportHwpx(input: ExportInput): Promise<Uint8Array> {
  const frame = draftFrameOf(input);
  const style = pageStyleOf(frame.layout);
  const kordocMarkdown = kordocMarkdownOf(frame);
  // kordoc's warnings are advice to a writer ("add a summary box"); the draft is final, so they are dropped.
  const generated = await markdownToHwpx(kordocMarkdown.markdown, {
    gongmun: kordocGongmunOptionsOf(frame, style),
    warnings: [],
  });
  const parts = zipEntries(new Uint8Array(generated));
  const filled = fillHwpxParagraphs(
    strFromU8(parts.get(sectionPart) ?? new Uint8Array()),
    strFromU8(parts.get(headerPart) ?? new Uint8Array()),
    kordocMarkdown,
    style.bodyPoints,
  );
  parts.set(sectionPart, strToU8(filled.sectionXml));
  parts.set(headerPart, strToU8(filled.headerXml));
  const contentHpf = strFromU8(parts.get(contentPart) ?? new Uint8Array());
  parts.set(contentPart, strToU8(contentHpfWithMetadata(contentHpf, documentMetadataOf(input))));
  parts.set('Preview/PrvText.txt', strToU8(exportText(input).slice(0, previewCharacters)));
  return hwpxPackage(parts, input.createdAt);
}
