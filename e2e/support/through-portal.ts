import type { Page } from 'playwright-core';
import type { PortalIdentity } from '../../server/src/modules/auth/index.js';
import { portalHeaders } from '../../server/src/test/test-platform.js';
import { acknowledgeGuidelinesOnLoad } from './acknowledge-guidelines.js';

export interface ThroughPortalOptions {
  /** False for a test of the guidelines gate itself; otherwise the guidelines are acknowledged on first load. */
  acknowledgeGuidelines?: boolean;
}

/** Plays the portal's reverse proxy: every request of the page carries freshly signed SSO headers. */
export async function throughPortal(
  page: Page,
  identity: PortalIdentity,
  { acknowledgeGuidelines = true }: ThroughPortalOptions = {},
): Promise<void> {
  await page.route('**/*', async (route) => {
    await route.continue({ headers: { ...route.request().headers(), ...portalHeaders(identity) } });
  });
  if (acknowledgeGuidelines) {
    await acknowledgeGuidelinesOnLoad(page, () => portalHeaders(identity));
  }
}
