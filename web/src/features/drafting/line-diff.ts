export type DiffLineKind = 'same' | 'added' | 'removed';

export interface DiffLine {
  kind: DiffLineKind;
  text: string;
  /** 1-based line in the older text; null for an added line. */
  oldNumber: number | null;
  /** 1-based line in the newer text; null for a removed line. */
  newNumber: number | null;
}

/**
 * Above this many cells the LCS table would cost too much memory for a browser tab (two whole rewrites
 * of long documents); the changed middle is then shown as removed-then-added, which is still correct.
 */
const maximumTableCells = 4_000_000;

/**
 * A line diff by longest common subsequence. Shared leading and trailing lines are matched first, so
 * the table only covers the changed middle (usually a few lines of a long draft).
 */
export function lineDiff(before: readonly string[], after: readonly string[]): DiffLine[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) {
    prefix += 1;
  }
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix += 1;
  }

  const result: DiffLine[] = [];
  for (let index = 0; index < prefix; index += 1) {
    result.push({ kind: 'same', text: before[index] ?? '', oldNumber: index + 1, newNumber: index + 1 });
  }
  const oldMiddle = before.slice(prefix, before.length - suffix);
  const newMiddle = after.slice(prefix, after.length - suffix);
  for (const line of middleDiff(oldMiddle, newMiddle)) {
    result.push({
      ...line,
      oldNumber: line.oldNumber === null ? null : line.oldNumber + prefix,
      newNumber: line.newNumber === null ? null : line.newNumber + prefix,
    });
  }
  for (let index = suffix; index > 0; index -= 1) {
    const oldIndex = before.length - index;
    const newIndex = after.length - index;
    result.push({
      kind: 'same',
      text: before[oldIndex] ?? '',
      oldNumber: oldIndex + 1,
      newNumber: newIndex + 1,
    });
  }
  return result;
}

function middleDiff(before: readonly string[], after: readonly string[]): DiffLine[] {
  const rows = before.length;
  const columns = after.length;
  if (rows === 0 || columns === 0 || (rows + 1) * (columns + 1) > maximumTableCells) {
    return [
      ...before.map((text, index) => ({
        kind: 'removed' as const,
        text,
        oldNumber: index + 1,
        newNumber: null,
      })),
      ...after.map((text, index) => ({
        kind: 'added' as const,
        text,
        oldNumber: null,
        newNumber: index + 1,
      })),
    ];
  }
  // lengths[i][j]: LCS length of before[i..] and after[j..], flattened row by row.
  const width = columns + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        before[i] === after[j]
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (before[i] === after[j]) {
      lines.push({ kind: 'same', text: before[i] ?? '', oldNumber: i + 1, newNumber: j + 1 });
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      // Removals before additions, so a changed line reads as "-old" then "+new".
      lines.push({ kind: 'removed', text: before[i] ?? '', oldNumber: i + 1, newNumber: null });
      i += 1;
    } else {
      lines.push({ kind: 'added', text: after[j] ?? '', oldNumber: null, newNumber: j + 1 });
      j += 1;
    }
  }
  for (; i < rows; i += 1) {
    lines.push({ kind: 'removed', text: before[i] ?? '', oldNumber: i + 1, newNumber: null });
  }
  for (; j < columns; j += 1) {
    lines.push({ kind: 'added', text: after[j] ?? '', oldNumber: null, newNumber: j + 1 });
  }
  return lines;
}

/** How many lines were added and removed. */
export function diffStats(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const line of lines) {
    if (line.kind === 'added') added += 1;
    if (line.kind === 'removed') removed += 1;
  }
  return { added, removed };
}
