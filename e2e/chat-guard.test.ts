import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../server/src/modules/guard/index.js';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import { registerTestModels } from '../server/src/test/register-test-models.js';
import { createTestPlatform, type TestPlatform } from '../server/src/test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../server/src/test/upstream/index.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { openChat } from './support/open-chat.js';
import { screenshotPath } from './support/screenshot-path.js';
import { updateGuardPolicy } from './support/update-guard-policy.js';

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
    await registerTestModels(platform, upstream.url, { inside: 'test-chat', outside: 'test-external' });
    await platform.guard.createBannedWordList(systemCaller, {
      name: '보안 용어',
      action: 'block',
      enabled: true,
      words: ['기밀유출'],
    });
    baseUrl = await listenOnFreePort(platform);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await platform.dispose();
    await upstream.close();
  });

  async function ask(page: Page, model: string, question: string): Promise<void> {
    await page.getByLabel('모델 선택').selectOption(model);
    await page.getByLabel('메시지 입력').fill(question);
    await page.getByRole('button', { name: '보내기' }).click();
  }

  function lastAnswer(page: Page) {
    return page.locator('[data-testid="message"][data-role="assistant"]').last();
  }

  it('tells that personal information was masked for an external model, and keeps a refused question', async () => {
    const { context, page } = await openChat(browser, baseUrl, staff);

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
    await page.screenshot({ path: screenshotPath('chat-guard-masked'), fullPage: true });
    await context.close();
  });

  it('keeps an internal conversation away from external models', async () => {
    await updateGuardPolicy(platform, { piiActionExternal: 'block' });
    const { context, page } = await openChat(browser, baseUrl, staff);
    await ask(page, 'test-chat', phoneQuestion);
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');

    const explanation = page.getByTestId('internal-only-notice');
    await eventually(() => explanation.textContent()).toBe(
      '이 대화에는 내부 자료(개인정보, 내부 첨부 파일이나 내부 지식 모음의 구절)가 있어 외부 모델을 쓸 수 없습니다.',
    );
    const disabledExternal = page.locator(
      'select[aria-label="모델 선택"] optgroup[disabled] option[value="test-external"]',
    );
    expect(await disabledExternal.count()).toBe(1);
    await page.screenshot({ path: screenshotPath('chat-guard-internal'), fullPage: true });
    await context.close();
    await updateGuardPolicy(platform, { piiActionExternal: 'mask' });
  });

  it('keeps the conversation in the tab when the institution stores none', async () => {
    await updateGuardPolicy(platform, { retention: 'none', piiActionExternal: 'block' });
    const { context, page } = await openChat(browser, baseUrl, tabStaff);
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
    await page.screenshot({ path: screenshotPath('chat-guard-tab-only'), fullPage: true });

    await page.reload();
    await page.getByTestId('tab-only-banner').waitFor();
    expect(await page.locator('[data-testid="message"]').count()).toBe(0);
    await context.close();
    await updateGuardPolicy(platform, { retention: 'keep', piiActionExternal: 'mask' });
  });
});
