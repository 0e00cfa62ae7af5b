import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph } from 'docx';

/** Real HWP/HWPX files made by the Hangul word processor, beside the project (../shared/fixtures). */
export const sharedDocumentsFolder = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../../shared/fixtures/documents',
);
export const sharedFixturesPresent = existsSync(sharedDocumentsFolder);

export function sharedDocument(relativePath: string): Buffer {
  return readFileSync(resolve(sharedDocumentsFolder, relativePath));
}

export async function docxOf(paragraphs: readonly string[]): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: paragraphs.map((text) => new Paragraph({ text })) }],
  });
  return Packer.toBuffer(document);
}

/** A one-page PDF whose text layer holds the lines (ASCII, Helvetica); none makes a page without text. */
export function pdfOf(lines: readonly string[]): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((line) => `(${line}) Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${String(content.length)} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(text.length);
    text += `${String(index + 1)} 0 obj\n${object}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`;
  text += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** An HWP 5 file with the "password protected" flag of its FileHeader set. */
export function encryptedHwp(original: Buffer): Buffer {
  const copy = Buffer.from(original);
  const header = copy.indexOf('HWP Document File');
  if (header === -1) throw new Error('no HWP FileHeader');
  copy.writeUInt32LE(copy.readUInt32LE(header + 36) | 2, header + 36);
  return copy;
}
