import type { DraftFrame } from './draft-frame.js';
import { KordocTextProtection, paragraphToken } from './kordoc-text-protection.js';
import type { DraftParagraph } from './parse-draft-body.js';

/** A paragraph kordoc lays out as a token; `last` ones are moved after everything kordoc adds (결문, 담당 표). */
export interface TokenParagraph {
  paragraph: DraftParagraph;
  last: boolean;
}

export interface KordocMarkdown {
  markdown: string;
  /** By token index. */
  paragraphs: TokenParagraph[];
  /** The placeholders in the title, info line and table cells, to be restored in kordoc's output. */
  protection: KordocTextProtection;
}

/**
 * The frame as the Markdown kordoc's public-document mode reads: the title as `#` (the 기안문 has it in its
 * 두문 instead), the info line right-aligned, body paragraphs as tokens, tables as pipe tables.
 */
export function kordocMarkdownOf(frame: DraftFrame): KordocMarkdown {
  const lines: string[] = [];
  const paragraphs: TokenParagraph[] = [];
  const protection = new KordocTextProtection();
  const addParagraph = (paragraph: DraftParagraph, last = false): void => {
    lines.push(paragraphToken(paragraphs.length));
    paragraphs.push({ paragraph, last });
  };
  if (frame.gian === null) lines.push(`# ${protection.title(frame.title)}`);
  if (frame.infoLine !== null) lines.push(`<right>${protection.text(frame.infoLine)}</right>`);
  for (const block of frame.blocks) {
    if (block.kind === 'paragraph') {
      addParagraph(block);
      continue;
    }
    const [header, ...rows] = block.rows;
    if (header === undefined) continue;
    const tableRow = (cells: readonly string[]): string =>
      `| ${cells.map((cell) => protection.text(cell)).join(' | ')} |`;
    lines.push('', tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow), '');
  }
  if (frame.contactLine !== null) {
    addParagraph({ kind: 'paragraph', text: '', indentSpaces: 0, hangingPrefix: null });
    addParagraph({ kind: 'paragraph', text: frame.contactLine, indentSpaces: 0, hangingPrefix: null });
  }
  if (frame.disclosureLine !== null) {
    addParagraph({ kind: 'paragraph', text: '', indentSpaces: 0, hangingPrefix: null }, true);
    addParagraph(
      { kind: 'paragraph', text: frame.disclosureLine, indentSpaces: 0, hangingPrefix: null },
      true,
    );
  }
  return { markdown: lines.join('\n'), paragraphs, protection };
}
