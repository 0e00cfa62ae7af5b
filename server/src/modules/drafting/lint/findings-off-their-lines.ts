import type { LintFinding } from '@jumugwan/contracts';

/** For tests: the findings whose span leaves the line they name (should be none). */
export function findingsOffTheirLines(text: string, findings: readonly LintFinding[]): LintFinding[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/\r?\n/g)) {
    lines.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length });
  return findings.filter((finding) => {
    const line = lines[finding.line - 1];
    return !line || finding.start < line.start || finding.end > line.end || finding.end < finding.start;
  });
}
