import type { DraftFrame } from './draft-frame.js';
import { KordocTextProtection, paragraphToken } from './kordoc-text-protection.js';
import type { DraftBodyBlock, DraftParagraph } from './parse-draft-body.js';

/** A paragraph kordoc lays out as a token; `last` ones are moved after everything kordoc adds (결문, 담당 표). */
export interface TokenParagraph {
  paragraph: DraftParagraph;
  last: boolean;
  /** Starts a new page (a book's chapters). */
  pageBreak?: boolean;
}

export interface KordocMarkdown {
  markdown: string;
  /** By token index. */
  paragraphs: TokenParagraph[];
  /** The placeholders in the title, info line and table cells, to be restored in kordoc's output. */
  protection: KordocTextProtection;
}

/** Writes the Markdown kordoc reads: body paragraphs as tokens, everything else protected (see kordoc-text-protection). */
export class KordocMarkdownWriter {
  private readonly lines: string[] = [];
  private readonly paragraphs: TokenParagraph[] = [];
  readonly protection = new KordocTextProtection();

  /** A line of kordoc's own Markdown (the caller protects its text). */
  line(line: string): void {
    this.lines.push(line);
  }

  /** A paragraph as a token, after `prefix` (`## ` makes it a heading that kordoc styles). */
  paragraph(
    paragraph: DraftParagraph,
    options: { last?: boolean; pageBreak?: boolean; prefix?: string } = {},
  ): void {
    this.lines.push((options.prefix ?? '') + paragraphToken(this.paragraphs.length));
    this.paragraphs.push({
      paragraph,
      last: options.last ?? false,
      ...(options.pageBreak === true ? { pageBreak: true } : {}),
    });
  }

  /** Body blocks: paragraphs as tokens, tables as pipe tables. */
  blocks(blocks: readonly DraftBodyBlock[]): void {
    for (const block of blocks) {
      if (block.kind === 'paragraph') {
        this.paragraph(block);
        continue;
      }
      const [header, ...rows] = block.rows;
      if (header === undefined) continue;
      const tableRow = (cells: readonly string[]): string =>
        `| ${cells.map((cell) => this.protection.text(cell)).join(' | ')} |`;
      this.lines.push('', tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow), '');
    }
  }

  result(): KordocMarkdown {
    return { markdown: this.lines.join('\n'), paragraphs: this.paragraphs, protection: this.protection };
  }
}

/** A paragraph of plain text at the margin. */
export function plainParagraph(text: string): DraftParagraph {
  return { kind: 'paragraph', text, indentSpaces: 0, hangingPrefix: null };
}

/**
 * The frame as the Markdown kordoc's public-document mode reads: the title as `#` (the 기안문 has it in its
 * 두문 instead), the info line right-aligned, body paragraphs as tokens, tables as pipe tables.
 */
export function kordocMarkdownOf(frame: DraftFrame): KordocMarkdown {
  const writer = new KordocMarkdownWriter();
  const { protection } = writer;
  if (frame.gian === null) writer.line(`# ${protection.title(frame.title)}`);
  if (frame.infoLine !== null) writer.line(`<right>${protection.text(frame.infoLine)}</right>`);
  writer.blocks(frame.blocks);
  if (frame.contactLine !== null) {
    writer.paragraph(plainParagraph(''));
    writer.paragraph(plainParagraph(frame.contactLine));
  }
  if (frame.disclosureLine !== null) {
    writer.paragraph(plainParagraph(''), { last: true });
    writer.paragraph(plainParagraph(frame.disclosureLine), { last: true });
  }
  return writer.result();
}
