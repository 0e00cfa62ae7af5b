import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalIdentity } from '../server/src/modules/auth/index.js';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import { createTestPlatform, type TestPlatform } from '../server/src/test/test-platform.js';
import { startTestUpstream, type ChatRequest, type TestUpstream } from '../server/src/test/upstream/index.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { screenshotPath } from './support/screenshot-path.js';
import { throughPortal } from './support/through-portal.js';

const owner = { employeeNumber: '20250511', name: '한지식', departmentCode: 'D100' };
const outsider = { employeeNumber: '20250512', name: '오복지', departmentCode: 'D200' };

const collectionName = '차량 규정 모음';
const statuteFileName = '한빛시 공용차량 관리 규칙.md';
const brokenFileName = '회의록(손상).docx';

/** A statute-like rule: five articles (one with paragraphs ①②) and a table. */
const statute = `# 한빛시 공용차량 관리 규칙

제1조(목적) 이 규칙은 한빛시 공용차량의 배정, 운행 및 관리에 필요한 사항을 정함을 목적으로 한다.

제2조(정의) 이 규칙에서 "공용차량"이란 시가 소유하거나 임차하여 업무에 사용하는 승용차, 승합차 및 화물차를 말한다.

제3조(배차 신청) ① 공용차량을 사용하려는 부서는 사용일 3일 전까지 차량관리시스템으로 배차를 신청하여야 한다.
② 재난 대응 등 긴급한 경우에는 회계과장의 승인을 받아 사용 당일에 신청할 수 있다.

제4조(운행일지) 운전자는 운행을 마친 즉시 출발 시각, 도착 시각, 주행거리와 주유량을 운행일지에 적고 차량 열쇠를 회계과에 반납하여야 한다.

제5조(차량별 관리책임자) 공용차량의 차량별 관리책임자는 다음 표와 같다.

| 차량번호 | 차종 | 관리부서 | 관리책임자 |
| --- | --- | --- | --- |
| 12가3456 | 승용차 | 회계과 | 차량관리팀장 |
| 34나5678 | 승합차 | 총무과 | 총무팀장 |
| 56다7890 | 화물차 | 도로과 | 도로관리팀장 |
`;

/** Bytes that are no Word document (a fixed pseudo-random sequence, so no run ever looks like a zip). */
function brokenDocx(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = 0x9e3779b9;
  for (let index = 0; index < size; index += 1) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    bytes[index] = state >>> 24;
  }
  bytes[0] = 0x13; // never "PK", "%PDF" or an OLE2 header
  return bytes;
}

/**
 * The model as the grounding prompt asks it to behave: it answers from source [1], quoting the first
 * numbered paragraph (①) of that passage word for word, and cites it.
 */
