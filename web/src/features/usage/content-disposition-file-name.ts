/**
 * The file name a download's Content-Disposition offers: `filename*=UTF-8''…` first (Korean names come
 * that way, RFC 6266), then the plain `filename="…"`; null when there is none.
 */
export function contentDispositionFileName(header: string | null): string | null {
  if (header === null) {
    return null;
  }
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;\s]+)/.exec(header);
  if (extended?.[1] !== undefined) {
    try {
      return safeFileName(decodeURIComponent(extended[1]));
    } catch {
      // A broken encoding: the plain name below is still usable.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header);
  if (quoted?.[1] !== undefined) {
    return safeFileName(quoted[1].replace(/\\(.)/g, '$1'));
  }
  const bare = /filename\s*=\s*([^;\s]+)/i.exec(header);
  return bare?.[1] === undefined ? null : safeFileName(bare[1]);
}

/** Only the last path part: a name is never allowed to point into another folder. */
function safeFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' ? null : base;
}
