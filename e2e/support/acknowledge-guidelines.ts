import type { Page, Route } from 'playwright-core';

interface GuidelinesStatusBody {
  mustAcknowledge: boolean;
  current: { version: number };
}

function isStatusBody(body: unknown): body is GuidelinesStatusBody {
  if (typeof body !== 'object' || body === null) return false;
  if (!('mustAcknowledge' in body) || typeof body.mustAcknowledge !== 'boolean') return false;
  if (!('current' in body) || typeof body.current !== 'object' || body.current === null) return false;
  return 'version' in body.current && typeof body.current.version === 'number';
}

/**
 * Browser tests about other features start past the AI use guidelines gate: when the app first asks for
 * GET /api/guidelines, the current version is acknowledged through the API with the page's own session
 * and CSRF token (as the dialog's 확인했습니다 does), and the app then gets the acknowledged status, so
 * the dialog never appears. `extraHeaders` are added to these requests (the portal's SSO headers).
 */
export async function acknowledgeGuidelinesOnLoad(
  page: Page,
  extraHeaders: () => Record<string, string> = () => ({}),
): Promise<void> {
  await page.route(
    (url) => url.pathname === '/api/guidelines',
    async (route) => {
      try {
        await answerAcknowledged(route, extraHeaders);
      } catch (error) {
        // The test closed the page (or its context) while a refetch was on its way: nothing to answer.
        if (page.isClosed() || (error instanceof Error && /disposed|closed/iu.test(error.message))) return;
        throw error;
      }
    },
  );
}

async function answerAcknowledged(route: Route, extraHeaders: () => Record<string, string>): Promise<void> {
  const request = route.request();
  if (request.method() !== 'GET') {
    await route.fallback();
    return;
  }
  const headers = () => ({ ...request.headers(), ...extraHeaders() });
  const first = await route.fetch({ headers: headers() });
  const status: unknown = await first.json().catch(() => null);
  if (!first.ok() || !isStatusBody(status) || !status.mustAcknowledge) {
    await route.fulfill({ response: first });
    return;
  }
  const origin = new URL(request.url()).origin;
  const session = await route.fetch({ url: `${origin}/api/session`, headers: headers() });
  const sessionBody: unknown = await session.json();
  const csrfToken =
    typeof sessionBody === 'object' && sessionBody !== null && 'csrfToken' in sessionBody
      ? String(sessionBody.csrfToken)
      : '';
  const acknowledged = await route.fetch({
    url: `${origin}/api/guidelines/acknowledge`,
    method: 'POST',
    headers: { ...headers(), 'content-type': 'application/json', 'x-csrf-token': csrfToken },
    postData: JSON.stringify({ version: status.current.version }),
  });
  if (!acknowledged.ok()) {
    throw new Error(
      `acknowledging the guidelines failed: ${acknowledged.status()} ${await acknowledged.text()}`,
    );
  }
  await route.fulfill({ response: await route.fetch({ headers: headers() }) });
}
