import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalIdentity } from '../server/src/modules/auth/index.js';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import {
  createTestPlatform,
  signInAsAdmin,
  signInThroughPortal,
  type TestPlatform,
} from '../server/src/test/test-platform.js';
import { startTestUpstream, type ChatRequest, type TestUpstream } from '../server/src/test/upstream/index.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { screenshotPath } from './support/screenshot-path.js';
import { localAdmin, signInAsLocalAdmin } from './support/local-admin.js';
import { throughPortal } from './support/through-portal.js';
import { updateGuardPolicy } from './support/update-guard-policy.js';

const maker = { employeeNumber: '20251101', name: '한회계', departmentCode: 'D100' };
const colleague = { employeeNumber: '20251102', name: '이동료', departmentCode: 'D100' };
const outsider = { employeeNumber: '20251103', name: '박복지', departmentCode: 'D200' };
const departmentAdmin = { employeeNumber: '20251104', name: '최과장', departmentCode: 'D100' };

const assistantName = '예산표 정리 도우미';
const instructions = [
  '당신은 한빛시 회계과의 예산표 정리 도우미입니다.',
  '표는 항목별로 나누고 맨 아래에 합계를 적으세요.',
].join('\n');
const editedLine = '금액은 천 원 단위로 쓰고 쉼표를 넣으세요.';
const starter = '올해 부서 예산표를 항목별로 정리해 줘';

function messageText(content: ChatRequest['messages'][number]['content']): string {
  if (content === null) return '';
  return typeof content === 'string' ? content : content.map((part) => part.text).join('\n');
}

/** The system messages the upstream was sent with chat requests. */
function systemMessages(upstream: TestUpstream): string[] {
  return upstream.requests.flatMap((request) => {
    if (request.path !== '/v1/chat/completions') return [];
    const body = request.body as ChatRequest | undefined;
    return (body?.messages ?? [])
      .filter((message) => message.role === 'system')
      .map((message) => messageText(message.content));
  });
}

/** A fresh Korean-locale context signed in through the portal (past the AI use guidelines gate). */
async function openSignedIn(
  browser: Browser,
  identity: PortalIdentity,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1360, height: 960 } });
  const page = await context.newPage();
  await throughPortal(page, identity);
  return { context, page };
}