function citingReply(request: ChatRequest): string {
  const system = request.messages.find(
    (message) => typeof message.content === 'string' && message.content.includes('[출처]'),
  );
  if (typeof system?.content !== 'string') return '출처 없이 답합니다.';
  const firstSource = /\[1\] 문서: [^\n]*\n([\s\S]*?)(?:\n\n\[2\] 문서: |$)/.exec(system.content)?.[1] ?? '';
  const quote = /①\s*([^.\n“”"]+)/.exec(firstSource)?.[1]?.trim();
  if (quote === undefined) return '제공된 문서에서 확인할 수 없습니다.';
  return `규칙에 따르면 “${quote}” [1]. 긴급한 경우의 예외도 같은 조항에 있습니다.`;
}

async function openSignedIn(
  browser: Browser,
  identity: PortalIdentity,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await throughPortal(page, identity);
  return { context, page };
}

/**
 * Keeps, in the page, every distinct state the upload list and the documents table showed, so the test
 * can tell afterwards that progress was on screen even when it passed quickly.
 */
async function recordUploadStates(page: Page): Promise<() => Promise<string[]>> {
  // A script string: it runs in the page, where the DOM exists (this package is typed without it).
  await page.evaluate(`(() => {
    const seen = [];
    const describe = (kind, element, name, state) => {
      const percent = element.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
      const entry = [kind, name, state, percent].filter((part) => part != null).join(' ');
      if (!seen.includes(entry)) seen.push(entry);
    };
    const record = () => {
      for (const item of document.querySelectorAll('[data-upload-phase]')) {
        describe('upload', item, item.querySelector('span')?.textContent, item.getAttribute('data-upload-phase'));
      }
      for (const row of document.querySelectorAll('tr[data-status]')) {
        describe('document', row, row.querySelector('th .break-all')?.textContent, row.getAttribute('data-status'));
      }
    };
    new MutationObserver(record).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-upload-phase', 'data-status', 'aria-valuenow'],
    });
    window.knowledgeUploadStates = seen;
  })()`);
  return () => page.evaluate<string[]>('[...window.knowledgeUploadStates]');
}

describe.skipIf(!browserAvailable)('지식 in the browser', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    upstream = await startTestUpstream({ models: ['test-chat'], reply: citingReply, chunkDelayMs: 20 });
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.org.importDepartments(
      Buffer.from('부서코드,부서명,상위부서코드\nD000,행정국,\nD100,회계과,D000\nD200,복지정책과,D000\n'),
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

  // One journey (create, slowed upload, ingestion, search, chat, a colleague's view): ~13 s alone, and past
  // the suite's 30 s once while sharing CI's two cores with the other test files.
  it('uploads a rule, finds its article, answers with a cited passage, and keeps the passage to readers', async () => {
    const { context, page } = await openSignedIn(browser, owner);

    // 1. A personal collection, searched by words only (no embedding model).
    await page.goto(`${baseUrl}/knowledge`);
    await page.getByRole('heading', { name: '지식', exact: true }).waitFor();
    await page.getByRole('button', { name: '새 지식 모음' }).click();
    const dialog = page.getByRole('dialog', { name: '새 지식 모음' });
    await dialog.getByLabel('이름', { exact: true }).fill(collectionName);
    expect(await dialog.getByRole('radio', { name: /^개인/ }).isChecked()).toBe(true);
    await dialog.getByLabel('임베딩 모델').selectOption({ label: '없음 (어휘 검색만)' });
    await dialog.getByRole('button', { name: '만들기', exact: true }).click();
    await page.getByRole('heading', { name: collectionName, level: 1 }).waitFor();

    // Back to the list, where it is a personal collection, and open it from its card.
    await page.getByRole('link', { name: '지식 목록으로' }).click();
    const personal = page.getByRole('region', { name: /^개인/ });
    await personal.getByRole('link', { name: collectionName }).click();
    await page.getByRole('heading', { name: collectionName, level: 1 }).waitFor();
    const collectionUrl = page.url();
    expect(collectionUrl).toMatch(/\/knowledge\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.textContent('main')).toContain('어휘 검색');

    // Two files at once through the file input: the rule and a .docx that is only random bytes. The
    // upload is slowed down so its byte progress is on screen for a moment.
    const readStates = await recordUploadStates(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: 256 * 1024,
    });
    await page.locator('input[type="file"]').setInputFiles([
      { name: statuteFileName, mimeType: 'text/markdown', buffer: Buffer.from(statute) },
      {
        name: brokenFileName,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: brokenDocx(384 * 1024),
      },
    ]);
    const uploadList = page.getByRole('region', { name: '올리는 파일' });
    await uploadList.getByRole('progressbar', { name: `${brokenFileName} 올리기 진행률` }).waitFor();
    await page.screenshot({ path: screenshotPath('knowledge-uploading'), fullPage: true });
    await expect
      .poll(() => uploadList.locator('[data-upload-phase="done"]').count(), { timeout: 20_000 })
      .toBe(2);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await expect.poll(() => uploadList.textContent()).toContain('2개 중 2개 올림');

    // The documents table then follows the server reading them: the rule is indexed, the broken file fails
    // with its Korean reason.
    const documents = page.getByRole('table', { name: `${collectionName}의 문서` });
    const statuteRow = documents.getByRole('row', { name: new RegExp(statuteFileName) });
    const brokenRow = documents.getByRole('row', {
      name: new RegExp(brokenFileName.replace(/[()]/g, '\\$&')),
    });
    await expect.poll(() => statuteRow.getAttribute('data-status'), { timeout: 20_000 }).toBe('ready');
    await expect.poll(() => brokenRow.getAttribute('data-status'), { timeout: 20_000 }).toBe('failed');
    expect(await statuteRow.textContent()).toContain('완료');
    const brokenText = (await brokenRow.textContent()) ?? '';
    expect(brokenText).toContain('실패');
    expect(brokenText).toMatch(/Word\(DOCX\) 형식이 아닙니다.*손상/);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /처리 중/ })
          .count(),
      )
      .toBe(0);

    const states = await readStates();
    // Each file had its own byte progress, and the broken one (384 KB at 256 KB/s) showed a part sent.
    for (const fileName of [statuteFileName, brokenFileName]) {
      const uploading = states.findIndex((state) => state.startsWith(`upload ${fileName} uploading `));
      expect(uploading, `${fileName} in ${states.join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(states.indexOf(`upload ${fileName} done`)).toBeGreaterThan(uploading);
    }
    expect(
      states.some((state) => {
        const match = new RegExp(`^upload ${brokenFileName.replace(/[()]/g, '\\$&')} uploading (\\d+)$`).exec(
          state,
        );
        return match !== null && Number(match[1]) > 0 && Number(match[1]) < 100;
      }),
    ).toBe(true);
    // Then each document appeared as waiting or being read before it settled.
    for (const fileName of [statuteFileName, brokenFileName]) {
      const pending = states.findIndex(
        (state) => /^document .* (queued|processing) \d+$/.test(state) && state.includes(fileName),
      );
      const settled = states.findIndex(
        (state) => /^document .* (ready|failed)$/.test(state) && state.includes(fileName),
      );
      expect(pending, `${fileName} in ${states.join(' | ')}`).toBeGreaterThanOrEqual(0);
      expect(settled).toBeGreaterThan(pending);
    }
    // The app scrolls inside its main area, so the screenshot shows the table scrolled into view.
    await documents.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('knowledge-documents') });

    // 2. 검색 시험: the article on booking a car comes first, with its scores.
    await page.getByRole('tab', { name: '검색 시험' }).click();
    await page.getByLabel('시험할 질문').fill('공용차량 배차는 며칠 전까지 신청해야 하나요?');
    await page.getByRole('button', { name: '검색 시험', exact: true }).click();
    const results = page.getByRole('region', { name: '검색 결과' });
    const first = results.getByRole('article').first();
    await first.waitFor();
    expect(await first.getAttribute('aria-label')).toBe('1위: 한빛시 공용차량 관리 규칙');
    expect(await first.textContent()).toContain('제3조(배차 신청)');
    expect(await first.textContent()).toContain('사용일 3일 전까지');
    const lexicalScore = (await first.locator('[data-score="lexical"]').textContent()) ?? '';
    expect(Number(lexicalScore)).toBeGreaterThan(0);
    expect(Number((await first.locator('[data-score="fused"]').textContent()) ?? '')).toBeGreaterThan(0);
    expect(await first.locator('[data-score="vector"]').textContent()).toBe('—');
    await expect.poll(() => results.getByRole('status').textContent()).toMatch(/^\d+건/);
    await first.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('knowledge-console') });

    // 3. Chat grounded in the collection: the answer cites the article, and the citation opens it.
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '대화' }).click();
    await page.getByLabel('메시지 입력').waitFor();
    await page.getByLabel('모델 선택').selectOption('test-chat');
    await page.getByTestId('knowledge-picker').click();
    await page
      .getByRole('group', { name: '답변 근거로 쓸 지식 모음' })
      .getByRole('checkbox', { name: collectionName })
      .check();
    await page.keyboard.press('Escape');
    await page.getByTestId('knowledge-chip').filter({ hasText: collectionName }).waitFor();
    await page.getByLabel('메시지 입력').fill('공용차량 배차 신청은 언제까지 해야 하나요?');
    await page.getByRole('button', { name: '보내기' }).click();

    const answer = page.locator('[data-testid="message"][data-role="assistant"]').last();
    await expect.poll(() => answer.getAttribute('data-status'), { timeout: 20_000 }).toBe('complete');
    expect(await answer.textContent()).toContain(
      '사용일 3일 전까지 차량관리시스템으로 배차를 신청하여야 한다',
    );
    const marker = answer.getByTestId('citation-marker').getByRole('link');
    await marker.waitFor();
    expect(await marker.getAttribute('aria-label')).toBe('출처 1: 한빛시 공용차량 관리 규칙');
    const sources = answer.getByTestId('citation-list');
    await sources.waitFor();
    expect(await sources.textContent()).toContain('제3조(배차 신청)');
    expect(await sources.getByRole('link').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('knowledge-chat'), fullPage: true });

    await marker.click();
    await page.waitForURL(/\/knowledge\/passages\/\d+\?quote=/);
    const passageUrl = page.url();
    const focused = page.locator('section[data-focused="true"]');
    await focused.waitFor();
    expect(await focused.textContent()).toContain('제3조(배차 신청)');
    const mark = focused.locator('mark');
    await expect.poll(() => mark.count()).toBeGreaterThan(0);
    expect((await mark.allTextContents()).join('')).toBe(
      '공용차량을 사용하려는 부서는 사용일 3일 전까지 차량관리시스템으로 배차를 신청하여야 한다',
    );
    expect(await page.locator('mark').count()).toBe(await mark.count());
    await expect
      .poll(() =>
        page.evaluate<string | null>("document.activeElement?.getAttribute('data-focused') ?? null"),
      )
      .toBe('true');
    await page.screenshot({ path: screenshotPath('knowledge-passage') });

    // 4. A colleague from another department cannot open the passage by its address ...
    const other = await openSignedIn(browser, outsider);
    await other.page.goto(passageUrl);
    await other.page.getByRole('heading', { name: '구절을 찾을 수 없거나 볼 권한이 없습니다' }).waitFor();
    expect(await other.page.locator('mark').count()).toBe(0);
    expect(await other.page.textContent('main')).not.toContain('배차');
    await other.page.screenshot({ path: screenshotPath('knowledge-passage-denied'), fullPage: true });

    // ... until the owner shares the collection with them, found by name in the directory with the keyboard.
    await page.goto(`${collectionUrl}?tab=settings`);
    const picker = page.getByRole('combobox', { name: '사람 추가' });
    await picker.fill('오복');
    await page.getByRole('option', { name: /오복지.*복지정책과/ }).waitFor();
    await picker.press('ArrowDown');
    expect(await page.getByRole('option', { name: /오복지/ }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('listbox', { name: '사람 추가' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('knowledge-share-search') });
    await picker.press('Enter');
    const shareList = page.getByRole('list', { name: '공유 대상' });
    await shareList.getByText('오복지').waitFor();
    expect(await picker.inputValue()).toBe('');
    // Staff see the whole department tree too, by path.
    expect(await page.getByLabel('부서 추가').locator('option').allTextContents()).toEqual(
      expect.arrayContaining(['행정국 › 복지정책과', '행정국 › 회계과']),
    );
    await page.getByRole('button', { name: '공유 저장' }).click();
    await page.getByText('공유 설정을 저장했습니다.').waitFor();
    await page.screenshot({ path: screenshotPath('knowledge-share') });

    await other.page.reload();
    const sharedPassage = other.page.locator('section[data-focused="true"]');
    await sharedPassage.waitFor();
    expect(await sharedPassage.textContent()).toContain('제3조(배차 신청)');
    await expect.poll(() => sharedPassage.locator('mark').count()).toBeGreaterThan(0);

    await other.context.close();
    await context.close();
  }, 120_000);
});
