/**
 * Copies text. The async Clipboard API exists only in secure contexts, and on-prem installs are often
 * served over plain http on the internal network, so a hidden textarea with execCommand is the fallback.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  if (window.isSecureContext && 'clipboard' in navigator) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission denied: try the fallback.
    }
  }
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.opacity = '0';
  document.body.append(textarea);
  const previousFocus = document.activeElement;
  textarea.select();
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only option outside secure contexts
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    textarea.remove();
    if (previousFocus instanceof HTMLElement) {
      previousFocus.focus();
    }
  }
}
