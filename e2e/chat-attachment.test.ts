import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import { registerTestModels } from '../server/src/test/register-test-models.js';
import { createTestPlatform, type TestPlatform } from '../server/src/test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../server/src/test/upstream/index.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { openChat } from './support/open-chat.js';
import { screenshotPath } from './support/screenshot-path.js';
import { updateGuardPolicy } from './support/update-guard-policy.js';

const staff = { employeeNumber: '20250091', name: '문첨부', departmentCode: null };
const tabStaff = { employeeNumber: '20250092', name: '문탭만', departmentCode: null };
const secret = '내부검토표식QA77';
const fileText = `${secret} 2026년 예산 조정안: 시설비 10% 감액`;

function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 15_000 });
}

describe.skipIf(!browserAvailable)('chat attachments', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    upstream = await startTestUpstream({ chunkDelayMs: 10, models: ['test-chat', 'test-external'] });
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await registerTestModels(platform, upstream.url, { inside: 'test-chat', outside: 'test-external' });
    baseUrl = await listenOnFreePort(platform);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await platform.dispose();
    await upstream.close();
  });

  const modelPicker = (page: Page) => page.getByLabel('모델 선택');
  const disabledExternal = (page: Page) =>
    page.locator('select[aria-label="모델 선택"] optgroup[disabled] option[value="test-external"]');
  const lastAnswer = (page: Page) => page.locator('[data-testid="message"][data-role="assistant"]').last();

  /** Chooses the external model, attaches a .txt (marked internal by default) and checks the switch. */
  async function attachInternalFile(page: Page): Promise<void> {
    await modelPicker(page).selectOption('test-external');
    await page.getByTestId('attachment-input').setInputFiles({
      name: '예산검토.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(fileText),
    });
    const chip = page.getByTestId('attachment-chip');
    await eventually(() => chip.getAttribute('data-status')).toBe('ready');
    expect(await chip.textContent()).toContain('예산검토.txt');
    expect(await chip.textContent()).toContain(`${String(fileText.length)}자`);
    const internal = chip.getByLabel('내부 자료');
    expect(await internal.isChecked()).toBe(true);
    expect(await chip.locator('label').getAttribute('title')).toBe(
      '내부 자료로 표시하면 이 대화는 내부 모델로만 답합니다.',
    );
    // The external model gives way to the on-prem one, and the notice says why.
    await eventually(() => modelPicker(page).inputValue()).toBe('test-chat');
    expect(await disabledExternal(page).count()).toBe(1);
    await eventually(() => page.getByTestId('internal-only-notice').textContent()).toContain(
      '내부 자료로 표시한 첨부 파일',
    );
  }

  it('attaches a file marked internal: external models are disabled and the on-prem answer arrives', async () => {
    const { context, page } = await openChat(browser, baseUrl, staff);

    // Unchecking 내부 자료 gives the external model back; checking it again takes it away.
    await attachInternalFile(page);
    const internal = page.getByTestId('attachment-chip').getByLabel('내부 자료');
    await internal.uncheck();
    await eventually(() => modelPicker(page).inputValue()).toBe('test-external');
    expect(await disabledExternal(page).count()).toBe(0);
    await internal.check();
    await eventually(() => modelPicker(page).inputValue()).toBe('test-chat');
    await page.screenshot({ path: screenshotPath('chat-attachment-internal'), fullPage: true });

    await page.getByLabel('메시지 입력').fill('첨부한 조정안을 세 줄로 요약해 줘');
    await page.getByRole('button', { name: '보내기' }).click();
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    const request = upstream.requests.at(-1)?.body as { model: string; messages: { content: string }[] };
    expect(request.model).toBe('test-chat');
    expect(request.messages.at(-1)?.content).toContain(`[첨부 파일: 예산검토.txt]\n${fileText}\n[첨부 끝]`);

    // The question shows the file by name; the conversation is internal now, the chip is gone.
    const question = page.locator('[data-testid="message"][data-role="user"]').last();
    await eventually(() => question.getByTestId('message-attachment').textContent()).toContain(
      '예산검토.txt',
    );
    expect(await question.textContent()).not.toContain(secret);
    expect(await page.getByTestId('attachment-chip').count()).toBe(0);
    await eventually(() => page.getByTestId('internal-only-notice').textContent()).toBe(
      '이 대화에는 내부 자료(개인정보, 내부 첨부 파일이나 내부 지식 모음의 구절)가 있어 외부 모델을 쓸 수 없습니다.',
    );
    expect(await disabledExternal(page).count()).toBe(1);

    // A file the server cannot read shows its Korean message; a dropped file is attached too.
    await page.getByTestId('attachment-input').setInputFiles({
      name: '사진.png',
      mimeType: 'image/png',
      buffer: Buffer.from('png'),
    });
    const failed = page.locator('[data-testid="attachment-chip"][data-status="failed"]');
    await eventually(() => failed.textContent()).toContain(
      '.txt, .md, .csv, .docx, .hwp, .hwpx, .pdf, .xlsx 파일만',
    );
    await failed.getByRole('button', { name: '사진.png 첨부 빼기' }).click();
    // Evaluated in the page, where DataTransfer exists.
    const dropped = await page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['# 회의 안건\\n\\n- 예산'], '안건.md', { type: 'text/markdown' }));
      return transfer;
    })()`);
    await page.getByTestId('composer').dispatchEvent('dragover', { dataTransfer: dropped });
    await page.getByTestId('composer').dispatchEvent('drop', { dataTransfer: dropped });
    await eventually(() =>
      page.locator('[data-testid="attachment-chip"][data-status="ready"]').textContent(),
    ).toContain('안건.md');
    await page.screenshot({ path: screenshotPath('chat-attachment-answered'), fullPage: true });
    await context.close();
  });

  it('works in the tab-only chat, which becomes internal', async () => {
    await updateGuardPolicy(platform, { retention: 'none' });
    const { context, page } = await openChat(browser, baseUrl, tabStaff);
    await page.getByTestId('tab-only-banner').waitFor();
    await attachInternalFile(page);
    // A question may be only the file.
    await page.getByRole('button', { name: '보내기' }).click();
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    const request = upstream.requests.at(-1)?.body as { model: string; messages: { content: string }[] };
    expect(request.model).toBe('test-chat');
    expect(request.messages.at(-1)?.content).toBe(`[첨부 파일: 예산검토.txt]\n${fileText}\n[첨부 끝]`);

    await eventually(() => page.getByTestId('internal-only-notice').textContent()).toContain(
      '이 대화에는 내부 자료',
    );
    expect(await disabledExternal(page).count()).toBe(1);
    // The next question resends the file's text with the history.
    await page.getByLabel('메시지 입력').fill('더 짧게');
    await page.getByRole('button', { name: '보내기' }).click();
    await eventually(() => page.locator('[data-testid="message"]').count()).toBe(4);
    await eventually(() => lastAnswer(page).getAttribute('data-status')).toBe('complete');
    const next = upstream.requests.at(-1)?.body as { messages: { content: string }[] };
    expect(next.messages[0]?.content).toContain(secret);
    await context.close();
    await updateGuardPolicy(platform, { retention: 'keep' });
  });
});
