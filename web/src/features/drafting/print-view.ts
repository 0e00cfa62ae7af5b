/** Keeps scripts out of the print view: it opens in a tab of this origin, where a script could act as the user. */
const noScripts =
  '<meta http-equiv="Content-Security-Policy" content="script-src \'none\'; object-src \'none\'">';

/** The exported HTML with a policy that forbids scripts, placed first in <head> so it applies to everything. */
export function withoutScripts(html: string): string {
  const head = /<head(\s[^>]*)?>/iu.exec(html);
  if (head !== null) {
    const at = head.index + head[0].length;
    return `${html.slice(0, at)}${noScripts}${html.slice(at)}`;
  }
  return `${noScripts}${html}`;
}

/**
 * Shows the print view in a tab. The tab is opened by the click itself (`target`), before the file
 * arrives, so pop-up blockers let it through; without one a new tab is tried.
 */
export async function openPrintView(blob: Blob, target: Window | null): Promise<void> {
  const html = withoutScripts(await blob.text());
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  if (target !== null && !target.closed) target.location.href = url;
  else window.open(url, '_blank');
  // The tab has loaded the document long before this; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
