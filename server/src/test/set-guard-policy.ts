import type { GuardPolicy } from '@jumugwan/contracts';
import type { Platform } from '../create-platform.js';
import type { SignedInClient } from './test-platform.js';

/** Changes some fields of the guard policy through the admin API, as the 보안 정책 page does. */
export async function setGuardPolicy(
  platform: Platform,
  admin: SignedInClient,
  changes: Partial<GuardPolicy>,
): Promise<void> {
  const current = await platform.app.inject({
    method: 'GET',
    url: '/api/admin/guard/policy',
    headers: admin.headers,
  });
  const response = await platform.app.inject({
    method: 'PUT',
    url: '/api/admin/guard/policy',
    headers: admin.headers,
    payload: { ...current.json<{ policy: GuardPolicy }>().policy, ...changes },
  });
  if (response.statusCode !== 200)
    throw new Error(`guard policy change failed: ${response.statusCode} ${response.body}`);
}
