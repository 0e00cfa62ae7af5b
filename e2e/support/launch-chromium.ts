import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

const chromiumPath = '/usr/bin/chromium';

/** The built UI, served by `createTestPlatform({ webDistDirectory: webDist })`. */
export const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Browser tests run only with a chromium on the machine and a built UI; `describe.skipIf(!browserAvailable)`. */
export const browserAvailable = existsSync(chromiumPath) && existsSync(webDist);
if (!browserAvailable) {
  console.warn(
    `browser tests skipped: need ${chromiumPath} (apt-get install chromium) and a built UI in web/dist (npm run build)`,
  );
}

/** A headless chromium without the background traffic (updates, sync, QUIC) that slows a test down. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
