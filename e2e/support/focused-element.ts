import type { Page } from 'playwright-core';

/** Something about the focused element, read in the page (this package is typed without the DOM). */
export function focused(page: Page, expression: string): Promise<string | null> {
  return page.evaluate<string | null>(
    `(() => { const element = document.activeElement; return element === null ? null : ${expression}; })()`,
  );
}
