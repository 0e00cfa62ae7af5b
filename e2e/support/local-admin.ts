import type { Page } from 'playwright-core';
import { acknowledgeGuidelinesOnLoad } from './acknowledge-guidelines.js';

/** The local admin account a browser test creates with `platform.auth.createLocalAdmin(localAdmin)`. */
export const localAdmin = { username: 'admin', name: '관리자', password: 'correct-horse-battery-staple' };

/**
 * Signs in on the login page as `localAdmin` and waits to land in the app; the AI use guidelines are
 * acknowledged on the way (`acknowledgeGuidelines: false` keeps the gate, for a test of it).
 */
export async function signInAsLocalAdmin(
  page: Page,
  baseUrl: string,
  { acknowledgeGuidelines = true }: { acknowledgeGuidelines?: boolean } = {},
): Promise<void> {
  if (acknowledgeGuidelines) await acknowledgeGuidelinesOnLoad(page);
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('아이디').fill(localAdmin.username);
  await page.getByLabel('비밀번호').fill(localAdmin.password);
  await page.getByRole('button', { name: '로그인' }).click();
  await page.waitForURL(/\/chat|\/admin/);
}
