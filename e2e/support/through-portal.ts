import type { Page } from 'playwright-core';
import type { PortalIdentity } from '../../server/src/modules/auth/index.js';
import { portalHeaders } from '../../server/src/test/test-platform.js';

/** Plays the portal's reverse proxy: every request of the page carries freshly signed SSO headers. */
export async function throughPortal(page: Page, identity: PortalIdentity): Promise<void> {
  await page.route('**/*', async (route) => {
    await route.continue({ headers: { ...route.request().headers(), ...portalHeaders(identity) } });
  });
}
