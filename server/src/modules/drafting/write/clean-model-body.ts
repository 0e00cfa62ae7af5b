/**
 * What a chat model adds around a body despite the instructions: code fences, Markdown headings and
 * bold, a repeated title, trailing spaces, runs of blank lines. Indentation is kept (it is the item level).
 */
export function cleanModelBody(text: string, title: string): string {
  let lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*```/.test(line))
    .map((line) =>
      line
        .replace(/^(\s*)#{1,6}\s+/, '$1')
        .replace(/\*\*(.+?)\*\*/g, '$1')
        .replace(/\s+$/, ''),
    );
  while (lines.length > 0 && (lines[0] ?? '').trim() === '') lines.shift();
  const first = (lines[0] ?? '').trim().replace(/^제목\s*[:：]\s*/, '');
  if (title !== '' && first === title.trim()) lines = lines.slice(1);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(/^\n+/, '');
}

/** For documents that do not end with `끝.` (보도자료, 연설문): removes one a model wrote anyway. */
export function withoutEndMark(body: string): string {
  return body.replace(/\s*끝\.\s*$/u, '').replace(/\n+$/, '');
}
