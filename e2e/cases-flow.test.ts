import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalIdentity } from '../server/src/modules/auth/index.js';
import { parseDocumentFile } from '../server/src/modules/knowledge/ingest/parsers/parse-document-file.js';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import {
  createTestPlatform,
  signInAsAdmin,
  signInThroughPortal,
  type TestPlatform,
} from '../server/src/test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../server/src/test/upstream/index.js';
import { parsedDocumentText } from './support/document-text.js';
import { focused } from './support/focused-element.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { localAdmin, signInAsLocalAdmin } from './support/local-admin.js';
import { readDownload } from './support/read-download.js';
import { screenshotPath } from './support/screenshot-path.js';
import { throughPortal } from './support/through-portal.js';

const departmentsCsv = ['부서코드,부서명,상위부서코드,구분', 'D210,정책기획과,,', 'D220,민원봉사과,,'].join(
  '\n',
);
const author = { employeeNumber: '20260301', name: '한사례', departmentCode: 'D210' };
const reviewer = { employeeNumber: '20260302', name: '정과장', departmentCode: 'D210' };
const reader = { employeeNumber: '20260303', name: '오독자', departmentCode: 'D220' };
/** The HR roster: everyone above, the reviewer as 부서관리자 of 정책기획과. */
const usersCsv = [
  '사번,이름,직급,부서코드,이메일,역할',
  `${author.employeeNumber},${author.name},,${author.departmentCode},,일반`,
  `${reviewer.employeeNumber},${reviewer.name},,${reviewer.departmentCode},,부서관리자`,
  `${reader.employeeNumber},${reader.name},,${reader.departmentCode},,일반`,
].join('\n');

const caseTitle = '민원 답변 초안 작성 시간을 절반으로 줄인 사례';
const bookTitle = '2026 정책기획과 AI 활용사례집';
const attachmentText = '사용한 프롬프트 예시: 아래 민원의 요지를 정리하고 답변 초안을 공손하게 써 줘.';
const returnNote = '소요 시간을 어떻게 쟀는지 결과에 적어 주세요.';
const comment = '저희 과 주차 민원에도 바로 써 보겠습니다.';

