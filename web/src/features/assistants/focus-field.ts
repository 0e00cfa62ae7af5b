/**
 * Moves the focus to a form field by its element id: the element itself when it takes focus, otherwise
 * the first control inside it that is marked invalid, or else its first control.
 */
export function focusField(elementId: string): void {
  const element = document.getElementById(elementId);
  if (element === null) return;
  if (element.matches('input, select, textarea, button')) {
    element.focus();
    return;
  }
  const control =
    element.querySelector<HTMLElement>('[aria-invalid="true"]') ??
    element.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea, button');
  control?.focus();
}
