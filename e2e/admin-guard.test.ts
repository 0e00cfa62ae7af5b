import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import { createTestPlatform, type TestPlatform } from '../server/src/test/test-platform.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { localAdmin, signInAsLocalAdmin } from './support/local-admin.js';
import { screenshotPath } from './support/screenshot-path.js';

describe.skipIf(!browserAvailable)('보안 정책 in the browser', () => {
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

  it('adds a 금칙어 list, tries sentences in the test box, and blocks PII for outside models', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAsLocalAdmin(page, baseUrl);
    await page.goto(`${baseUrl}/admin/guard`);
    await expect.poll(() => page.textContent('body')).toContain('금칙어 목록이 없습니다');

    // A sentence with PII, bound for an outside model: masked under the default policy.
    await page
      .getByLabel('시험할 문장')
      .fill('민원인 연락처는 010-2345-6789이고 주민번호는 900101-1234567입니다.');
    await page.getByLabel('보낼 곳').selectOption('external');
    await page.getByRole('button', { name: '시험', exact: true }).click();
    await expect.poll(() => page.textContent('body')).toContain('[휴대전화번호_1]');
    await expect.poll(() => page.textContent('body')).toContain('[주민등록번호_1]');

    // A block list, then a sentence that hides the word with spacing.
    await page.getByRole('button', { name: '목록 만들기' }).click();
    await page.getByLabel('목록 이름').fill('보안 용어');
    await page.getByLabel('금칙어', { exact: true }).fill('대외비\n극비');
    await page.getByRole('button', { name: '만들기', exact: true }).click();
    await expect.poll(() => page.textContent('body')).toContain('보안 용어');
    await page.getByLabel('시험할 문장').fill('이 문서는 대 외 비 자료입니다.');
    await page.getByLabel('시험할 문장').press('Control+Enter');
    await expect.poll(() => page.textContent('body')).toContain("금칙어 '대외비'");

    await page.screenshot({ path: screenshotPath('admin-guard'), fullPage: true });

    // The policy change is saved and read back by the server.
    await page.getByRole('radio', { name: /차단/ }).last().check();
    await page.getByRole('button', { name: '정책 저장' }).click();
    await expect.poll(() => page.textContent('body')).toContain('저장했습니다');
    const policy = await platform.guard.getPolicy();
    expect(policy.policy.piiActionExternal).toBe('block');
    await context.close();
  });
});
