import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import { createTestPlatform, type TestPlatform } from '../server/src/test/test-platform.js';
import { acknowledgeGuidelinesOnLoad } from './support/acknowledge-guidelines.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { localAdmin } from './support/local-admin.js';
import { screenshotPath } from './support/screenshot-path.js';

describe.skipIf(!browserAvailable)('admin in the browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.auth.createLocalAdmin(localAdmin);
    baseUrl = await listenOnFreePort(platform);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await platform.dispose();
  });

  it('signs in with a local account, learns that no model exists, and finds the model page', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await acknowledgeGuidelinesOnLoad(page);
    await page.goto(`${baseUrl}/chat`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('아이디').fill(localAdmin.username);
    await page.getByLabel('비밀번호').fill('wrong-password');
    await page.getByRole('button', { name: '로그인' }).click();
    await expect.poll(() => page.textContent('body')).toContain('아이디 또는 비밀번호가 맞지 않습니다');
    await page.getByLabel('비밀번호').fill(localAdmin.password);
    await page.getByRole('button', { name: '로그인' }).click();

    await expect.poll(() => page.textContent('body')).toContain('사용할 수 있는 모델이 없습니다');
    await page.getByRole('link', { name: '모델 등록하러 가기' }).click();
    await page.waitForURL(/\/admin\/models/);
    await page.screenshot({ path: screenshotPath('admin-models'), fullPage: true });
    await context.close();
  });
});
