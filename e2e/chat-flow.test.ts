import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPortalHeaders } from '../server/src/modules/auth/index.js';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import { createTestPlatform, type TestPlatform } from '../server/src/test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../server/src/test/upstream/index.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { openChat } from './support/open-chat.js';
import { screenshotPath } from './support/screenshot-path.js';

const staff = { employeeNumber: '20250042', name: '정주무관', departmentCode: null };

describe.skipIf(!browserAvailable)('chat in the browser', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    // A visible pace, so the test can see the answer grow token by token.
    upstream = await startTestUpstream({ chunkDelayMs: 40 });
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.models.createEndpoint({
      name: '내부 LLM',
      baseUrl: upstream.url,
      modelIds: ['test-chat'],
      location: 'internal',
    });
    baseUrl = await listenOnFreePort(platform);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await platform.dispose();
    await upstream.close();
  });

  it('signs in from the portal, streams a Korean answer token by token, and keeps it after a reload', async () => {
    const { context, page } = await openChat(browser, baseUrl, staff);

    const picker = page.getByLabel('모델 선택');
    await picker.selectOption('test-chat');
    const question = '2026년 시민참여예산 설명회 보도자료 초안을 써 줘';
    await page.getByLabel('메시지 입력').fill(question);
    await page.getByRole('button', { name: '보내기' }).click();

    const answer = page.locator('[data-testid="message"][data-role="assistant"]').last();
    await answer.locator('[data-testid="message-content"]').first().waitFor();
    // Sample the answer while it streams: it must show several partial states before it completes.
    // (Lengths need not only grow: a markdown table collapses its pipes once its rows arrive.)
    const streamingSamples: string[] = [];
    for (let sample = 0; sample < 600; sample += 1) {
      const status = await answer.getAttribute('data-status');
      if (status === 'complete') break;
      const text = (await answer.locator('[data-testid="message-content"]').textContent()) ?? '';
      if (status === 'streaming' && text !== '' && streamingSamples.at(-1) !== text)
        streamingSamples.push(text);
      await page.waitForTimeout(15);
    }
    expect(await answer.getAttribute('data-status')).toBe('complete');
    const finalText = (await answer.locator('[data-testid="message-content"]').textContent()) ?? '';
    expect(streamingSamples.length).toBeGreaterThanOrEqual(4);
    expect(streamingSamples[0]?.length ?? 0).toBeLessThan(finalText.length / 2);
    expect(finalText.startsWith(streamingSamples[0] ?? '?')).toBe(true);
    await expect.poll(() => answer.textContent()).toContain('에 대한 답변입니다');

    await page.screenshot({ path: screenshotPath('chat'), fullPage: true });

    await page.reload();
    const conversations = page.getByRole('navigation', { name: '대화 목록' });
    await expect.poll(() => conversations.textContent()).toContain(question.slice(0, 20));
    const reloaded = page.locator('[data-testid="message"][data-role="assistant"]').last();
    await expect.poll(() => reloaded.textContent()).toContain('에 대한 답변입니다');
    await expect
      .poll(() => page.locator('[data-testid="message"][data-role="user"]').last().textContent())
      .toContain(question);
    await page.screenshot({ path: screenshotPath('chat-after-reload'), fullPage: true });
    await context.close();
  });

  it('refuses a browser that arrives without valid portal headers', async () => {
    const context = await browser.newContext({
      extraHTTPHeaders: signPortalHeaders(
        'wrong-secret-wrong-secret-wrong-secret',
        staff,
        Math.floor(Date.now() / 1000),
      ),
    });
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/chat`);
    expect(response?.status()).toBe(401);
    expect(await page.textContent('body')).toContain('포털 인증 서명이 올바르지 않습니다');
    await context.close();
  });
});
