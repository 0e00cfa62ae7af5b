import type { KordocMarkdown } from './kordoc-markdown.js';
import { paragraphTokens } from './kordoc-text-protection.js';
import { textWidthEms } from './text-width.js';
import { escapeXml } from './xml-escape.js';

/**
 * Puts the body text into the paragraphs kordoc laid out for its tokens, and indents them: two spaces of
 * the notation are half a character each (Hangul's fixed space), and the wrapped lines of an item hang under
 * its text. Indentation is a paragraph shape (paraPr) cloned from the one kordoc chose, with its left margin
 * and indent changed; the clones are added to header.xml. A paragraph marked `pageBreak` starts a new page.
 */
export function fillHwpxParagraphs(
  sectionXml: string,
  headerXml: string,
  { paragraphs, protection }: Pick<KordocMarkdown, 'paragraphs' | 'protection'>,
  bodyPoints: number,
): { sectionXml: string; headerXml: string } {
  const shapes = new ParagraphShapes(headerXml);
  // kordoc's XML gets its placeholders back; the body text put in between is ours and left alone.
  const kordocPart = (from: number, to?: number): string =>
    protection.restore(sectionXml.slice(from, to), escapeXml);
  const emUnits = bodyPoints * 100;
  let output = '';
  let trailing = '';
  let cursor = 0;
  for (const token of paragraphTokens(sectionXml)) {
    const entry = paragraphs[token.index];
    const start = sectionXml.lastIndexOf('<hp:p ', token.position);
    const openEnd = sectionXml.indexOf('>', start) + 1;
    if (entry === undefined || start < cursor || openEnd === 0) continue;
    const { paragraph } = entry;
    const left = Math.round(paragraph.indentSpaces * 0.5 * emUnits);
    const hanging =
      paragraph.hangingPrefix === null ? 0 : Math.round(textWidthEms(paragraph.hangingPrefix) * emUnits);
    const openTag = sectionXml
      .slice(start, openEnd)
      .replace(
        /paraPrIDRef="(\d+)"/,
        (_match, base: string) => `paraPrIDRef="${shapes.indented(base, left, hanging)}"`,
      );
    const filled =
      (entry.pageBreak === true ? withPageBreak(openTag) : openTag) +
      kordocPart(openEnd, token.position) +
      escapeXml(paragraph.text);
    const tokenEnd = token.position + token.length;
    if (entry.last) {
      const end = sectionXml.indexOf('</hp:p>', tokenEnd) + '</hp:p>'.length;
      output += kordocPart(cursor, start);
      trailing += filled + kordocPart(tokenEnd, end);
      cursor = end;
    } else {
      output += kordocPart(cursor, start) + filled;
      cursor = tokenEnd;
    }
  }
  output += kordocPart(cursor);
  const sectionEnd = output.lastIndexOf('</hs:sec>');
  if (trailing !== '' && sectionEnd !== -1)
    output = output.slice(0, sectionEnd) + trailing + output.slice(sectionEnd);
  return { sectionXml: output, headerXml: shapes.headerXml() };
}

function withPageBreak(openTag: string): string {
  return /\spageBreak="/.test(openTag)
    ? openTag.replace(/pageBreak="\d"/, 'pageBreak="1"')
    : openTag.replace('<hp:p ', '<hp:p pageBreak="1" ');
}

/** header.xml's paragraph shapes, with indented clones added on demand. */
class ParagraphShapes {
  private readonly added: string[] = [];
  private readonly clones = new Map<string, number>();
  private nextId: number;

  constructor(private readonly header: string) {
    const ids = [...header.matchAll(/<hh:paraPr id="(\d+)"/g)].map((match) => Number(match[1]));
    this.nextId = Math.max(-1, ...ids) + 1;
  }

  /** The id of the base shape with this left margin and hanging indent added (the base when both are 0). */
  indented(baseId: string, left: number, hanging: number): string {
    if (left === 0 && hanging === 0) return baseId;
    const key = `${baseId}:${left}:${hanging}`;
    const known = this.clones.get(key);
    if (known !== undefined) return String(known);
    const base = new RegExp(`<hh:paraPr id="${baseId}"[\\s\\S]*?</hh:paraPr>`).exec(this.header)?.[0];
    if (base === undefined) return baseId;
    const id = this.nextId;
    this.nextId += 1;
    this.clones.set(key, id);
    this.added.push(
      base
        .replace(`id="${baseId}"`, `id="${id}"`)
        // A negative indent is Hangul's 내어쓰기: the first line starts at the margin, the rest further right.
        .replace(/(<hc:intent value=")(-?\d+)/g, (_match, prefix: string) => `${prefix}${-hanging}`)
        .replace(
          /(<hc:left value=")(-?\d+)/g,
          (_match, prefix: string, value: string) => `${prefix}${Number(value) + left}`,
        ),
    );
    return String(id);
  }

  headerXml(): string {
    if (this.added.length === 0) return this.header;
    return this.header
      .replace(
        /(<hh:paraProperties itemCnt=")(\d+)/,
        (_match, prefix: string, count: string) => `${prefix}${Number(count) + this.added.length}`,
      )
      .replace('</hh:paraProperties>', `${this.added.join('')}</hh:paraProperties>`);
  }
}
