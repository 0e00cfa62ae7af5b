import type { LintFinding } from '@jumugwan/contracts';
import { attachmentHeadPattern } from './attachment-block.js';
import { createFinding, lineFix } from './create-finding.js';
import { contentEnd, isBlank, type DraftLine } from './draft-lines.js';
import { endMarkIn } from './draft-ending.js';
import { formatItemMarker, itemLevelCount, parseItemLine, type ItemLine } from './item-markers.js';
import type { ProjectRule } from './lint-context.js';

interface PlacedItem {
  readonly line: DraftLine;
  readonly item: ItemLine;
  /** Findings about the marker itself; replaced by ITEM_SINGLE when the item has no siblings. */
  readonly markerFindings: LintFinding[];
}

const indentUnit = 2;

function expectedMarkerFinding(
  line: DraftLine,
  item: ItemLine,
  level: number,
  expectedIndex: number,
): LintFinding | null {
  const expected = formatItemMarker(level, expectedIndex);
  const written = line.text.slice(item.markerStart, item.markerEnd);
  if (written === expected) return null;
  const fix = lineFix(line, item.markerStart, item.markerEnd, expected);
  if (item.level !== level) {
    const message = `${level}단계 항목은 '${formatItemMarker(level, 1)}' 꼴 기호를 씁니다: '${expected}'`;
    return createFinding('ITEM_MARKER_LEVEL', line, item.markerStart, item.markerEnd, message, fix);
  }
  const message = `항목 기호 순서가 맞지 않습니다: '${expected}'`;
  return createFinding('ITEM_MARKER_SEQUENCE', line, item.markerStart, item.markerEnd, message, fix);
}

function spacingFinding(line: DraftLine, item: ItemLine): LintFinding | null {
  if (line.text.slice(item.markerEnd, item.textStart) === ' ') return null;
  const message = '항목 기호 뒤는 한 칸 띄웁니다.';
  const fix = lineFix(line, item.markerEnd, item.textStart, ' ');
  return createFinding('ITEM_MARKER_SPACE', line, item.markerStart, item.textStart, message, fix);
}

function singleItemFinding(placed: PlacedItem): LintFinding {
  const { line, item } = placed;
  const message = '항목이 하나뿐인 단계에는 항목 기호를 붙이지 않습니다.';
  const fix = lineFix(line, item.markerStart, item.textStart, '');
  return createFinding('ITEM_SINGLE', line, item.markerStart, contentEnd(line.text), message, fix);
}

/**
 * ITEM_MARKER_LEVEL, ITEM_MARKER_SEQUENCE, ITEM_INDENT, ITEM_MARKER_SPACE, ITEM_SINGLE. The level
 * comes from the indentation (two spaces per level); the marker must be that level's kind and the
 * next in its list, and the list restarts under each new parent item.
 */
export const itemMarkerRules: ProjectRule = ({ lines }) => {
  const findings: LintFinding[] = [];
  // groups[level]: the items of the list now open at that level (siblings under one parent).
  const groups: PlacedItem[][] = Array.from({ length: itemLevelCount + 1 }, () => []);
  let depth = 0;
  let textSinceTopItem = false;
  // A wrong indentation read as some level is read the same way for the siblings written like it.
  const remappedWidths = new Map<number, number>();

  const closeGroupsBelow = (level: number): void => {
    for (let deeper = level + 1; deeper <= itemLevelCount; deeper += 1) {
      const group = groups[deeper] ?? [];
      const [only] = group;
      if (group.length === 1 && only) findings.push(singleItemFinding(only));
      else for (const placed of group) findings.push(...placed.markerFindings);
      groups[deeper] = [];
    }
  };

  for (const line of lines) {
    if (isBlank(line.text) || line.isTable || endMarkIn(line.text)?.ownLine) continue;
    // 붙임 ends the body; its numbered lines are the attachment rules' business.
    if (attachmentHeadPattern.test(line.text)) break;
    const item = parseItemLine(line.text);
    const indent = item?.indent ?? line.text.slice(0, line.text.length - line.text.trimStart().length);
    const indentWidth = indent.length;
    const indentIsClean = !indent.includes('\t') && indentWidth % indentUnit === 0;
    if (!item) {
      // Unmarked text keeps its level (a single item written without marker still has children).
      if (indentWidth === 0) textSinceTopItem = true;
      else if (indentIsClean) depth = Math.max(depth, Math.min(depth + 1, indentWidth / indentUnit + 1));
      continue;
    }
    for (const width of remappedWidths.keys()) if (width > indentWidth) remappedWidths.delete(width);
    const indentLevel = indentWidth / indentUnit + 1;
    const remapped = remappedWidths.get(indentWidth);
    const indentFits = remapped === undefined && indentIsClean && indentLevel <= depth + 1;
    const level = remapped ?? (indentFits ? indentLevel : Math.min(item.level, depth + 1));
    if (!indentFits) {
      remappedWidths.set(indentWidth, level);
      const expected = ' '.repeat((level - 1) * indentUnit);
      const message = `${level}단계 항목은 ${expected.length}칸 들여 씁니다(단계마다 두 칸).`;
      findings.push(
        createFinding(
          'ITEM_INDENT',
          line,
          0,
          item.markerEnd,
          message,
          lineFix(line, 0, item.indent.length, expected),
        ),
      );
    }
    // A new list after a heading or paragraph starts again from 1.
    if (level === 1 && textSinceTopItem && item.level === 1 && item.index === 1) closeGroupsBelow(0);
    if (level === 1) textSinceTopItem = false;
    closeGroupsBelow(level);
    const group = groups[level] ?? [];
    groups[level] = group;
    const markerFindings: LintFinding[] = [];
    const markerFinding = expectedMarkerFinding(line, item, level, group.length + 1);
    if (markerFinding) markerFindings.push(markerFinding);
    const spacing = spacingFinding(line, item);
    if (spacing) markerFindings.push(spacing);
    group.push({ line, item, markerFindings });
    depth = level;
  }
  closeGroupsBelow(0);
  return findings;
};
