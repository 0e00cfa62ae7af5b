/**
 * `붙임  계획서 1부.` for one attachment; numbered and aligned under the first for several
 * (`붙임  1. 계획서 1부.` / `      2. 명단 1부.`).
 */
export function attachmentLines(attachments: readonly string[]): string[] {
  const entries = attachments.map((entry) => withCopies(entry.trim())).filter((entry) => entry !== '');
  if (entries.length === 0) return [];
  if (entries.length === 1) return [`붙임  ${entries[0] ?? ''}`];
  return entries.map((entry, index) => `${index === 0 ? '붙임  ' : '      '}${index + 1}. ${entry}`);
}

function withCopies(entry: string): string {
  const bare = entry.replace(/^(붙임\s*)?(\d+\.\s*)?/, '').replace(/\.+$/, '');
  if (bare === '') return '';
  return /\d+\s*부$/.test(bare) ? `${bare}.` : `${bare} 1부.`;
}
