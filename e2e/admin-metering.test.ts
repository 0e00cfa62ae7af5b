import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnFreePort } from '../server/src/test/listen-on-free-port.js';
import { createTestPlatform, type TestPlatform } from '../server/src/test/test-platform.js';
import { browserAvailable, launchChromium, webDist } from './support/launch-chromium.js';
import { localAdmin, signInAsLocalAdmin } from './support/local-admin.js';
import { screenshotPath } from './support/screenshot-path.js';

const subscriber = { employeeNumber: '20250301', name: '김구독', departmentCode: 'D110' };

describe.skipIf(!browserAvailable)('비용과 예산 in the browser', () => {
  let platform: TestPlatform;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    platform = await createTestPlatform({ webDistDirectory: webDist });
    await platform.auth.createLocalAdmin(localAdmin);
    await platform.org.importDepartments(
      Buffer.from('부서코드,부서명,상위부서코드\nD100,기획조정실,\nD110,정보통신과,D100\n'),
    );
    await platform.org.upsertPortalUser(subscriber);
    baseUrl = await listenOnFreePort(platform);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
    await platform.dispose();
  });

  it('adds a model price, creates a department budget, creates a plan and assigns a user', async () => {
    const context = await browser.newContext({ locale: 'ko-KR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signInAsLocalAdmin(page, baseUrl);

    // 모델 가격, reached through the header's 관리 menu.
    await page.getByRole('button', { name: '관리' }).click();
    await page.getByRole('link', { name: '모델 가격' }).click();
    await page.waitForURL(/\/admin\/prices/);
    await page.getByRole('button', { name: '가격 추가', exact: true }).click();
    await page.getByLabel('모델', { exact: true }).fill('gpt-4o');
    await page.getByLabel('입력 100만 토큰당', { exact: true }).fill('3,500');
    await page.getByLabel('출력 100만 토큰당', { exact: true }).fill('14,000');
    await page.getByLabel('메모').fill('2026년 계약 단가');
    await page.getByRole('button', { name: '추가', exact: true }).click();
    await page.getByRole('heading', { name: 'gpt-4o' }).waitFor();
    // Starting today (the form's default), it is the price calls are charged at.
    await expect.poll(() => page.textContent('main')).toContain('적용 중');
    const prices = await page.request.get(`${baseUrl}/api/admin/prices`);
    expect(await prices.json()).toMatchObject({
      prices: [{ modelId: 'gpt-4o', inputPerMillionTokens: 3500, outputPerMillionTokens: 14000 }],
    });
    await page.screenshot({ path: screenshotPath('admin-prices'), fullPage: true });

    // A price scheduled for a later day can still be taken back; applied ones offer no delete.
    await page.getByRole('button', { name: 'gpt-4o 가격 추가' }).click();
    await page.getByLabel('적용 시작일').fill('2099-01-01');
    await page.getByLabel('입력 100만 토큰당', { exact: true }).fill('3000');
    await page.getByRole('button', { name: '추가', exact: true }).click();
    await page.getByText('적용 예정').waitFor();
    await page.getByRole('button', { name: /gpt-4o의 .* 가격 삭제/ }).click();
    await page
      .getByRole('dialog', { name: '예약된 가격을 삭제할까요?' })
      .getByRole('button', { name: '삭제' })
      .click();
    await page.getByText('적용 예정').waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: /가격 삭제/ }).count()).toBe(0);

    // A monthly department budget.
    await page.goto(`${baseUrl}/admin/budgets`);
    await page.getByRole('button', { name: '예산 만들기' }).click();
    await page.getByLabel('이름').fill('정보통신과 월 예산');
    await page.getByRole('radio', { name: /^부서/ }).check();
    await page.getByLabel('부서', { exact: true }).selectOption({ label: '기획조정실 › 정보통신과' });
    await page.getByLabel('한도 (원)').fill('1,000,000');
    await page.getByRole('button', { name: '만들기', exact: true }).click();
    await page.getByRole('meter', { name: '정보통신과 월 예산 사용률' }).waitFor();
    await expect.poll(() => page.textContent('main')).toContain('1,000,000원');
    const budgets = await page.request.get(`${baseUrl}/api/admin/budgets`);
    expect(await budgets.json()).toMatchObject({
      budgets: [{ name: '정보통신과 월 예산', scope: 'department', amount: 1_000_000, period: 'month' }],
    });
    await page.screenshot({ path: screenshotPath('admin-budgets'), fullPage: true });

    // A 3-month subscription plan, then a holder for it.
    await page.goto(`${baseUrl}/admin/plans`);
    await page.getByRole('button', { name: '플랜 만들기' }).click();
    await page.getByLabel('이름').fill('생성형 AI 3개월 구독');
    await page.getByLabel('기간당 요금 (원)').fill('87,000');
    await page.getByLabel('경고 한도 (원, 선택)').fill('150,000');
    await page.getByLabel('다른 모델 ID 추가').fill('gpt-4o');
    await page.getByLabel('다른 모델 ID 추가').press('Enter');
    await page.getByRole('button', { name: '만들기', exact: true }).click();
    await page.getByRole('button', { name: '생성형 AI 3개월 구독 배정 관리' }).click();
    await page.getByRole('combobox', { name: '배정할 사용자' }).fill('김구독');
    await page.getByRole('option', { name: /김구독/ }).click();
    await page.getByRole('button', { name: '배정', exact: true }).click();
    await expect.poll(() => page.textContent('main')).toContain('김구독 님에게 배정했습니다.');
    await page.getByRole('meter', { name: '김구독 이번 기간 사용률' }).waitFor();
    const plans = await page.request.get(`${baseUrl}/api/admin/plans`);
    const planList = (await plans.json()) as {
      plans: { id: string; termMonths: number; models: string[] }[];
    };
    expect(planList.plans).toMatchObject([{ termMonths: 3, models: ['gpt-4o'], softCapWon: 150_000 }]);
    const planId = planList.plans[0]?.id ?? '';
    const assignments = await page.request.get(`${baseUrl}/api/admin/plans/${planId}/assignments`);
    expect(await assignments.json()).toMatchObject({
      assignments: [{ userName: '김구독', departmentName: '정보통신과' }],
    });
    await page.screenshot({ path: screenshotPath('admin-plans'), fullPage: true });

    // Every signed-in person has the bell; Escape closes it and gives focus back.
    const bell = page.getByRole('button', { name: '알림', exact: true });
    await bell.click();
    await page.getByRole('dialog', { name: '알림' }).getByText('알림이 없습니다.').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: '알림' }).waitFor({ state: 'hidden' });
    expect(await page.locator(':focus').getAttribute('aria-label')).toBe('알림');
    await context.close();
  });
});
