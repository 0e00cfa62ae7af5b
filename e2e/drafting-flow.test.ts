import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalIdentity } from '../server/src/modules/auth/index.js';
import { parseDocumentFile } from '../server/src/modules/knowledge/ingest/parsers/parse-document-file.js';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import { createTestPlatform, type TestPlatform } from '../server/src/test/test-platform.js';
import { startTestUpstream, type ChatRequest, type TestUpstream } from '../server/src/test/upstream/index.js';
import { parsedDocumentText } from './support/document-text.js';
import { focused } from './support/focused-element.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { readDownload } from './support/read-download.js';
import { screenshotPath } from './support/screenshot-path.js';
import { localAdmin, signInAsLocalAdmin } from './support/local-admin.js';
import { throughPortal } from './support/through-portal.js';
import { updateGuardPolicy } from './support/update-guard-policy.js';

const writer = { employeeNumber: '20250901', name: '문서연', departmentCode: null };
const unstoredWriter = { employeeNumber: '20250902', name: '임시보', departmentCode: null };
const complaintWriter = { employeeNumber: '20250903', name: '민원답', departmentCode: null };
const draftTitle = '한빛시, 전 직원에 생성형 AI 주무관 도입';
const referenceNote = '도입 계획 메모: 1단계는 본청 12개 부서, 2단계는 사업소로 넓힌다.';

function messageText(content: ChatRequest['messages'][number]['content']): string {
  if (content === null) return '';
  return typeof content === 'string' ? content : content.map((part) => part.text).join('\n');
}

/** The `- ` lines under a label of the prompt's [입력 항목] (a multi-line field). */
function listedLines(prompt: string, label: string): string[] {
  const start = prompt.indexOf(`${label}:\n`);
  if (start === -1) return [];
  const lines: string[] = [];
  for (const line of prompt.slice(start + label.length + 2).split('\n')) {
    if (!line.startsWith('- ')) break;
    lines.push(line.slice(2));
  }
  return lines;
}

/**
 * The model as the drafting prompt asks it to behave for a 보도자료: □ paragraphs from the key facts in
 * 기사체, details indented by two spaces with ○, the quote last. A revision keeps only the lead paragraph.
 */
/** A 민원 답변서 body citing one provided article and one that was not provided. */
const complaintReply = [
  '1. 민원 요지',
  '  귀하께서는 거주자 우선주차 구역의 불법 주차 단속과 견인을 요청하셨습니다.',
  '2. 검토 의견',
  '  가. 「도로교통법」 제35조제2항에 따라 운전자가 없을 때에는 차를 이동하게 할 수 있습니다.',
  '  나. 「주차장법」 제99조에 따라 과태료를 부과합니다.',
  '3. 결론',
  '  야간 단속을 주 2회로 늘리겠습니다.',
].join('\n');

function pressReleaseReply(request: ChatRequest): string {
  const prompt = messageText(request.messages.at(-1)?.content ?? null);
  if (prompt.includes('[제공된 법령 조문]')) return complaintReply;
  if (prompt.includes('[수정 요청]')) {
    const current = /\[현재 본문\]\n([\s\S]*?)\n\n\[수정 요청\]/.exec(prompt)?.[1] ?? '';
    return current.split('\n').slice(0, 2).join('\n');
  }
  const facts = listedLines(prompt, '핵심 사실');
  const quote = /인용\(관계자 말\): (.+)/.exec(prompt)?.[1] ?? '';
  const person = /인용 발언자: (.+)/.exec(prompt)?.[1] ?? '관계자';
  const [lead = '', ...details] = facts;
  return [
    `□ ${lead}고 밝혔다.`,
    ...details.map((fact) => `  ○ ${fact}.`),
    '□ 한빛시는 부서별 활용 교육을 거쳐 대상을 넓혀 갈 계획이다.',
    `□ ${person}은 "${quote}"라고 말했다.`,
  ].join('\n');
}

