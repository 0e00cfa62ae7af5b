import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GuardPolicy } from '@jumugwan/contracts';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signPortalHeaders } from '../server/src/modules/auth/index.js';
import { systemCaller } from '../server/src/modules/guard/index.js';
import { createTestPlatform, testSsoSecret, type TestPlatform } from '../server/src/test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../server/src/test/upstream/index.js';

const chromiumPath = '/usr/bin/chromium';
const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));
const outputFolder = fileURLToPath(new URL('../test-results/e2e', import.meta.url));
const browserAvailable = existsSync(chromiumPath) && existsSync(webDist);

const staff = { employeeNumber: '20250077', name: '한보안', departmentCode: null };
const tabStaff = { employeeNumber: '20250078', name: '한탭만', departmentCode: null };

/** Answers stream for a few seconds; polls wait that long. */
function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 15_000 });
}
const phoneQuestion = '민원인 연락처 010-2345-6789로 회신 문자 초안을 써 줘';

describe.skipIf(!browserAvailable)('the guard in the chat', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    upstream = await startTestUpstream({ chunkDelayMs: 10, models: ['test-chat', 'test-external'] });
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.models.createEndpoint({
      name: '내부 LLM',
      baseUrl: upstream.url,
      modelIds: ['test-chat'],
      location: 'internal',
    });
    await platform.models.createEndpoint({
      name: '외부 LLM',
      baseUrl: upstream.url,
      modelIds: ['test-external'],
      location: 'external',
    });
    await platform.guard.createBannedWordList(systemCaller, {
      name: '보안 용어',
      action: 'block',
      enabled: true,
      words: ['기밀유출'],
    });
    await platform.app.listen({ port: 0, host: '127.0.0.1' });
    const address = platform.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('server has no address');
    baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser.close();
    await platform.dispose();
    await upstream.close();
  });

  async function setPolicy(change: Partial<GuardPolicy>): Promise<void> {
    const { policy } = await platform.guard.getPolicy();
    await platform.guard.updatePolicy(systemCaller, { ...policy, ...change });
  }

  async function openChat(identity = staff): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.route('**/*', async (route) => {
      const headers = {
        ...route.request().headers(),
        ...signPortalHeaders(testSsoSecret, identity, Math.floor(Date.now() / 1000)),
      };
      await route.continue({ headers });
    });
    await page.goto(`${baseUrl}/chat`);
    await page.getByLabel('메시지 입력').waitFor();
    return { context, page };
  }

  async function ask(page: Page, model: string, question: string): Promise<void> {
    await page.getByLabel('모델 선택').selectOption(model);
    await page.getByLabel('메시지 입력').fill(question);
    await page.getByRole('button', { name: '보내기' }).click();
  }

  function lastAnswer(page: Page) {
    return page.locator('[data-testid="message"][data-role="assistant"]').last();
  }

  it('tells that personal information was masked for an external model, and keeps a refused question', async () => {
    const { context, page } = await openChat();

    // A 금칙어 in the very first question: refused after the new conversation was created.
    const refused = '기밀유출 사례를 정리해 줘';
    await ask(page, 'test-chat', refused);
    await eventually(() => page.getByRole('alert').textContent()).toContain('금칙어');
    await eventually(() => page.getByLabel('메시지 입력').inputValue()).toBe(refused);

    await page.getByLabel('메시지 입력').fill('');
    await ask(page, 'test-external', phoneQuestion);
    const answer = lastAnswer(page);
    await eventually(() => answer.getAttribute('data-status')).toBe('complete');
    const notice = answer.locator('[data-testid="guard-notice"]');
    const masked =
      '개인정보 1건(휴대전화번호 1)을 자리표시자로 가려 외부 모델에 보냈고, 답변에서 되돌렸습니다.';
    await eventually(() => notice.textContent()).toBe(masked);
    // The model saw a placeholder; the answer shows the number again.
    expect(JSON.stringify(upstream.requests.at(-1)?.body)).not.toContain('010-2345-6789');
    await eventually(() => answer.locator('[data-testid="message-content"]').textContent()).toContain(
      '010-2345-6789',
    );

    await page.reload();
    await eventually(() => lastAnswer(page).locator('[data-testid="guard-notice"]').textContent()).toBe(
      masked,
    );
    mkdirSync(outputFolder, { recursive: true });
    await page.screenshot({ path: `${outputFolder}/chat-guard-masked.png`, fullPage: true });
    await context.close();
  });

  it('keeps an internal conversation away from external models', async () => {
    await setPolicy({ piiActionExternal: 'block' });
    const { context, page } = await openChat();
    await ask(page, 'test-chat', phoneQuestion);
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');

    const explanation = page.getByTestId('internal-only-notice');
    await eventually(() => explanation.textContent()).toBe(
      '이 대화에는 내부 자료(개인정보 등)가 있어 외부 모델을 쓸 수 없습니다.',
    );
    const disabledExternal = page.locator(
      'select[aria-label="모델 선택"] optgroup[disabled] option[value="test-external"]',
    );
    expect(await disabledExternal.count()).toBe(1);
    await page.screenshot({ path: `${outputFolder}/chat-guard-internal.png`, fullPage: true });
    await context.close();
    await setPolicy({ piiActionExternal: 'mask' });
  });

  it('keeps the conversation in the tab when the institution stores none', async () => {
    await setPolicy({ retention: 'none', piiActionExternal: 'block' });
    const { context, page } = await openChat(tabStaff);
    await eventually(() => page.getByTestId('tab-only-banner').textContent()).toContain(
      '이 기관은 대화 내용을 저장하지 않습니다.',
    );
    expect(await page.getByRole('navigation', { name: '대화 목록' }).count()).toBe(0);

    await ask(page, 'test-chat', '첫 질문입니다');
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    await ask(page, 'test-chat', '둘째 질문입니다');
    await eventually(() => page.locator('[data-testid="message"]').count()).toBe(4);
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    // The whole conversation went to the server, which stored nothing of it.
    const body = upstream.requests.at(-1)?.body;
    expect(JSON.stringify(body)).toContain('첫 질문입니다');
    const stored = await page.evaluate(async () => {
      const response = await fetch('/api/conversations');
      return ((await response.json()) as { conversations: unknown[] }).conversations.length;
    });
    expect(stored).toBe(0);

    // Personal information may not go to the external model: refused, the question stays.
    await ask(page, 'test-external', phoneQuestion);
    await eventually(() => page.getByRole('alert').textContent()).toContain('외부 모델로 보낼 수 없습니다');
    expect(await page.getByLabel('메시지 입력').inputValue()).toBe(phoneQuestion);
    // Answered by the on-prem model instead, the conversation is internal from then on.
    await page.getByLabel('모델 선택').selectOption('test-chat');
    await page.getByRole('button', { name: '보내기' }).click();
    await eventually(() => page.locator('[data-testid="message"]').count()).toBe(6);
    await eventually(() => page.getByTestId('internal-only-notice').count()).toBe(1);
    await page.screenshot({ path: `${outputFolder}/chat-guard-tab-only.png`, fullPage: true });

    await page.reload();
    await page.getByTestId('tab-only-banner').waitFor();
    expect(await page.locator('[data-testid="message"]').count()).toBe(0);
    await context.close();
    await setPolicy({ retention: 'keep', piiActionExternal: 'mask' });
  });
});
