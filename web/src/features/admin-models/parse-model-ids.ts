/** Model ids typed one per line or comma separated (spaces tolerated); blanks and repeats are dropped. */
export function parseModelIds(text: string): string[] {
  const ids = text
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return [...new Set(ids)];
}
