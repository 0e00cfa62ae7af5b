/**
 * The file name of a download answer: RFC 5987 `filename*=UTF-8''…` first (Korean names travel that
 * way), then a plain `filename="…"`; null when there is none or it cannot be decoded.
 */
export function contentDispositionFileName(header: string | null): string | null {
  if (header === null) return null;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/iu.exec(header);
  if (extended !== null) {
    try {
      const name = decodeURIComponent((extended[2] ?? '').trim().replace(/^"|"$/gu, ''));
      if (name !== '') return safeName(name);
    } catch {
      // A broken encoding: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/iu.exec(header);
  const name = plain?.[1]?.replace(/\\(.)/gu, '$1') ?? plain?.[2]?.trim() ?? '';
  return name === '' ? null : safeName(name);
}

/** A header must not choose a folder: only the last path segment is kept. */
function safeName(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
}
