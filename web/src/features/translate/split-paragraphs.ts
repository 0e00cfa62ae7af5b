/** A blank line: a line break, optional spaces or tabs, another line break (and any more such lines). */
const blankLines = /\n[^\S\n]*\n\s*/;

/**
 * The source text as paragraphs, one per request text: split on blank lines, each trimmed, empty ones
 * dropped (the API refuses empty texts). Single line breaks stay inside their paragraph, so the
 * translation of paragraph i is shown next to paragraph i.
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(blankLines)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}
