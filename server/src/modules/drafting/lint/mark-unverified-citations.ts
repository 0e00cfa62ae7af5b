import type { StatuteCitationCheck } from '@jumugwan/contracts';

export const unverifiedMark = ' [확인 필요]';

/**
 * Appends ` [확인 필요]` right after each unverified citation, so the reader sees it in the text.
 * `checks` are verifyStatuteCitations' results for this text, in text order; marking twice adds nothing.
 */
export function markUnverifiedCitations(text: string, checks: readonly StatuteCitationCheck[]): string {
  const insertAt: number[] = [];
  let searchFrom = 0;
  for (const check of checks) {
    const start = text.indexOf(check.citation, searchFrom);
    if (start < 0) continue;
    const end = start + check.citation.length;
    searchFrom = end;
    if (!check.verified && !text.startsWith(unverifiedMark, end)) insertAt.push(end);
  }
  let marked = text;
  for (const offset of insertAt.reverse())
    marked = marked.slice(0, offset) + unverifiedMark + marked.slice(offset);
  return marked;
}
