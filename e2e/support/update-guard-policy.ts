import type { GuardPolicy } from '@jumugwan/contracts';
import { systemCaller } from '../../server/src/modules/guard/index.js';
import type { TestPlatform } from '../../server/src/test/test-platform.js';

/** Changes some fields of the guard policy directly in the service, as the system. */
export async function updateGuardPolicy(platform: TestPlatform, change: Partial<GuardPolicy>): Promise<void> {
  const { policy } = await platform.guard.getPolicy();
  await platform.guard.updatePolicy(systemCaller, { ...policy, ...change });
}
