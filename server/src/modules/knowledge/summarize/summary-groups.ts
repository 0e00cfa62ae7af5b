import type { GroundingSource } from '../cite/grounding-source.js';

/**
 * Consecutive passages grouped for the map step: each group stays within `maximumCharacters` (a passage
 * larger than that is a group of its own) and, where possible, a new top-level section starts a new group,
 * so each partial summary covers whole sections.
 */
export function summaryGroups(
  sources: readonly GroundingSource[],
  maximumCharacters: number,
): GroundingSource[][] {
  const groups: GroundingSource[][] = [];
  let current: GroundingSource[] = [];
  let size = 0;
  for (const source of sources) {
    const length = source.text.length;
    const previous = current.at(-1);
    const newSection =
      previous !== undefined &&
      previous.sectionPath[0] !== source.sectionPath[0] &&
      size >= maximumCharacters / 2;
    if (current.length > 0 && (size + length > maximumCharacters || newSection)) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(source);
    size += length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
