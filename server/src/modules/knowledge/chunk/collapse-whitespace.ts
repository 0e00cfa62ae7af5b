/** One line with single spaces: each run of whitespace, line breaks and zero-width spaces included. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200b-\u200d\u2060]+/g, ' ').trim();
}
