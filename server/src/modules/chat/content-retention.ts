import type { Clock } from '../../platform/clock.js';
import type { GuardAudit, GuardService, Retention } from '../guard/index.js';
import { systemCaller } from '../guard/index.js';
import type { ChatRepository } from './chat-repository.js';

const dayMs = 86_400_000;

/**
 * The retention job: under `days:N` conversation content older than N days goes; under `none` anything
 * stored before the mode was chosen goes at once. `keep` departments are left alone.
 */
export class ContentRetention {
  constructor(
    private readonly repository: ChatRepository,
    private readonly guard: GuardService,
    private readonly audit: GuardAudit,
    private readonly clock: Clock,
  ) {}

  async purge(): Promise<{ conversations: number; messages: number }> {
    const { institution, departments } = await this.guard.retentionByDepartment();
    const now = this.clock.now().getTime();
    const cutoffOf = (retention: Retention): number | null => {
      if (retention.kind === 'keep') return null;
      // `none`: everything up to now (a second ahead, so rows written this very moment go too).
      return retention.kind === 'none' ? now + 1_000 : now - retention.days * dayMs;
    };
    const groups = new Map<number, string[]>();
    for (const [departmentId, retention] of departments) {
      const cutoff = cutoffOf(retention);
      if (cutoff !== null) groups.set(cutoff, [...(groups.get(cutoff) ?? []), departmentId]);
    }
    const total = { conversations: 0, messages: 0 };
    const add = (removed: { conversations: number; messages: number }) => {
      total.conversations += removed.conversations;
      total.messages += removed.messages;
    };
    for (const [cutoff, departmentIds] of groups)
      add(await this.repository.purgeContent(departmentIds, new Date(cutoff)));
    const institutionCutoff = cutoffOf(institution);
    if (institutionCutoff !== null)
      add(await this.repository.purgeContent(null, new Date(institutionCutoff)));
    if (total.conversations + total.messages > 0) {
      await this.audit.record(systemCaller, 'retention-purged', 'success', { ...total });
    }
    return total;
  }
}
