import type { LintFinding } from '@jumugwan/contracts';
import { findAttachmentBlock, type AttachmentItem } from './attachment-block.js';
import { createFinding, lineFix } from './create-finding.js';
import type { DraftLine } from './draft-lines.js';
import type { ProjectRule } from './lint-context.js';

// `붙임  ` is as wide as six spaces: 붙 and 임 take two columns each.
const continuationIndent = '      ';
const countPattern = /([ \t]*)(\d+)[ \t]*부[ \t]*(\.?)$/;

function numberingFinding(
  line: DraftLine,
  item: AttachmentItem,
  position: number,
  count: number,
): LintFinding | null {
  const written = line.text.slice(item.prefixStart, item.textStart);
  if (count === 1) {
    if (!item.numbered) return null;
    const message = '붙임이 하나면 번호를 붙이지 않습니다.';
    const fix = lineFix(line, item.prefixStart, item.textStart, '');
    return createFinding('ATTACHMENT_NUMBERING', line, item.prefixStart, item.textEnd, message, fix);
  }
  const expected = `${item.prefixStart === 0 ? continuationIndent : ''}${position}. `;
  if (written === expected) return null;
  const message =
    item.prefixStart === 0
      ? `붙임이 여럿이면 번호를 매기고 첫 줄 번호에 맞춰 씁니다: '${expected}'`
      : `붙임이 여럿이면 '붙임  ${position}. '처럼 번호를 매깁니다.`;
  const fix = lineFix(line, item.prefixStart, item.textStart, expected);
  return createFinding('ATTACHMENT_NUMBERING', line, item.prefixStart, item.textEnd, message, fix);
}

function countFinding(line: DraftLine, item: AttachmentItem): LintFinding | null {
  const text = line.text.slice(item.textStart, item.textEnd);
  const match = countPattern.exec(text);
  if (!match) {
    const message = "붙임 끝에 부수를 씁니다(예: '계획서 1부.').";
    return createFinding('ATTACHMENT_COUNT', line, item.textStart, item.textEnd, message, null);
  }
  const canonical = ` ${match[2] ?? ''}부.`;
  if (match[0] === canonical) return null;
  const start = item.textStart + match.index;
  const message = `부수는 '${canonical.trim()}'처럼 씁니다.`;
  return createFinding(
    'ATTACHMENT_COUNT',
    line,
    start,
    item.textEnd,
    message,
    lineFix(line, start, item.textEnd, canonical),
  );
}

/** ATTACHMENT_SPACING, ATTACHMENT_NUMBERING, ATTACHMENT_COUNT. */
export const attachmentRules: ProjectRule = ({ lines }) => {
  const block = findAttachmentBlock(lines);
  const head = block ? lines[block.headIndex] : undefined;
  if (!block || !head) return [];
  const findings: LintFinding[] = [];
  // With a colon kordoc's BUNIM_COLON reports it and its fix writes the two spaces.
  const hasColon = /[:：]/.test(block.separator);
  const wellWritten = block.word === '붙임' && block.separator === '  ';
  if (!hasColon && !wellWritten && block.items.length > 0) {
    const message = "'붙임' 다음은 두 칸 띄웁니다.";
    const fix = lineFix(head, block.wordStart, block.separatorEnd, '붙임  ');
    findings.push(
      createFinding('ATTACHMENT_SPACING', head, block.wordStart, block.separatorEnd, message, fix),
    );
  }
  block.items.forEach((item, position) => {
    const line = lines[item.lineIndex];
    if (!line) return;
    const numbering = numberingFinding(line, item, position + 1, block.items.length);
    if (numbering) findings.push(numbering);
    const count = countFinding(line, item);
    if (count) findings.push(count);
  });
  return findings;
};
