import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const outputFolder = fileURLToPath(new URL('../../test-results/e2e', import.meta.url));

/** Where a browser test keeps a screenshot (`test-results/e2e/<name>.png`); the folder is made on first use. */
export function screenshotPath(name: string): string {
  mkdirSync(outputFolder, { recursive: true });
  return `${outputFolder}/${name}.png`;
}
