/** The text a chunk is found by: its document's title and section path belong to it. */
export function indexedTextOf(
  title: string,
  chunk: { sectionPath: readonly string[]; text: string },
): string {
  return [title, ...chunk.sectionPath, chunk.text].join('\n');
}
