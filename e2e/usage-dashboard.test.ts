import { usageDashboardSchema, type UsageDashboard } from '@jumugwan/contracts';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import {
  createTestPlatform,
  signInAsAdmin,
  signInThroughPortal,
  type SignedInClient,
  type TestPlatform,
} from '../server/src/test/test-platform.js';
import { startTestUpstream, type TestUpstream } from '../server/src/test/upstream/index.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { localAdmin, signInAsLocalAdmin } from './support/local-admin.js';
import { screenshotPath } from './support/screenshot-path.js';
import { throughPortal } from './support/through-portal.js';

// 데이터혁신팀 sits under 디지털정책과: its department admin sees both, and never 예산담당관.
const departmentsCsv = [
  '부서코드,부서명,상위부서코드,구분',
  'D110,디지털정책과,,',
  'D111,데이터혁신팀,D110,',
  'D120,예산담당관,,',
].join('\n');
const staff = { employeeNumber: '20250101', name: '김주무', departmentCode: 'D110' };
const colleague = { employeeNumber: '20250102', name: '이주무', departmentCode: 'D120' };
const teamMember = { employeeNumber: '20250103', name: '박주무', departmentCode: 'D111' };
const departmentAdmin = { employeeNumber: '20250104', name: '최과장', departmentCode: 'D110' };
/** The HR roster: everyone signed in so far (a user missing from it would be deactivated), one of them a 부서관리자. */
const usersCsv = [
  '사번,이름,직급,부서코드,이메일,역할',
  ...[staff, colleague, teamMember].map(
    (user) => `${user.employeeNumber},${user.name},,${user.departmentCode},,일반`,
  ),
  `${departmentAdmin.employeeNumber},${departmentAdmin.name},,${departmentAdmin.departmentCode},,부서관리자`,
].join('\n');
/** How the Korean UI writes an amount in won. */
const won = (amount: number) =>
  `${new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 }).format(amount)}원`;
const wholeRange = 'from=2000-01&to=2099-12';

