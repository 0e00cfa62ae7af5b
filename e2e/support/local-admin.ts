import type { Page } from 'playwright-core';

/** The local admin account a browser test creates with `platform.auth.createLocalAdmin(localAdmin)`. */
export const localAdmin = { username: 'admin', name: '관리자', password: 'correct-horse-battery-staple' };

/** Signs in on the login page as `localAdmin` and waits to land in the app. */
export async function signInAsLocalAdmin(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('아이디').fill(localAdmin.username);
  await page.getByLabel('비밀번호').fill(localAdmin.password);
  await page.getByRole('button', { name: '로그인' }).click();
  await page.waitForURL(/\/chat|\/admin/);
}
