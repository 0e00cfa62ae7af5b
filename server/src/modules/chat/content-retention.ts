import type { Clock } from '../../platform/clock.js';
import type { GuardAudit, GuardService, Retention } from '../guard/index.js';
import { systemCaller } from '../guard/index.js';
import type { ChatRepository } from './chat-repository.js';

const dayMs = 86_400_000;

/** Other stored content under the same policy (drafts): removes what its owners' departments no longer keep. */
export interface RetainedContent {
  purgeContent(departmentIds: readonly string[] | null, before: Date): Promise<number>;
}

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
    private readonly drafts: RetainedContent | null = null,
  ) {}

  async purge(): Promise<{ conversations: number; messages: number; drafts: number }> {
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
    const total = { conversations: 0, messages: 0, drafts: 0 };
    const purgeGroup = async (departmentIds: string[] | null, before: Date) => {
      const removed = await this.repository.purgeContent(departmentIds, before);
      total.conversations += removed.conversations;
      total.messages += removed.messages;
      if (this.drafts !== null) total.drafts += await this.drafts.purgeContent(departmentIds, before);
    };
    for (const [cutoff, departmentIds] of groups) await purgeGroup(departmentIds, new Date(cutoff));
    const institutionCutoff = cutoffOf(institution);
    if (institutionCutoff !== null) await purgeGroup(null, new Date(institutionCutoff));
    if (total.conversations + total.messages + total.drafts > 0) {
      await this.audit.record(systemCaller, 'retention-purged', 'success', { ...total });
    }
    return total;
  }
}