describe.skipIf(!browserAvailable)('usage dashboards in the browser', () => {
  let upstream: TestUpstream;
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;
  /** A platform admin's API session, for the figures each view should show. */
  let setup: SignedInClient;

  /** A real chat call through the metered gateway, as the staff member's own UI would make it. */
  const chat = async (client: SignedInClient, content: string) => {
    const conversation = await platform.app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: client.headers,
      payload: {},
    });
    const { id } = conversation.json<{ id: string }>();
    const response = await platform.app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/messages`,
      headers: client.headers,
      payload: { content, model: 'test-chat' },
    });
    expect(response.statusCode).toBe(200);
  };

  beforeAll(async () => {
    upstream = await startTestUpstream();
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.auth.createLocalAdmin(localAdmin);
    await platform.org.importDepartments(new TextEncoder().encode(departmentsCsv));
    await platform.models.createEndpoint({
      name: '내부 LLM',
      baseUrl: upstream.url,
      modelIds: ['test-chat'],
      location: 'internal',
    });

    // Prices and a budget through the admin API, so every call has a cost in won and a budget to burn.
    setup = await signInAsAdmin(platform, 'metering-admin');
    const price = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/prices',
      headers: setup.headers,
      payload: {
        modelId: 'test-chat',
        effectiveFrom: '2020-01-01',
        inputPerMillionTokens: 1_000_000,
        outputPerMillionTokens: 2_000_000,
        cachedPerMillionTokens: null,
        perThousandCharacters: 0,
        perImage: 0,
        perRequest: 100,
        note: null,
      },
    });
    expect(price.statusCode).toBe(201);
    const budget = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/budgets',
      headers: setup.headers,
      payload: {
        name: '기관 월 예산',
        scope: 'institution',
        departmentId: null,
        userId: null,
        apiKeyId: null,
        unit: 'krw',
        amount: 100_000,
        period: 'month',
        active: true,
      },
    });
    expect(budget.statusCode).toBe(201);

    const staffClient = await signInThroughPortal(platform, staff);
    const colleagueClient = await signInThroughPortal(platform, colleague);
    // The staff member holds a subscription from the start of this month, so /usage offers the monthly report.
    const plan = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/plans',
      headers: setup.headers,
      payload: {
        name: '생성형 AI 구독',
        termMonths: 3,
        feePerTerm: 30_000,
        models: ['test-chat'],
        softCapWon: 50_000,
        active: true,
      },
    });
    expect(plan.statusCode).toBe(201);
    const assignment = await platform.app.inject({
      method: 'POST',
      url: `/api/admin/plans/${plan.json<{ id: string }>().id}/assignments`,
      headers: setup.headers,
      payload: {
        userId: staffClient.userId,
        startsOn: `${new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 7)}-01`,
        terms: 1,
      },
    });
    expect(assignment.statusCode).toBe(201);
    await chat(staffClient, '2026년 시민참여예산 설명회 보도자료 초안을 써 줘');
    await chat(staffClient, '다음 회의 자료를 세 줄로 요약해 줘');
    await chat(colleagueClient, '예산 집행 현황 표를 분석해 줘');
    const teamMemberClient = await signInThroughPortal(platform, teamMember);
    await chat(teamMemberClient, '공공데이터 개방 계획의 핵심 지표를 정리해 줘');

    // The department admin arrives from the portal as staff; the HR roster import makes them 부서관리자.
    const departmentAdminClient = await signInThroughPortal(platform, departmentAdmin);
    const asStaff = await platform.app.inject({
      method: 'GET',
      url: `/api/usage/dashboard?scope=department&${wholeRange}`,
      headers: departmentAdminClient.headers,
    });
    expect(asStaff.statusCode).toBe(403);
    const roster = await platform.app.inject({
      method: 'POST',
      url: '/api/admin/org/import/users',
      headers: { ...setup.headers, 'content-type': 'text/csv' },
      payload: Buffer.from(usersCsv),
    });
    expect(roster.statusCode).toBe(200);
    expect(roster.json<{ ok: boolean; updated: number; deactivated: number }>()).toMatchObject({
      ok: true,
      updated: 1,
      deactivated: 0,
    });
    const promoted = await platform.app.inject({
      method: 'GET',
      url: '/api/session',
      headers: departmentAdminClient.headers,
    });
    expect(promoted.json<{ user: { role: string } }>().user.role).toBe('department_admin');

    // Usage is written after each answer settles: wait until the platform view counts all four calls.
    await vi.waitFor(
      async () => {
        const response = await platform.app.inject({
          method: 'GET',
          url: '/api/usage/dashboard?scope=platform&from=2000-01&to=2099-12',
          headers: setup.headers,
        });
        expect(response.statusCode).toBe(200);
        expect(response.json<UsageDashboard>().totals.calls).toBe(4);
      },
      { timeout: 15_000, interval: 200 },
    );

    baseUrl = await listenOnFreePort(platform);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await platform.dispose();
    await upstream.close();
  });

  it('shows a platform admin the charts, each with a table view', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAsLocalAdmin(page, baseUrl);
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '이용 현황' }).click();
    await page.waitForURL(/\/admin\/usage/);
    await page.getByRole('heading', { name: '이용 현황', level: 1 }).waitFor();

    // Every chart draws on a canvas and names itself for screen readers.
    const dailyChart = page.getByRole('img', { name: /일별 비용 막대 차트/ });
    await dailyChart.locator('canvas').waitFor();
    await expect.poll(() => page.locator('canvas').count()).toBeGreaterThanOrEqual(5);
    await expect
      .poll(() => page.getByRole('region', { name: '부서별 비용' }).textContent())
      .not.toContain('이용 기록이 없습니다');
    const purpose = page.getByRole('region', { name: '목적별 이용' });
    await expect.poll(() => purpose.textContent()).toMatch(/호출 수 기준 .+ \d+%/);
    await expect.poll(() => page.textContent('body')).toContain('기관 월 예산');
    // Totals: three calls, cost in won with separators.
    await expect.poll(() => page.locator('dl').first().textContent()).toMatch(/[\d,]+원/);
    await page.screenshot({ path: screenshotPath('admin-usage'), fullPage: true });

    // 표로 보기 swaps the department chart for a table of the same data.
    const departments = page.getByRole('region', { name: '부서별 비용' });
    const toggle = departments.getByRole('button', { name: '표로 보기' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const table = departments.getByRole('table', { name: '부서별 비용' });
    await expect.poll(() => table.textContent()).toContain('디지털정책과');
    await expect.poll(() => table.textContent()).toContain('예산담당관');
    expect(await departments.locator('canvas').count()).toBe(0);
    await toggle.click();
    await departments.locator('canvas').waitFor();

    // Filters live in the address: the department view is a link that can be shared.
    // The radio itself is visually hidden inside its label, as in a segmented control: click the label.
    await page.getByRole('group', { name: '범위' }).getByText('부서', { exact: true }).click();
    expect(await page.getByRole('radio', { name: '부서' }).isChecked()).toBe(true);
    const departmentSelect = page.getByRole('combobox', { name: '부서' });
    await departmentSelect.selectOption({ label: '예산담당관' });
    await page.waitForURL(/scope=department.*departmentId=|departmentId=.*scope=department/);
    await expect.poll(() => page.locator('dl').first().textContent()).toMatch(/호출 수1(?![\d,])/);
    const shared = page.url();
    await page.reload();
    await expect.poll(() => page.url()).toBe(shared);
    await expect.poll(() => departmentSelect.inputValue()).not.toBe('');
    await expect.poll(() => page.locator('dl').first().textContent()).toMatch(/호출 수1(?![\d,])/);

    // The month's report downloads under the server's file name.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '부서별 CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await expect.poll(() => page.textContent('body')).toContain('내려받았습니다');
    await context.close();
  });

  it('shows a staff member their own use and keeps them out of the admin view', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await throughPortal(page, staff);
    await page.goto(`${baseUrl}/chat`);
    const navigation = page.getByRole('navigation', { name: '주 메뉴' });
    await navigation.getByRole('link', { name: '내 AI 이용' }).click();
    await page.waitForURL(/\/usage/);
    await page.getByRole('heading', { name: '내 AI 이용', level: 1 }).waitFor();
    expect(await navigation.getByRole('link', { name: '이용 현황' }).count()).toBe(0);

    await page
      .getByRole('img', { name: /일별 비용 막대 차트/ })
      .locator('canvas')
      .waitFor();
    // Two calls of their own, not the colleague's third.
    await expect.poll(() => page.locator('dl').first().textContent()).toMatch(/호출 수2(?![\d,])/);
    await expect.poll(() => page.textContent('body')).toContain('기관 월 예산');

    // A subscription holder reports on a month: too short first, then a real account of the use.
    await page.getByRole('region', { name: '구독 이용권' }).getByText('생성형 AI 구독').waitFor();
    const report = page.getByRole('form', { name: '월간 활용 보고 작성' });
    await expect.poll(() => report.textContent()).toMatch(/주요 목적 .+%/);
    await report.getByLabel('활용 사례').fill('보도자료');
    await report.getByRole('button', { name: '제출' }).click();
    await expect.poll(() => report.textContent()).toContain('10자 이상');
    const caseDescription = '설명회 보도자료 초안과 회의 자료 요약에 써서 작성 시간을 절반으로 줄였습니다.';
    await report.getByLabel('활용 사례').fill(caseDescription);
    await report.getByLabel('활용 사례').press('Control+Enter');
    await expect.poll(() => report.textContent()).toContain('보고를 제출했습니다');
    await expect
      .poll(() => page.getByRole('region', { name: '월간 활용 보고' }).textContent())
      .toContain(caseDescription);
    await page.screenshot({ path: screenshotPath('my-usage'), fullPage: true });

    await page.getByLabel('기간').selectOption({ label: '올해' });
    await page.waitForURL(/period=this_year/);

    await page.goto(`${baseUrl}/admin/usage`);
    await page.waitForURL((url) => url.pathname === '/usage');
    await context.close();
  });

  it('shows a department admin only their own department and the teams below it', async () => {
    const departments = await platform.org.listDepartments();
    const idOf = (code: string) => {
      const department = departments.find((candidate) => candidate.code === code);
      if (department === undefined) throw new Error(`no department ${code}`);
      return department.id;
    };
    // What each part should come to, from a platform admin's view of the same calls.
    const dashboardFor = async (query: string) => {
      const response = await platform.app.inject({
        method: 'GET',
        url: `/api/usage/dashboard?${query}&${wholeRange}`,
        headers: setup.headers,
      });
      expect(response.statusCode).toBe(200);
      return response.json<UsageDashboard>().totals;
    };
    const own = await dashboardFor(`scope=department&departmentId=${idOf('D110')}`);
    const other = await dashboardFor(`scope=department&departmentId=${idOf('D120')}`);
    const everyone = await dashboardFor('scope=platform');
    // Three calls under 디지털정책과 (two of its own, one of 데이터혁신팀's), one in 예산담당관; the costs differ.
    expect(own.calls).toBe(3);
    expect(other.calls).toBe(1);
    expect(other.costWon).toBeGreaterThan(0);
    expect(own.costWon + other.costWon).toBe(everyone.costWon);

    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await throughPortal(page, departmentAdmin);
    await page.goto(`${baseUrl}/chat`);
    const navigation = page.getByRole('navigation', { name: '주 메뉴' });
    await navigation.getByRole('link', { name: '이용 현황' }).click();
    await page.waitForURL(/\/admin\/usage/);
    await page.getByRole('heading', { name: '이용 현황', level: 1 }).waitFor();
    expect(await navigation.getByRole('button', { name: '관리' }).count()).toBe(0);
    await expect.poll(() => page.textContent('body')).toContain('디지털정책과의 AI 이용량');

    /** The page's figures: their department's calls and cost, never the whole institution's. */
    const expectOwnDepartment = async () => {
      const totals = page.locator('dl').first();
      await expect.poll(() => totals.textContent()).toMatch(/호출 수3(?![\d,])/);
      await expect.poll(() => totals.textContent()).toContain(`비용${won(own.costWon)}`);
      expect(await totals.textContent()).not.toContain(`비용${won(everyone.costWon)}`);

      // No 전체/부서 switch and no department picker: the department is theirs, not a choice.
      expect(await page.getByRole('group', { name: '범위' }).count()).toBe(0);
      expect(await page.getByRole('radio', { name: '전체' }).count()).toBe(0);
      expect(await page.getByRole('combobox', { name: '부서' }).count()).toBe(0);

      // 부서별 비용 lists their department and the team below it, not 예산담당관.
      const byDepartment = page.getByRole('region', { name: '부서별 비용' });
      await byDepartment.getByRole('button', { name: '표로 보기' }).click();
      const departmentRows = byDepartment.getByRole('table', { name: '부서별 비용' }).getByRole('rowheader');
      await expect
        .poll(async () => (await departmentRows.allTextContents()).sort())
        .toEqual(['데이터혁신팀', '디지털정책과']);

      // The people are theirs too: the 예산담당관 colleague is not among the top users.
      const topUsers = page.getByRole('region', { name: '이용 상위 사용자' });
      await topUsers.getByRole('button', { name: '표로 보기' }).click();
      const userRows = topUsers.getByRole('table', { name: '이용 상위 사용자' }).getByRole('rowheader');
      await expect
        .poll(async () => (await userRows.allTextContents()).sort())
        .toEqual([staff.name, teamMember.name].sort());
    };
    await expectOwnDepartment();
    await expect.poll(() => page.textContent('body')).toContain('기관 월 예산');
    await page.screenshot({ path: screenshotPath('department-admin-usage'), fullPage: true });

    // The month's report covers the same departments.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '부서별 CSV' }).click();
    const report = await readFile(await (await download).path(), 'utf8');
    expect(report).toContain('디지털정책과');
    expect(report).toContain('데이터혁신팀');
    expect(report).not.toContain('예산담당관');

    // Another department (and the platform scope) asked for in the address: still their own department.
    await page.goto(`${baseUrl}/admin/usage?scope=department&departmentId=${idOf('D120')}`);
    await page.getByRole('heading', { name: '이용 현황', level: 1 }).waitFor();
    await expectOwnDepartment();
    await page.goto(`${baseUrl}/admin/usage?scope=platform`);
    await page.getByRole('heading', { name: '이용 현황', level: 1 }).waitFor();
    await expectOwnDepartment();

    // The API agrees: another departmentId is overridden by their own subtree, the platform scope is refused.
    const forced = await page.request.get(
      `${baseUrl}/api/usage/dashboard?scope=department&departmentId=${idOf('D120')}&${wholeRange}`,
    );
    expect(forced.status()).toBe(200);
    const forcedDashboard = usageDashboardSchema.parse(await forced.json());
    expect(forcedDashboard.totals.calls).toBe(own.calls);
    expect(forcedDashboard.totals.costWon).toBe(own.costWon);
    expect(forcedDashboard.byDepartment.map((slice) => slice.label).sort()).toEqual([
      '데이터혁신팀',
      '디지털정책과',
    ]);
    const platformScope = await page.request.get(
      `${baseUrl}/api/usage/dashboard?scope=platform&${wholeRange}`,
    );
    expect(platformScope.status()).toBe(403);
    await context.close();
  });
});