describe.skipIf(!browserAvailable)('어시스턴트 in the browser', () => {
  // Each test walks a whole flow in the browser; in CI two test workers share two cores.
  const walkTimeoutMs = 120_000;
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;
  /** The assistant the first test makes and the second edits. */
  let assistantUrl = '';

  beforeAll(async () => {
    // A visible pace, so the answer can be seen arriving.
    upstream = await startTestUpstream({ models: ['test-chat'], chunkDelayMs: 30 });
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.org.importDepartments(
      Buffer.from('부서코드,부서명,상위부서코드\nD000,기획조정실,\nD100,회계과,D000\nD200,복지정책과,D000\n'),
    );
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

  it(
    'makes an assistant in the editor, shares it with the department, and a colleague chats with it from a starter',
    { timeout: walkTimeoutMs },
    async () => {
      // 1. The maker opens the gallery and the editor; saving the empty form names the problems in Korean.
      const { context: makerContext, page } = await openSignedIn(browser, maker);
      await page.goto(`${baseUrl}/assistants`);
      await page.getByRole('heading', { name: '어시스턴트', level: 1 }).waitFor();
      await page
        .getByRole('navigation', { name: '주 메뉴' })
        .getByRole('link', { name: '어시스턴트' })
        .waitFor();
      await page.getByRole('link', { name: '새 어시스턴트 만들기' }).click();
      await page.waitForURL(/\/assistants\/new$/);
      await page.getByRole('button', { name: '만들기', exact: true }).click();
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toContain('고쳐야 할 항목이 2개');
      expect(await page.locator('main').textContent()).toContain('입력하세요.');
      // The focus moves to the first field to fix.
      const nameBox = page.getByLabel('이름', { exact: true });
      expect(
        await page.evaluate<string | null>("document.activeElement?.getAttribute('placeholder') ?? null"),
      ).toBe(await nameBox.getAttribute('placeholder'));

      // 2. Name, icon, instructions, one starter and an optional XLSX file.
      await nameBox.fill(assistantName);
      await page.getByRole('radiogroup', { name: '추천 아이콘' }).getByText('📊', { exact: true }).click();
      expect(await page.getByRole('radio', { name: '📊' }).isChecked()).toBe(true);
      await page
        .getByLabel('설명', { exact: true })
        .fill('부서 예산표(XLSX)를 항목별로 정리하고 합계를 냅니다.');
      await page.getByLabel('분류').selectOption('data_analysis');
      await page.getByLabel('지시문', { exact: true }).fill(instructions);
      await page.getByRole('button', { name: '문구 추가' }).click();
      await page.getByRole('textbox', { name: '대화 시작 문구 1', exact: true }).fill(starter);
      await page.getByRole('button', { name: '받을 파일 추가' }).click();
      await page.getByLabel('받을 파일 1 이름표').fill('예산표');
      const formats = page.getByRole('group', { name: '받을 파일 1 형식' });
      for (const format of ['HWP', 'HWPX', 'PDF']) {
        await formats.getByLabel(format, { exact: true }).uncheck();
      }
      await formats.getByLabel('XLSX', { exact: true }).check();
      expect(await page.getByLabel('받을 파일 1 필수').isChecked()).toBe(false);
      await page.screenshot({ path: screenshotPath('assistant-editor'), fullPage: true });
      await page.getByRole('button', { name: '만들기', exact: true }).click();

      // 3. Its page: private at first, then shared with the maker's department.
      await page.waitForURL(/\/assistants\/[0-9a-f-]{36}$/);
      assistantUrl = page.url();
      await page.getByRole('heading', { name: assistantName, level: 1 }).waitFor();
      expect(await page.getByTestId('sharing-summary').textContent()).toContain('나와 편집자만');
      await page.getByRole('button', { name: '공유 설정' }).click();
      const sharing = page.getByRole('dialog', { name: '공유 설정' });
      await sharing.getByRole('radio', { name: /^부서/ }).check();
      expect(await sharing.getByRole('checkbox', { name: /^하위 부서 포함/ }).isChecked()).toBe(false);
      await sharing.getByRole('button', { name: '공유 설정 저장' }).click();
      await sharing.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('sharing-summary').textContent()).toContain('회계과 직원이');
      await page.screenshot({ path: screenshotPath('assistant-page'), fullPage: true });
      await makerContext.close();

      // 4. A colleague of the department finds it in the gallery by searching, and opens it.
      const { context: colleagueContext, page: colleaguePage } = await openSignedIn(browser, colleague);
      await colleaguePage.goto(`${baseUrl}/assistants`);
      await colleaguePage.getByLabel('검색').fill('예산표');
      await colleaguePage.waitForURL(/q=/);
      const card = colleaguePage.getByTestId('assistant-card').filter({ hasText: assistantName });
      await card.waitFor();
      expect(await card.textContent()).toContain('한회계 · 회계과');
      await colleaguePage.screenshot({ path: screenshotPath('assistant-gallery'), fullPage: true });
      await card.getByRole('link', { name: assistantName }).click();
      await colleaguePage.getByRole('heading', { name: assistantName, level: 1 }).waitFor();
      // Whoever may use it reads its instructions; sharing and editing are not theirs.
      await colleaguePage.getByTestId('assistant-instructions').locator('summary').click();
      expect(await colleaguePage.getByTestId('assistant-instructions').textContent()).toContain(
        '맨 아래에 합계를',
      );
      expect(await colleaguePage.getByRole('button', { name: '공유 설정' }).count()).toBe(0);
      expect(await colleaguePage.getByRole('link', { name: '편집' }).count()).toBe(0);
      // Rating by keyboard: the stars are a radio group; Space chooses the focused one.
      await colleaguePage.getByRole('radio', { name: '별 4개' }).focus();
      await colleaguePage.keyboard.press('Space');
      await expect
        .poll(() => colleaguePage.getByTestId('rating-stars').locator('input:checked').count())
        .toBe(1);
      await expect.poll(() => colleaguePage.locator('main').textContent()).toContain('★ 4.0 (1명)');

      // 5. 대화 시작: the assistant heads the chat, its files are asked for, its starter is offered.
      await colleaguePage.getByRole('link', { name: '대화 시작' }).click();
      await colleaguePage.waitForURL(/\/chat\?assistant=/);
      await colleaguePage.getByTestId('assistant-welcome').waitFor();
      expect(await colleaguePage.getByTestId('chat-assistant').textContent()).toContain(assistantName);
      expect(await colleaguePage.getByTestId('expected-files-notice').textContent()).toContain(
        '예산표(XLSX)',
      );
      expect(
        await colleaguePage.getByRole('button', { name: '파일 첨부' }).getAttribute('data-highlighted'),
      ).toBe('true');
      expect(await colleaguePage.getByTestId('chat-starter').textContent()).toBe(starter);
      await colleaguePage.screenshot({ path: screenshotPath('assistant-chat-empty'), fullPage: true });

      // 6. Back on its page, the starter starts the conversation and the answer streams in.
      await colleaguePage.goBack();
      await colleaguePage.getByTestId('assistant-starter').filter({ hasText: starter }).click();
      await colleaguePage.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
      const answer = colleaguePage.locator('[data-testid="message"][data-role="assistant"]').last();
      await answer.locator('[data-testid="message-content"]').waitFor();
      const samples: string[] = [];
      for (let sample = 0; sample < 600; sample += 1) {
        const status = await answer.getAttribute('data-status');
        if (status === 'complete') break;
        const text = (await answer.locator('[data-testid="message-content"]').textContent()) ?? '';
        if (status === 'streaming' && text !== '' && samples.at(-1) !== text) samples.push(text);
        await colleaguePage.waitForTimeout(15);
      }
      expect(await answer.getAttribute('data-status')).toBe('complete');
      expect(samples.length).toBeGreaterThanOrEqual(2);
      await expect.poll(() => answer.textContent()).toContain('에 대한 답변입니다');
      expect(
        await colleaguePage.locator('[data-testid="message"][data-role="user"]').last().textContent(),
      ).toContain(starter);
      expect(await colleaguePage.getByTestId('chat-assistant').textContent()).toContain(assistantName);
      // The upstream got the maker's instructions as the system message.
      expect(systemMessages(upstream).some((system) => system.includes(instructions))).toBe(true);
      // The conversation is listed with the assistant's icon.
      const conversations = colleaguePage.getByRole('navigation', { name: '대화 목록' });
      await expect
        .poll(() => conversations.getByTestId('conversation-assistant-icon').first().textContent())
        .toBe('📊');
      await colleaguePage.screenshot({ path: screenshotPath('assistant-chat'), fullPage: true });
      await colleagueContext.close();

      // 7. Someone of another department neither finds it nor opens it by its address.
      const { context: outsiderContext, page: outsiderPage } = await openSignedIn(browser, outsider);
      await outsiderPage.goto(`${baseUrl}/assistants`);
      await expect
        .poll(() =>
          outsiderPage
            .getByRole('status')
            .filter({ hasText: /어시스턴트 \d+개/ })
            .count(),
        )
        .toBe(1);
      expect(await outsiderPage.locator('main').textContent()).not.toContain(assistantName);
      await outsiderPage.goto(assistantUrl);
      await outsiderPage.getByRole('heading', { name: '어시스턴트를 찾을 수 없습니다' }).waitFor();
      expect(await outsiderPage.locator('main').textContent()).not.toContain(assistantName);
      await outsiderPage.screenshot({ path: screenshotPath('assistant-not-found'), fullPage: true });
      await outsiderContext.close();
    },
  );

  it(
    'edits the assistant into version 2, rolls back to version 1 from the version history, and publishes an example',
    { timeout: walkTimeoutMs },
    async () => {
      expect(assistantUrl).not.toBe('');
      const { context, page } = await openSignedIn(browser, maker);

      // 1. 편집: one more line of instructions, saved with a note as version 2.
      await page.goto(assistantUrl);
      await page.getByRole('heading', { name: assistantName, level: 1 }).waitFor();
      await page.getByRole('link', { name: '편집' }).click();
      await page.waitForURL(/\/edit$/);
      const instructionsBox = page.getByLabel('지시문', { exact: true });
      await expect.poll(() => instructionsBox.inputValue()).toBe(instructions);
      await instructionsBox.fill(`${instructions}\n${editedLine}`);
      await page.getByLabel('변경 메모').fill('금액 표기 규칙 추가');
      await page.getByRole('button', { name: '저장 (버전 2)' }).click();
      await page.waitForURL(/\/assistants\/[0-9a-f-]{36}$/);
      await expect.poll(() => page.getByTestId('assistant-fact').allTextContents()).toContain('2');

      // 2. 버전 기록: version 2 against version 1 shows the added line.
      await page.getByRole('link', { name: '버전 기록' }).click();
      await page.waitForURL(/\/versions$/);
      const versions = page.getByTestId('assistant-version');
      await expect.poll(() => versions.count()).toBe(2);
      const view = page.getByTestId('assistant-version-view');
      await expect.poll(() => view.textContent()).toContain('금액 표기 규칙 추가');
      const added = view.getByTestId('version-diff').locator('tr[data-kind="added"]');
      await expect.poll(() => added.count()).toBe(1);
      expect(await added.textContent()).toContain(editedLine);
      expect(await versions.first().textContent()).toContain('바뀐 항목: 지시문');

      // 3. Version 1, rolled back to after confirming: version 3 holds version 1's instructions.
      await versions.filter({ hasText: '버전 1' }).getByRole('link').click();
      await expect.poll(() => view.textContent()).toContain('처음 만든 내용입니다.');
      await page.getByRole('button', { name: '이 버전으로 되돌리기' }).click();
      const confirm = page.getByRole('dialog', { name: '버전 1의 내용으로 되돌릴까요?' });
      await confirm.getByRole('button', { name: '되돌리기' }).click();
      await confirm.waitFor({ state: 'hidden' });
      await expect
        .poll(() => page.getByRole('status').filter({ hasText: '버전 1의 내용으로' }).count())
        .toBe(1);
      await expect.poll(() => versions.count()).toBe(3);
      expect(await versions.first().getAttribute('data-kind')).toBe('rolled_back');
      expect(await versions.first().textContent()).toContain('버전 1에서 되돌림');
      await expect.poll(() => view.textContent()).toContain('버전 3');
      const removed = view.getByTestId('version-diff').locator('tr[data-kind="removed"]');
      await expect.poll(() => removed.count()).toBe(1);
      expect(await removed.textContent()).toContain(editedLine);
      await page.screenshot({ path: screenshotPath('assistant-versions'), fullPage: true });

      // 4. Its page shows version 1's instructions again.
      await page.getByRole('link', { name: '어시스턴트 페이지로' }).click();
      await page.getByTestId('assistant-instructions').locator('summary').click();
      await expect
        .poll(() => page.getByTestId('assistant-instructions').textContent())
        .toContain('맨 아래에 합계를');
      expect(await page.getByTestId('assistant-instructions').textContent()).not.toContain(editedLine);

      // 5. The maker chats from the starter on the empty chat and publishes the conversation as an example.
      await page.getByRole('link', { name: '대화 시작' }).click();
      await page.getByTestId('chat-starter').filter({ hasText: starter }).click();
      await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
      const answer = page.locator('[data-testid="message"][data-role="assistant"]').last();
      await expect.poll(() => answer.getAttribute('data-status'), { timeout: 20_000 }).toBe('complete');
      await page.getByRole('button', { name: '예시로 게시' }).click();
      const publish = page.getByRole('dialog', { name: '대화를 예시로 게시' });
      await publish.getByLabel('예시 제목').fill('예산표 정리 예시');
      await publish.getByRole('button', { name: '게시', exact: true }).click();
      await publish.getByText('대화 예시를 게시했습니다.').waitFor();
      await publish.getByRole('link', { name: '어시스턴트 페이지 보기' }).click();
      const example = page.getByTestId('assistant-example');
      await example.waitFor();
      expect(await example.textContent()).toContain('예산표 정리 예시');
      expect(await example.textContent()).toContain(starter);
      expect(await example.textContent()).toContain('에 대한 답변입니다');
      await page.screenshot({ path: screenshotPath('assistant-example'), fullPage: true });
      await context.close();
    },
  );

  it(
    'asks for a required file before the first question, and talks to the assistant in the tab-only chat',
    { timeout: walkTimeoutMs },
    async () => {
      // An assistant whose first question needs a TXT file, made through the API.
      const client = await signInThroughPortal(platform, colleague);
      const created = await platform.app.inject({
        method: 'POST',
        url: '/api/assistants',
        headers: client.headers,
        payload: {
          definition: {
            name: '민원 요약 도우미',
            icon: '📮',
            instructions: '민원 원문을 세 줄로 요약하세요. 요약 규칙 TAB-ONLY-CHECK',
            starters: ['이 민원을 요약해 줘'],
            expectedFiles: [{ label: '민원 원문', formats: ['txt'], required: true }],
          },
        },
      });
      expect(created.statusCode).toBe(201);
      const assistantId = created.json<{ id: string }>().id;
      const complaint = {
        name: '민원 원문.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('주차 단속을 늘려 주세요.'),
      };

      // 1. A starter without the file: nothing is sent, the question waits in the composer with the reason.
      const { context, page } = await openSignedIn(browser, colleague);
      await page.goto(`${baseUrl}/chat?assistant=${assistantId}&starter=0`);
      await page.getByTestId('assistant-welcome').waitFor();
      const composerAlert = page.getByTestId('composer').locator('..').getByRole('alert');
      await expect.poll(() => composerAlert.textContent()).toContain('민원 원문(TXT) 파일이 필요합니다');
      expect(await page.getByLabel('메시지 입력').inputValue()).toBe('이 민원을 요약해 줘');
      expect(await page.getByRole('button', { name: '파일 첨부' }).getAttribute('data-highlighted')).toBe(
        'true',
      );
      await page.screenshot({ path: screenshotPath('assistant-file-required'), fullPage: true });

      // 2. With the file attached the reason goes away and the question is answered.
      await page.getByTestId('attachment-input').setInputFiles(complaint);
      await expect
        .poll(() => page.getByTestId('attachment-chip').first().getAttribute('data-status'), {
          timeout: 10_000,
        })
        .toBe('ready');
      await expect.poll(() => composerAlert.count()).toBe(0);
      await page.getByRole('button', { name: '보내기' }).click();
      await page.waitForURL(/\/chat\/[0-9a-f-]{36}$/);
      const answer = page.locator('[data-testid="message"][data-role="assistant"]').last();
      await expect.poll(() => answer.getAttribute('data-status'), { timeout: 20_000 }).toBe('complete');
      await context.close();

      // 3. Where nothing is stored, the tab's conversation talks to the assistant through the ephemeral chat.
      await updateGuardPolicy(platform, { retention: 'none' });
      try {
        upstream.reset();
        const { context: tabContext, page: tab } = await openSignedIn(browser, colleague);
        await tab.goto(`${baseUrl}/chat?assistant=${assistantId}`);
        await tab.getByTestId('tab-only-banner').waitFor();
        expect(await tab.getByTestId('chat-assistant').textContent()).toContain('민원 요약 도우미');
        await tab.getByTestId('attachment-input').setInputFiles(complaint);
        await expect
          .poll(() => tab.getByTestId('attachment-chip').first().getAttribute('data-status'), {
            timeout: 10_000,
          })
          .toBe('ready');
        await tab.getByTestId('chat-starter').click();
        const answers = tab.locator('[data-testid="message"][data-role="assistant"]');
        await expect
          .poll(() => answers.last().getAttribute('data-status'), { timeout: 20_000 })
          .toBe('complete');
        expect(upstream.requests.some((request) => request.path === '/v1/chat/completions')).toBe(true);
        expect(systemMessages(upstream).some((system) => system.includes('TAB-ONLY-CHECK'))).toBe(true);
        // A later question goes to the same assistant.
        upstream.reset();
        await tab.getByLabel('메시지 입력').fill('한 줄로 다시 요약해 줘');
        await tab.getByRole('button', { name: '보내기' }).click();
        await expect.poll(() => answers.count(), { timeout: 20_000 }).toBe(2);
        await expect
          .poll(() => answers.last().getAttribute('data-status'), { timeout: 20_000 })
          .toBe('complete');
        expect(systemMessages(upstream).some((system) => system.includes('TAB-ONLY-CHECK'))).toBe(true);
        await tab.screenshot({ path: screenshotPath('assistant-tab-only'), fullPage: true });
        await tabContext.close();
      } finally {
        await updateGuardPolicy(platform, { retention: 'keep' });
      }
    },
  );

  it(
    "hands the maker's assistants to the department admin when an admin deletes the maker's account",
    { timeout: walkTimeoutMs },
    async () => {
      expect(assistantUrl).not.toBe('');
      // The HR roster makes 최과장 부서관리자 of 회계과 (everyone else stays as they are).
      await platform.auth.createLocalAdmin(localAdmin);
      const setup = await signInAsAdmin(platform, 'assistant-roster');
      const roster = await platform.app.inject({
        method: 'POST',
        url: '/api/admin/org/import/users',
        headers: { ...setup.headers, 'content-type': 'text/csv' },
        payload: Buffer.from(
          [
            '사번,이름,직급,부서코드,이메일,역할',
            ...[maker, colleague, outsider].map(
              (person) => `${person.employeeNumber},${person.name},,${person.departmentCode},,일반`,
            ),
            `${departmentAdmin.employeeNumber},${departmentAdmin.name},,${departmentAdmin.departmentCode},,부서관리자`,
          ].join('\n'),
        ),
      });
      expect(roster.statusCode, roster.body).toBe(200);

      // 관리 › 조직: the platform admin deletes 한회계's account, after confirming.
      const adminContext = await browser.newContext({
        locale: 'ko-KR',
        viewport: { width: 1360, height: 960 },
      });
      const adminPage = await adminContext.newPage();
      await signInAsLocalAdmin(adminPage, baseUrl);
      await adminPage.goto(`${baseUrl}/admin/org`);
      await adminPage.getByLabel('사용자 검색').fill(maker.name);
      const makerRow = adminPage.getByRole('row').filter({ hasText: maker.employeeNumber });
      await makerRow.getByRole('button', { name: '계정 삭제' }).click();
      const confirm = adminPage.getByRole('dialog', { name: `${maker.name} 님의 계정을 삭제할까요?` });
      await confirm.getByRole('button', { name: '계정 삭제' }).click();
      await confirm.waitFor({ state: 'hidden' });
      await expect.poll(() => makerRow.textContent()).toContain('비활성');
      await adminContext.close();

      // 최과장 now owns the assistant: it is under 내 어시스턴트 and he may edit it.
      const { context, page } = await openSignedIn(browser, departmentAdmin);
      await page.goto(`${baseUrl}/assistants?filter=mine`);
      await page
        .getByRole('link', { name: new RegExp(assistantName) })
        .first()
        .waitFor();
      await page.goto(assistantUrl);
      await page.getByRole('heading', { name: assistantName, level: 1 }).waitFor();
      await page.getByRole('link', { name: '편집' }).waitFor();
      expect(await page.locator('main').textContent()).toContain(departmentAdmin.name);
      await context.close();
    },
  );
});
