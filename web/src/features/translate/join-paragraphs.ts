/**
 * Paragraphs (from a file, or translations) as text with a blank line between them. Blank lines inside
 * a paragraph are closed up and empty paragraphs dropped, so splitParagraphs(joinParagraphs(list))
 * gives the same paragraphs back and the 1:1 mapping survives the round trip through the textarea.
 */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map((paragraph) =>
      paragraph
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.trimEnd())
        .filter((line) => line.trim() !== '')
        .join('\n')
        .trim(),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}
