import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PortalIdentity } from '../../server/src/modules/auth/index.js';
import { throughPortal } from './through-portal.js';

/** A fresh Korean-locale context signed in through the portal as `identity`, on /chat with the composer ready. */
export async function openChat(
  browser: Browser,
  baseUrl: string,
  identity: PortalIdentity,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await throughPortal(page, identity);
  await page.goto(`${baseUrl}/chat`);
  await page.getByLabel('메시지 입력').waitFor();
  return { context, page };
}
