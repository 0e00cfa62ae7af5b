import type { DraftBodyBlock } from './parse-draft-body.js';

/** The body back in its notation: indented lines, pipe tables with their separator row. */
export function draftBodyText(blocks: readonly DraftBodyBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      lines.push(block.text === '' ? '' : ' '.repeat(block.indentSpaces) + block.text);
      continue;
    }
    const [header, ...rows] = block.rows;
    if (header === undefined) continue;
    lines.push(pipeRow(header), pipeRow(header.map(() => '---')), ...rows.map(pipeRow));
  }
  return lines.join('\n');
}

function pipeRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
}