async function openSignedIn(
  browser: Browser,
  identity: PortalIdentity,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'ko-KR',
    viewport: { width: 1360, height: 960 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await throughPortal(page, identity);
  return { context, page };
}

describe.skipIf(!browserAvailable)('문서 작성 in the browser', () => {
  // Each test walks a whole flow in the browser; in CI two test workers share two cores.
  const walkTimeoutMs = 120_000;
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    // A visible pace, so the body can be seen arriving while the model writes.
    upstream = await startTestUpstream({ models: ['test-chat'], reply: pressReleaseReply, chunkDelayMs: 25 });
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.auth.createLocalAdmin(localAdmin);
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
    'writes a 보도자료 with AI, fixes a notation finding, saves by keyboard and exports HWPX and DOCX',
    async () => {
      const { context, page } = await openSignedIn(browser, writer);

      // 1. The AI-use notice comes first; its confirm button has focus, so Enter confirms it.
      await page.goto(`${baseUrl}/drafting`);
      const notice = page.getByRole('dialog', { name: '생성형 AI 활용 안내' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain('인공지능 발전과 신뢰 기반 조성 등에 관한 기본법');
      expect(await notice.textContent()).toContain('작성자가 내용을 확인하고');
      await expect.poll(() => focused(page, 'element.textContent')).toBe('확인했습니다');
      await page.keyboard.press('Enter');
      await notice.waitFor({ state: 'hidden' });

      // 2. The gallery, narrowed by the search box, and the template opened from its card by keyboard.
      await page.getByRole('heading', { name: '서식 고르기' }).waitFor();
      await page.screenshot({ path: screenshotPath('drafting-gallery'), fullPage: true });
      await page.getByLabel('서식 검색').fill('보도');
      const card = page.getByRole('link', { name: '보도자료', exact: true });
      await card.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/drafting\/new\/press-release$/);
      await page.getByRole('heading', { name: '보도자료', level: 1 }).waitFor();

      // 3. The form: required fields are named in Korean, 예시로 채우기 fills the rest, the title is changed.
      await page.getByRole('button', { name: '초안 만들기' }).click();
      await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('고쳐야 할 항목이');
      expect(await page.locator('main').textContent()).toContain('필수 항목입니다.');
      await expect.poll(() => focused(page, "element.getAttribute('data-field')")).toBe('title');
      await page.getByRole('button', { name: '예시로 채우기' }).click();
      await page.getByLabel(/^제목/).fill(draftTitle);
      expect(await page.getByLabel(/^핵심 사실/).inputValue()).toContain('전 직원에게 제공한다');
      // A reference file is read for its text as soon as it is chosen; the model gets that text.
      await page.locator('input[type="file"]').setInputFiles({
        name: '도입 계획 메모.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from(referenceNote),
      });
      await expect
        .poll(() => page.getByTestId('reference-file').getAttribute('data-status'), { timeout: 10_000 })
        .toBe('ready');
      await page.getByLabel('모델 선택').selectOption('test-chat');
      await page.screenshot({ path: screenshotPath('drafting-form'), fullPage: true });

      // 4. AI로 작성: the draft opens in the editor and the body arrives while the elapsed time counts.
      await page.getByRole('button', { name: 'AI로 작성' }).click();
      await page.waitForURL(/\/drafting\/[0-9a-f-]{36}$/);
      const stream = page.getByTestId('draft-stream');
      await stream.waitFor();
      // Sampled while it streams: partial bodies, the 중지 button and the seconds passed.
      const samples: string[] = [];
      let stopSeen = false;
      let elapsedSeen = false;
      for (let sample = 0; sample < 400 && (await stream.isVisible()); sample += 1) {
        const text = (await stream.textContent().catch(() => '')) ?? '';
        if (text !== '' && samples.at(-1) !== text) samples.push(text);
        stopSeen ||= await page.getByRole('button', { name: '중지' }).isVisible();
        elapsedSeen ||= /\d+초 경과/u.test((await page.locator('main').textContent()) ?? '');
        await page.waitForTimeout(20);
      }
      expect(stopSeen).toBe(true);
      expect(elapsedSeen).toBe(true);
      expect(samples.length).toBeGreaterThanOrEqual(3);
      const status = page.getByTestId('editor-status');
      await expect
        .poll(() => status.textContent(), { timeout: 20_000 })
        .toContain('AI가 초안을 다 썼습니다 (버전 2)');
      const body = page.getByLabel('본문', { exact: true });
      const written = await body.inputValue();
      expect(written).toMatch(/^□ .*전 직원에게 제공한다고 밝혔다\./u);
      expect(written).toContain('\n  ○ ');
      expect(await page.getByLabel('제목', { exact: true }).inputValue()).toBe(draftTitle);
      expect(
        upstream.requests.some(
          (request) =>
            request.path === '/v1/chat/completions' && request.rawBody.includes(referenceNote.slice(0, 20)),
        ),
      ).toBe(true);
      const versions = page.getByTestId('draft-version');
      await expect.poll(() => versions.count()).toBe(2);
      expect(await versions.first().getAttribute('data-source')).toBe('generated');
      expect(await page.getByTestId('save-state').textContent()).toBe('저장됨 · 버전 2');
      await page.screenshot({ path: screenshotPath('drafting-written'), fullPage: true });

      // 5. A line with a notation problem is typed at the end; its finding's 고치기 (by keyboard) fixes the text.
      await body.focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type(lintProblem.typed);
      const finding = page.getByTestId('lint-finding').filter({ hasText: lintProblem.message });
      await finding.waitFor({ timeout: 10_000 });
      await finding.getByRole('button', { name: /고치기/ }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => body.inputValue()).toContain(lintProblem.fixed);
      expect(await body.inputValue()).not.toContain(lintProblem.typed);
      expect(await page.getByTestId('save-state').textContent()).toBe('저장하지 않은 변경 사항');

      // 6. By keyboard in the body: Tab indents by two spaces, Shift+Tab takes them back, Esc then Tab leaves.
      await body.focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Home');
      const beforeTab = await body.inputValue();
      await page.keyboard.press('Tab');
      expect(await body.inputValue()).toBe(indentLastLine(beforeTab));
      expect(await focused(page, 'element.tagName')).toBe('TEXTAREA');
      await page.keyboard.press('Shift+Tab');
      expect(await body.inputValue()).toBe(beforeTab);
      // Ctrl+S saves from the body as a new version.
      await page.keyboard.press('Control+s');
      await expect.poll(() => page.getByTestId('save-state').textContent()).toBe('저장됨 · 버전 3');
      await expect.poll(() => versions.count()).toBe(3);
      expect(await versions.first().getAttribute('data-source')).toBe('edited');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      expect(await focused(page, 'element.tagName')).not.toBe('TEXTAREA');

      // 7. 비교: version 1 (the skeleton) against the text now, as a line diff; Esc closes it.
      await page.getByRole('button', { name: '버전 1 내용을 지금 내용과 비교' }).click();
      const compare = page.getByRole('dialog', { name: '버전 비교' });
      await compare.waitFor();
      const diff = compare.getByTestId('version-diff');
      await expect.poll(() => diff.locator('tr[data-kind="added"]').count()).toBeGreaterThan(0);
      expect(await diff.locator('tr[data-kind="removed"]').count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await compare.waitFor({ state: 'hidden' });

      // 8. HWPX and DOCX downloads under the draft's Korean name, both readable with the title and the body.
      const savedBody = await body.inputValue();
      const lead = savedBody.split('\n')[0]?.replace(/^□\s*/u, '').slice(0, 30) ?? '';
      for (const format of ['HWPX', 'DOCX'] as const) {
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: format, exact: true }).click();
        const file = await readDownload(await download);
        expect(file.name.toLowerCase().endsWith(`.${format.toLowerCase()}`)).toBe(true);
        expect(file.name).toContain('한빛시');
        const parsed = await parseDocumentFile(file.name, new Uint8Array(file.bytes));
        const text = parsedDocumentText(parsed);
        expect(`${parsed.title ?? ''}\n${text}`).toContain(draftTitle);
        expect(text).toContain(lead);
        expect(text).toContain(lintProblem.fixed);
      }
      // 인쇄용 HTML opens in a new tab, with scripts forbidden there.
      const printTab = context.waitForEvent('page');
      await page.getByRole('button', { name: '인쇄용 HTML을 새 탭에서 열기' }).click();
      const print = await printTab;
      await expect.poll(() => print.url()).toMatch(/^blob:/);
      await expect.poll(() => print.textContent('body')).toContain(draftTitle);
      expect(
        await print.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
      ).toContain("script-src 'none'");
      await print.close();
      await page.screenshot({ path: screenshotPath('drafting-editor'), fullPage: true });

      // 9. 내 초안 lists the draft with its template.
      await page.getByRole('link', { name: '문서 작성으로' }).click();
      const mine = page.getByTestId('my-draft').filter({ hasText: draftTitle });
      await mine.waitFor();
      expect(await mine.textContent()).toContain('보도자료');
      expect(await page.getByRole('dialog', { name: '생성형 AI 활용 안내' }).isVisible()).toBe(false);
      await context.close();
    },
    walkTimeoutMs,
  );

  it(
    'keeps drafts on the page only when retention forbids storage, revises with a chip and exports',
    async () => {
      await updateGuardPolicy(platform, { retention: 'none' });
      const { context, page } = await openSignedIn(browser, unstoredWriter);
      try {
        await page.goto(`${baseUrl}/drafting`);
        await page
          .getByRole('dialog', { name: '생성형 AI 활용 안내' })
          .getByRole('button', { name: '확인했습니다' })
          .click();
        await expect
          .poll(() => page.locator('main').textContent())
          .toContain('보관 정책에 따라 초안은 이 화면에만 남습니다');
        expect(await page.getByRole('heading', { name: '내 초안' }).count()).toBe(0);

        await page.getByRole('link', { name: '보도자료', exact: true }).click();
        await page.getByRole('button', { name: '예시로 채우기' }).click();
        await page.getByLabel('모델 선택').selectOption('test-chat');
        await page.getByRole('button', { name: 'AI로 작성' }).click();
        // The editor opens in place, over versions kept in the page.
        const status = page.getByTestId('editor-status');
        await expect
          .poll(() => status.textContent(), { timeout: 20_000 })
          .toContain('AI가 초안을 다 썼습니다 (버전 2)');
        expect(page.url()).toMatch(/\/drafting\/new\/press-release$/);
        expect(await page.locator('main').textContent()).toContain('이 화면에만 보관');
        const body = page.getByLabel('본문', { exact: true });
        expect((await body.inputValue()).split('\n').length).toBeGreaterThan(2);

        // A quick revision chip: the model gets the text on screen and its answer becomes version 3.
        await page.getByRole('button', { name: '더 간결하게' }).click();
        await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('(버전 3)');
        const versions = page.getByTestId('draft-version');
        expect(await versions.first().getAttribute('data-source')).toBe('revised');
        expect(await versions.first().textContent()).toContain('“더 간결하게”');
        const revised = await body.inputValue();
        expect(revised.split('\n').length).toBeLessThanOrEqual(3);

        // Export works without storage: the server renders the text sent to it.
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: 'DOCX', exact: true }).click();
        const file = await readDownload(await download);
        const parsed = await parseDocumentFile(file.name, new Uint8Array(file.bytes));
        expect(parsedDocumentText(parsed)).toContain(
          revised.split('\n')[0]?.replace(/^□\s*/u, '').slice(0, 20) ?? '?',
        );

        // Leaving asks first, since the draft would be gone; Esc stays.
        await page.getByRole('link', { name: '문서 작성으로' }).click();
        const leave = page.getByRole('dialog', { name: '이 화면을 떠날까요?' });
        await leave.waitFor();
        expect(await leave.textContent()).toContain('떠나면 초안이 사라집니다');
        await page.keyboard.press('Escape');
        await leave.waitFor({ state: 'hidden' });
        expect(page.url()).toMatch(/\/drafting\/new\/press-release$/);
        await page.getByRole('link', { name: '문서 작성으로' }).click();
        await page
          .getByRole('dialog', { name: '이 화면을 떠날까요?' })
          .getByRole('button', { name: '떠나기' })
          .click();
        await page.waitForURL(/\/drafting$/);
      } finally {
        await updateGuardPolicy(platform, { retention: 'keep' });
        await context.close();
      }
    },
    walkTimeoutMs,
  );

  it(
    'lets a platform admin copy a built-in template, fix its JSON with Korean messages, preview and save versions',
    async () => {
      const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1360, height: 960 } });
      const page = await context.newPage();
      await signInAsLocalAdmin(page, baseUrl);

      // From the 관리 menu to the templates, then 복사해서 편집 on the built-in 보도자료.
      await page.getByRole('button', { name: '관리' }).click();
      await page.getByRole('link', { name: '문서 작성 템플릿' }).click();
      await page.getByRole('heading', { name: '문서 작성 템플릿', level: 1 }).waitFor();
      await page.getByRole('link', { name: '보도자료 복사해서 편집' }).click();
      await page.waitForURL(/\/admin\/drafting-templates\/new\?from=press-release$/);
      const json = page.getByLabel('템플릿 JSON');
      await expect.poll(() => json.inputValue()).toContain('"id": "press-release-copy"');
      await expect.poll(() => page.locator('main').textContent()).toContain('형식에 맞습니다.');

      // The preview is the server's print view of the examples, in a sandboxed frame.
      const preview = page.frameLocator('[data-testid="template-preview"]');
      await expect
        .poll(() => preview.locator('body').textContent(), { timeout: 10_000 })
        .toContain('생성형 AI');
      expect(await page.getByTestId('template-preview').getAttribute('sandbox')).toBe('');

      // A wrong layout is named with its path, in Korean; putting it back clears it.
      const original = await json.inputValue();
      await json.fill(original.replace('"layout": "press"', '"layout": "poster"'));
      const issues = page.getByTestId('template-issues');
      await expect.poll(() => issues.textContent()).toContain('layout');
      expect(await issues.textContent()).toContain('다음 중 하나여야 합니다');
      await json.fill(original.replace('"name": "보도자료 (사본)"', '"name": "우리 시 보도자료"'));
      await expect.poll(() => page.getByTestId('template-issues').count()).toBe(0);

      await page.getByRole('button', { name: '템플릿 만들기' }).click();
      await page.waitForURL(/\/admin\/drafting-templates\/press-release-copy\/edit/);
      await expect.poll(() => page.locator('main').textContent()).toContain('저장했습니다 (버전 1)');

      // A change saved again is version 2; version 1 stays in the list and can be loaded back.
      const edited = page.getByLabel('템플릿 JSON');
      await edited.fill(
        (await edited.inputValue()).replace('"category": "홍보"', '"category": "우리 시 홍보"'),
      );
      await page.getByRole('button', { name: '새 버전으로 저장' }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('저장했습니다 (버전 2)');
      await page.getByRole('button', { name: '버전 1 불러오기' }).click();
      await expect.poll(() => page.getByLabel('템플릿 JSON').inputValue()).toContain('"category": "홍보"');
      expect(await page.getByRole('button', { name: '새 버전으로 저장' }).isEnabled()).toBe(true);
      await page.screenshot({ path: screenshotPath('drafting-template-editor'), fullPage: true });

      // The gallery offers the institution template under its category.
      await page.goto(`${baseUrl}/admin/drafting-templates`);
      const row = page.getByTestId('admin-template').filter({ hasText: 'press-release-copy' });
      expect(await row.textContent()).toContain('기관 서식');

      // The disclosure setting is saved and read back.
      await page.getByLabel('표시 문구').fill('이 문서는 AI 주무관의 도움을 받아 작성했습니다.');
      await page.getByRole('button', { name: '저장', exact: true }).click();
      await expect.poll(() => page.locator('main').textContent()).toContain('저장했습니다.');
      await page.reload();
      await expect
        .poll(() => page.getByLabel('표시 문구').inputValue())
        .toBe('이 문서는 AI 주무관의 도움을 받아 작성했습니다.');
      await context.close();
    },
    walkTimeoutMs,
  );

  it(
    'fills statute pairs from the example, searches knowledge for one, and marks each citation of the reply',
    async () => {
      const { context, page } = await openSignedIn(browser, complaintWriter);
      // Opened directly: the AI-use notice still comes first.
      await page.goto(`${baseUrl}/drafting/new/complaint-reply`);
      await page
        .getByRole('dialog', { name: '생성형 AI 활용 안내' })
        .getByRole('button', { name: '확인했습니다' })
        .click();
      await page.getByRole('heading', { name: '민원 답변서', level: 1 }).waitFor();
      await page.getByRole('button', { name: '예시로 채우기' }).click();
      await expect.poll(() => page.getByLabel('법령명 1').inputValue()).toBe('주차장법');
      expect(await page.getByLabel('법령명 2').inputValue()).toBe('도로교통법');
      expect(await page.getByLabel('조문 2').inputValue()).toContain('제35조(주차위반에 대한 조치)');

      // 지식에서 찾기 opens a search dialog on its search box; Esc closes it and focus goes back.
      const find = page.getByRole('button', { name: '지식에서 찾기' });
      await find.focus();
      await page.keyboard.press('Enter');
      const search = page.getByRole('dialog', { name: '지식에서 법령 찾기' });
      await search.waitFor();
      await expect.poll(() => focused(page, 'element.labels?.[0]?.textContent')).toBe('찾을 법령·조문');
      await page.keyboard.type('주차 위반');
      await page.keyboard.press('Enter');
      await expect.poll(() => search.getByRole('status').textContent()).toContain('0건을 찾았습니다');
      await page.keyboard.press('Escape');
      await search.waitFor({ state: 'hidden' });
      await expect.poll(() => focused(page, 'element.textContent')).toBe('지식에서 찾기');

      // The reply cites a provided article (verified) and one that was not provided (확인 필요).
      await page.getByLabel('모델 선택').selectOption('test-chat');
      await page.getByRole('button', { name: 'AI로 작성' }).click();
      const checks = page.getByTestId('citation-check');
      await expect.poll(() => checks.count(), { timeout: 20_000 }).toBe(2);
      const provided = checks.filter({ hasText: '도로교통법' });
      const missing = checks.filter({ hasText: '주차장법' });
      expect(await provided.textContent()).toContain('✓ 확인됨');
      expect(await missing.textContent()).toContain('확인 필요');
      await page.screenshot({ path: screenshotPath('drafting-citations'), fullPage: true });

      // A revision asked in words (slowed by a test-upstream directive) and stopped with 중지: the body
      // stays as it was, no version is added, and the model's request is cut off.
      const body = page.getByLabel('본문', { exact: true });
      const before = await body.inputValue();
      upstream.reset();
      await page.getByLabel('수정 요청', { exact: true }).fill('[[chunk-delay:300]] 결론을 더 자세히');
      await page.keyboard.press('Enter');
      const stop = page.getByRole('button', { name: '중지' });
      await stop.waitFor();
      await expect.poll(() => page.getByTestId('draft-stream').textContent()).not.toBe('');
      await stop.click();
      await expect.poll(() => page.getByTestId('editor-status').textContent()).toBe('작성을 멈췄습니다.');
      expect(await body.inputValue()).toBe(before);
      await expect.poll(() => upstream.requests.some((request) => request.aborted)).toBe(true);
      await page.reload();
      await expect.poll(() => page.getByTestId('draft-version').count()).toBe(2);
      expect(await page.getByLabel('본문', { exact: true }).inputValue()).toBe(before);
      await context.close();
    },
    walkTimeoutMs,
  );
});

/** The text with two spaces put at the start of its last line. */
function indentLastLine(text: string): string {
  const start = text.lastIndexOf('\n') + 1;
  return `${text.slice(0, start)}  ${text.slice(start)}`;
}

/** A line breaking a public-document notation rule, the finding's message and the fixed text. */
const lintProblem = {
  typed: '□ 시행일은 2026.11.2.이다.',
  message: '날짜',
  fixed: '2026. 11. 2.',
};