async function openAs(
  browser: Browser,
  identity: PortalIdentity,
  acknowledgeGuidelines = true,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'ko-KR',
    viewport: { width: 1360, height: 960 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await throughPortal(page, identity, { acknowledgeGuidelines });
  return { context, page };
}

describe.skipIf(!browserAvailable)('the use-case book and the AI use guidelines in the browser', () => {
  // Each test walks a whole flow in the browser; in CI two test workers share two cores.
  const walkTimeoutMs = 120_000;
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;
  /** The author's page stays open from the first walk to the last, where the new guidelines reach it. */
  let authorSession: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    upstream = await startTestUpstream();
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.auth.createLocalAdmin(localAdmin);
    await platform.models.createEndpoint({
      name: '내부 LLM',
      baseUrl: upstream.url,
      modelIds: ['test-chat'],
      location: 'internal',
    });
    await platform.org.importDepartments(new TextEncoder().encode(departmentsCsv));
    // Everyone arrives from the portal once (as staff); the HR roster then makes the reviewer 부서관리자.
    for (const identity of [author, reviewer, reader]) await signInThroughPortal(platform, identity);
    const setup = await signInAsAdmin(platform, 'cases-admin');
    const roster = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/org/import/users',
      headers: { ...setup.headers, 'content-type': 'text/csv' },
      payload: Buffer.from(usersCsv),
    });
    expect(roster.statusCode).toBe(200);
    baseUrl = await listenOnFreePort(platform);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await authorSession.context.close();
    await browser.close();
    await platform.dispose();
    await upstream.close();
  });

  it(
    'asks a new member of staff to acknowledge the guidelines, then takes their case with a file to review',
    async () => {
      authorSession = await openAs(browser, author, false);
      const { page } = authorSession;

      // 1. The gate: the guidelines in a dialog that Escape does not close, confirmed with 확인했습니다.
      await page.goto(`${baseUrl}/cases`);
      const gate = page.getByRole('dialog', { name: 'AI 활용 지침을 확인해 주세요' });
      await gate.waitFor();
      const gateText = (await gate.textContent()) ?? '';
      expect(gateText).toContain('생성형 AI 업무 활용 지침');
      expect(gateText).toContain('공정성');
      expect(gateText).toContain('점검 항목');
      expect(await gate.getByRole('button', { name: '닫기' }).count()).toBe(0);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(200);
      expect(await gate.isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath('guidelines-gate') });
      await gate.getByRole('button', { name: '확인했습니다' }).click();
      await gate.waitFor({ state: 'hidden' });

      // The guidelines page says which version was acknowledged, and when.
      await page.getByRole('link', { name: '도움말' }).click();
      await page.getByRole('heading', { name: '도움말', level: 1 }).waitFor();
      await page.getByRole('link', { name: '지침과 내 확인 기록 보기' }).click();
      await page.waitForURL(/\/guidelines$/);
      await expect
        .poll(() => page.getByTestId('guidelines-acknowledgement').textContent())
        .toMatch(/버전 1을\(를\) .+에 확인했습니다/u);

      // A chat answer offers the checklist before it is used: ticked for oneself, with the way to the guidelines.
      await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '대화' }).click();
      await page.getByLabel('모델 선택').selectOption('test-chat');
      await page.getByLabel('메시지 입력').fill('주차 민원 답변 초안을 써 줘');
      await page.getByRole('button', { name: '보내기' }).click();
      const answer = page.locator('[data-testid="message"][data-role="assistant"]').last();
      await expect.poll(() => answer.getAttribute('data-status'), { timeout: 20_000 }).toBe('complete');
      await answer.getByRole('button', { name: '업무에 쓰기 전 점검' }).click();
      const checklist = page.getByRole('dialog', { name: '이 답변을 업무에 쓰기 전에' });
      await checklist.waitFor();
      const boxes = checklist.getByRole('checkbox');
      expect(await boxes.count()).toBeGreaterThanOrEqual(5);
      for (const box of await boxes.all()) await box.check();
      await expect.poll(() => checklist.getByRole('status').textContent()).toBe('모든 항목을 확인했습니다.');
      await checklist.getByRole('link', { name: 'AI 활용 지침 전체 보기' }).click();
      await page.waitForURL(/\/guidelines$/);

      // 2. 사례 등록: Korean problems for empty fields, the time saved as the minutes are typed.
      await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '활용사례' }).click();
      await page.waitForURL(/\/cases$/);
      await page.getByRole('link', { name: '사례 등록' }).click();
      await page.waitForURL(/\/cases\/new$/);
      await page.getByRole('button', { name: '검토 요청' }).click();
      await expect
        .poll(() => page.getByRole('alert').first().textContent())
        .toContain('고쳐야 할 항목이 3개');
      expect(await page.locator('main').textContent()).toContain('필수 항목입니다.');
      await expect.poll(() => focused(page, "element.getAttribute('data-field')")).toBe('title');

      await page.getByLabel('제목').fill(caseTitle);
      await page.getByLabel('업무', { exact: true }).fill('주차 민원 답변서 작성');
      await page.getByLabel('분류').selectOption({ label: '문서 작성' });
      await page
        .getByLabel('사용한 프롬프트')
        .fill('아래 민원의 요지를 정리하고 답변 초안을 공손하게 써 줘.');
      await page.getByLabel('이전 (분)').fill('60');
      await page.getByLabel('이후 (분)').fill('20');
      await expect.poll(() => page.getByTestId('case-form-saved').textContent()).toBe('절감 40분 (67%)');
      await page.getByLabel('결과(효과)').fill('답변서 한 건을 쓰는 시간이 60분에서 20분으로 줄었습니다.');
      await page.locator('input[type="file"]').setInputFiles({
        name: '프롬프트 예시.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(attachmentText),
      });
      await page.getByTestId('case-pending-file').waitFor();
      await page.screenshot({ path: screenshotPath('case-form'), fullPage: true });
      await page.getByRole('button', { name: '검토 요청' }).click();

      // 3. The case page: waiting for review, with the file to download.
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: caseTitle, level: 1 }).waitFor();
      await expect.poll(() => page.getByTestId('case-status').getAttribute('data-status')).toBe('submitted');
      const attachment = page.getByTestId('case-attachment');
      expect(await attachment.textContent()).toContain('프롬프트 예시.txt');
      const download = page.waitForEvent('download');
      await attachment.click();
      const file = await readDownload(await download);
      expect(file.name).toBe('프롬프트 예시.txt');
      expect(file.bytes.toString('utf8')).toBe(attachmentText);
    },
    walkTimeoutMs,
  );

  it(
    'lets the author’s department admin ask for a change, and publish it once the author sends it again',
    async () => {
      const { context, page } = await openAs(browser, reviewer);
      await page.goto(`${baseUrl}/cases`);
      await page.getByRole('tab', { name: '검토 대기' }).click();
      await page.waitForURL(/view=review/);
      await page.getByRole('link', { name: caseTitle }).click();
      await page.getByTestId('case-review-panel').waitFor();

      // 보완 요청 needs a note; it reaches the author as written.
      await page.getByRole('button', { name: '보완 요청' }).click();
      const dialog = page.getByRole('dialog', { name: '보완 요청' });
      await dialog.getByRole('button', { name: '보완 요청 보내기' }).click();
      await expect.poll(() => dialog.textContent()).toContain('보완할 점을 적어 주세요.');
      await dialog.getByLabel('보완할 점').fill(returnNote);
      await dialog.getByRole('button', { name: '보완 요청 보내기' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => page.getByTestId('case-status').getAttribute('data-status')).toBe('returned');

      // The author sees the note under 내 사례 and sends the case again.
      const author = authorSession.page;
      await author.goto(`${baseUrl}/cases?view=mine`);
      await expect.poll(() => author.getByTestId('case-card').first().textContent()).toContain('보완 요청');
      await author.getByRole('link', { name: caseTitle }).click();
      await expect.poll(() => author.getByTestId('case-review-note').textContent()).toBe(returnNote);
      await author.getByRole('button', { name: '검토 요청' }).click();
      await expect
        .poll(() => author.getByTestId('case-status').getAttribute('data-status'))
        .toBe('submitted');

      await page.reload();
      await page.getByRole('button', { name: '게시', exact: true }).click();
      await expect.poll(() => page.getByTestId('case-status').getAttribute('data-status')).toBe('published');
      expect(await page.getByTestId('case-review-panel').count()).toBe(0);
      await context.close();
    },
    walkTimeoutMs,
  );

  it(
    'lets a colleague in another department find it by search and department, like it and comment',
    async () => {
      const { context, page } = await openAs(browser, reader);
      await page.goto(`${baseUrl}/cases`);
      await page.getByLabel('사례 검색').fill('민원 답변');
      await page.waitForURL(/q=/);
      await page.getByLabel('부서').selectOption({ label: '정책기획과' });
      await page.waitForURL(/departmentId=/);
      await expect.poll(() => page.getByTestId('case-total').textContent()).toBe('사례 1건');
      await page.screenshot({ path: screenshotPath('cases-list'), fullPage: true });
      const card = page.getByTestId('case-card');
      expect(await card.textContent()).toContain('60분 → 20분');
      expect(await card.textContent()).toContain('절감 40분 (67%)');
      // A search that matches nothing says so.
      await page.getByLabel('사례 검색').fill('존재하지 않는 사례 제목');
      await expect.poll(() => page.getByTestId('case-total').textContent()).toBe('사례 0건');
      await page.getByLabel('사례 검색').fill('민원 답변');
      await page.getByRole('link', { name: caseTitle }).click();

      const like = page.getByRole('button', { name: /^좋아요/u });
      expect(await like.getAttribute('aria-pressed')).toBe('false');
      await like.click();
      await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => page.getByTestId('case-likes').textContent()).toBe('1');

      await page.getByLabel('댓글 쓰기').fill(comment);
      await page.getByRole('button', { name: '댓글 등록' }).click();
      await expect.poll(() => page.getByTestId('case-comment').first().textContent()).toContain(comment);
      await page.reload();
      await expect.poll(() => like.getAttribute('aria-pressed')).toBe('true');
      expect(await page.getByTestId('case-comment').first().textContent()).toContain(reader.name);
      await page.screenshot({ path: screenshotPath('case-page'), fullPage: true });

      // Sorted by likes, it is the help page's most liked case too.
      await page.goto(`${baseUrl}/help`);
      await expect.poll(() => page.getByTestId('popular-case').first().textContent()).toContain(caseTitle);
      await page.screenshot({ path: screenshotPath('help'), fullPage: true });
      await context.close();
    },
    walkTimeoutMs,
  );

  it(
    'exports the case book as DOCX and HWPX for a platform admin, each naming the case',
    async () => {
      const context = await browser.newContext({
        locale: 'ko-KR',
        viewport: { width: 1360, height: 960 },
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await signInAsLocalAdmin(page, baseUrl);
      await page.getByRole('button', { name: '관리' }).click();
      await page.getByRole('link', { name: '활용사례집' }).click();
      await page.waitForURL(/\/admin\/cases$/);
      await page.getByTestId('admin-case').first().waitFor();
      await page.getByLabel('문서 작성 전체 (1건)').check();
      await expect.poll(() => page.getByTestId('admin-cases-selected').textContent()).toBe('1건 중 1건 선택');
      await page.getByLabel('사례집 제목').fill(bookTitle);
      await page.screenshot({ path: screenshotPath('admin-cases'), fullPage: true });

      for (const format of ['DOCX', 'HWPX'] as const) {
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: `${format}로 내보내기` }).click();
        const file = await readDownload(await download);
        expect(file.name.toLowerCase().endsWith(`.${format.toLowerCase()}`)).toBe(true);
        const parsed = await parseDocumentFile(file.name, new Uint8Array(file.bytes));
        const text = `${parsed.title ?? ''}\n${parsedDocumentText(parsed)}`;
        expect(text, format).toContain(caseTitle);
        expect(text, format).toContain(bookTitle);
        await expect.poll(() => page.locator('main').textContent()).toContain('내려받았습니다');
      }
      await context.close();
    },
    walkTimeoutMs,
  );

  it(
    'asks everyone again once a platform admin publishes a new version of the guidelines',
    async () => {
      const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1360, height: 960 } });
      const page = await context.newPage();
      await signInAsLocalAdmin(page, baseUrl);
      await page.goto(`${baseUrl}/admin/guidelines`);
      await page.getByRole('heading', { name: 'AI 활용 지침 관리', level: 1 }).waitFor();
      await expect.poll(() => page.getByTestId('guidelines-stats').textContent()).toContain('버전 1');

      // A new checklist item, moved to the top by keyboard; focus stays on the moved item's button.
      await page.getByRole('button', { name: '점검 항목 추가' }).click();
      const items = page.getByTestId('guideline-checklist-item');
      const count = await items.count();
      await items.last().getByRole('textbox').fill('민원인에게 보내기 전에 담당 팀장이 검토했습니다.');
      for (let step = 0; step < count - 1; step += 1) {
        await page.getByRole('button', { name: `점검 항목 ${count - step} 위로`, exact: true }).click();
      }
      await expect
        .poll(() => items.first().getByRole('textbox').inputValue())
        .toBe('민원인에게 보내기 전에 담당 팀장이 검토했습니다.');
      await expect.poll(() => focused(page, "element.getAttribute('aria-label')")).toBe('점검 항목 1 아래로');

      await page.screenshot({ path: screenshotPath('admin-guidelines'), fullPage: true });
      await page.getByRole('button', { name: '버전 2 게시' }).click();
      const confirm = page.getByRole('dialog', { name: '버전 2을(를) 게시할까요?' });
      expect(await confirm.textContent()).toContain('모든 직원이 다시 확인해야 합니다');
      await confirm.getByRole('button', { name: '게시', exact: true }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('버전 2을(를) 게시했습니다');
      await context.close();

      // The author, still on the site, is asked again, told what changed.
      const { page: author } = authorSession;
      await author.goto(`${baseUrl}/cases`);
      const gate = author.getByRole('dialog', { name: 'AI 활용 지침이 바뀌었습니다' });
      await gate.waitFor();
      expect(await gate.textContent()).toContain('버전 2');
      expect(await gate.textContent()).toContain('민원인에게 보내기 전에 담당 팀장이 검토했습니다.');
      await gate.getByRole('button', { name: '확인했습니다' }).click();
      await gate.waitFor({ state: 'hidden' });
      await author.goto(`${baseUrl}/guidelines`);
      await expect
        .poll(() => author.getByTestId('guidelines-acknowledgement').textContent())
        .toMatch(/버전 2을\(를\)/u);
    },
    walkTimeoutMs,
  );
});
