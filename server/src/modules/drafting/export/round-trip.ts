import type { ExportInput } from './export-input.js';
// The knowledge module's index does not expose its parser; the round trip must use the very parser that
// ingests uploaded files, so it is imported from where it lives.
import { parseDocumentFile } from '../../knowledge/ingest/parsers/parse-document-file.js';
import { documentTextOf, normalizedText, type TextBlock } from './document-text-of.js';
import { draftFrameOf } from './draft-frame.js';
import { exportDocx } from './export-docx.js';
import { exportHwpx } from './export-hwpx.js';

/*
 * A test helper: exports the input, reads the file back with the project's own document parser and says in
 * words what did not come back as written (an empty list when everything did). The body's paragraphs must
 * come back in order with the same text (whitespace collapsed) and its tables cell by cell; the title must
 * be there; the visible disclosure must follow the body, and be absent when it is not visible. What the
 * layout adds around the body (두문, 결문, header box) is left to the layout.
 */
export async function roundTripDifferences(format: 'hwpx' | 'docx', input: ExportInput): Promise<string[]> {
  const bytes = format === 'hwpx' ? await exportHwpx(input) : await exportDocx(input);
  const parsed = await parseDocumentFile(`draft.${format}`, bytes);
  const actual = documentTextOf(parsed);
  const frame = draftFrameOf(input);
  const expected: TextBlock[] = frame.blocks.flatMap((block): TextBlock[] => {
    if (block.kind === 'table')
      return [{ kind: 'table', rows: block.rows.map((row) => row.map(normalizedText)) }];
    const text = normalizedText(block.text);
    return text === '' ? [] : [{ kind: 'paragraph', text }];
  });
  const { differences, lastMatched } = bodyDifferences(expected, actual);
  const title = normalizedText(frame.title);
  if (!actual.some((block) => textsOf(block).some((text) => text.includes(title)))) {
    differences.push(`제목 "${title}"이(가) 없습니다.`);
  }
  if (format === 'docx' && parsed.title !== frame.title) {
    differences.push(`문서 속성의 제목이 "${parsed.title ?? ''}"입니다("${frame.title}"이어야 합니다).`);
  }
  const disclosure = normalizedText(input.disclosure.text);
  const disclosureAt = actual.findIndex((block) => textsOf(block).some((text) => text.includes(disclosure)));
  if (frame.disclosureLine !== null && disclosureAt <= lastMatched) {
    differences.push(
      disclosureAt === -1
        ? 'AI 활용 표시 문구가 없습니다.'
        : 'AI 활용 표시 문구가 본문 끝보다 앞에 있습니다.',
    );
  }
  if (frame.disclosureLine === null && disclosure !== '' && disclosureAt !== -1) {
    differences.push('표시하지 않기로 한 AI 활용 표시 문구가 본문에 있습니다.');
  }
  return differences;
}

/** The differences between the body as written and as read back, as `roundTripDifferences` words them. */
export function bodyTextDifferences(expected: readonly TextBlock[], actual: readonly TextBlock[]): string[] {
  return bodyDifferences(expected, actual).differences;
}

function textsOf(block: TextBlock): string[] {
  return block.kind === 'paragraph' ? [block.text] : block.rows.flat();
}

function keyOf(block: TextBlock): string {
  return block.kind === 'paragraph' ? `p${block.text}` : `t${JSON.stringify(block.rows)}`;
}

function describe(block: TextBlock): string {
  return block.kind === 'paragraph'
    ? `문단 "${block.text}"`
    : `${block.rows.length}행 표 (첫 행: ${block.rows[0]?.join(' | ') ?? ''})`;
}

/**
 * The expected body aligned with what came back (longest common subsequence). Blocks before the first and
 * after the last match are the layout's own; between matches, anything missing, added or changed is a
 * difference, and a table that changed is compared cell by cell.
 */
