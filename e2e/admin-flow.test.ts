import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../server/src/test/test-platform.js';

const chromiumPath = '/usr/bin/chromium';
const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));
const outputFolder = fileURLToPath(new URL('../test-results/e2e', import.meta.url));
const browserAvailable = existsSync(chromiumPath) && existsSync(webDist);

describe.skipIf(!browserAvailable)('admin in the browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.auth.createLocalAdmin({
      username: 'admin',
      name: '관리자',
      password: 'correct-horse-battery-staple',
    });
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    const address = platform.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('server has no address');
    baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser.close();
    await platform.dispose();
  });

  it('signs in with a local account, learns that no model exists, and finds the model page', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/chat`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('아이디').fill('admin');
    await page.getByLabel('비밀번호').fill('wrong-password');
    await page.getByRole('button', { name: '로그인' }).click();
    await expect.poll(() => page.textContent('body')).toContain('아이디 또는 비밀번호가 맞지 않습니다');
    await page.getByLabel('비밀번호').fill('correct-horse-battery-staple');
    await page.getByRole('button', { name: '로그인' }).click();

    await expect.poll(() => page.textContent('body')).toContain('사용할 수 있는 모델이 없습니다');
    await page.getByRole('link', { name: '모델 등록하러 가기' }).click();
    await page.waitForURL(/\/admin\/models/);
    mkdirSync(outputFolder, { recursive: true });
    await page.screenshot({ path: `${outputFolder}/admin-models.png`, fullPage: true });
    await context.close();
  });
});