function bodyDifferences(
  expected: readonly TextBlock[],
  actual: readonly TextBlock[],
): { differences: string[]; lastMatched: number } {
  const expectedKeys = expected.map(keyOf);
  const actualKeys = actual.map(keyOf);
  const width = actual.length + 1;
  const lengths = new Int32Array((expected.length + 1) * width);
  for (let row = expected.length - 1; row >= 0; row -= 1) {
    for (let column = actual.length - 1; column >= 0; column -= 1) {
      lengths[row * width + column] =
        expectedKeys[row] === actualKeys[column]
          ? (lengths[(row + 1) * width + column + 1] ?? 0) + 1
          : Math.max(lengths[(row + 1) * width + column] ?? 0, lengths[row * width + column + 1] ?? 0);
    }
  }
  const pairs: [number, number][] = [];
  for (let row = 0, column = 0; row < expected.length && column < actual.length;) {
    if (expectedKeys[row] === actualKeys[column]) {
      pairs.push([row, column]);
      row += 1;
      column += 1;
    } else if ((lengths[(row + 1) * width + column] ?? 0) >= (lengths[row * width + column + 1] ?? 0)) {
      row += 1;
    } else {
      column += 1;
    }
  }
  const differences: string[] = [];
  const lastMatched = pairs.at(-1)?.[1] ?? -1;
  let previous: [number, number] = [-1, -1];
  for (const pair of [...pairs, [expected.length, actual.length] as [number, number]]) {
    const missing = expected.slice(previous[0] + 1, pair[0]);
    const inside = previous[1] !== -1 && pair[1] !== actual.length;
    const added = inside ? actual.slice(previous[1] + 1, pair[1]) : [];
    differences.push(...gapDifferences(missing, added, previous[0] + 2));
    previous = pair;
  }
  return { differences, lastMatched };
}

function gapDifferences(
  missing: readonly TextBlock[],
  added: readonly TextBlock[],
  firstPosition: number,
): string[] {
  const differences: string[] = [];
  const addedTables = added.filter((block) => block.kind === 'table');
  const addedParagraphs = added.filter((block) => block.kind === 'paragraph');
  missing.forEach((block, offset) => {
    const position = firstPosition + offset;
    const counterpart = block.kind === 'table' ? addedTables.shift() : addedParagraphs.shift();
    if (counterpart === undefined) {
      differences.push(`본문 ${position}번째 블록 ${describe(block)}이(가) 없습니다.`);
    } else if (block.kind === 'table' && counterpart.kind === 'table') {
      differences.push(...tableDifferences(block.rows, counterpart.rows, position));
    } else {
      differences.push(
        `본문 ${position}번째 블록: ${describe(block)} 대신 ${describe(counterpart)}이(가) 있습니다.`,
      );
    }
  });
  for (const block of [...addedTables, ...addedParagraphs])
    differences.push(`본문에 없던 ${describe(block)}이(가) 있습니다.`);
  return differences;
}

function tableDifferences(
  expected: readonly string[][],
  actual: readonly string[][],
  position: number,
): string[] {
  const differences: string[] = [];
  if (expected.length !== actual.length) {
    differences.push(
      `본문 ${position}번째 블록(표)의 행이 ${expected.length}개가 아니라 ${actual.length}개입니다.`,
    );
  }
  expected.forEach((row, rowIndex) => {
    const actualRow = actual[rowIndex] ?? [];
    if (actualRow.length !== row.length && rowIndex < actual.length) {
      differences.push(
        `본문 ${position}번째 블록(표) ${rowIndex + 1}행의 칸이 ${row.length}개가 아니라 ${actualRow.length}개입니다.`,
      );
    }
    row.forEach((cell, columnIndex) => {
      const actualCell = actualRow[columnIndex];
      if (actualCell !== undefined && actualCell !== cell) {
        differences.push(
          `본문 ${position}번째 블록(표) ${rowIndex + 1}행 ${columnIndex + 1}열: "${cell}" 대신 "${actualCell}"`,
        );
      }
    });
  });
  return differences;
}
