import type { Clock } from '../../platform/clock.js';
import type { AuditActor, AuditService } from '../audit/index.js';
import type { AssistantPorts } from './assistant-ports.js';
import type { AssistantRepository } from './assistant-repository.js';

/**
 * When accounts are deleted (deactivated: their history stays), their assistants go to an active
 * department admin of their department, else of the nearest department above it, else to the
 * longest-standing platform admin, with every version, member and count kept: an assistant is never lost
 * with its owner. Each handover is written to the audit log.
 */
export class AssistantHandover {
  constructor(
    private readonly repository: AssistantRepository,
    private readonly ports: Pick<AssistantPorts, 'departmentChain'>,
    private readonly audit: Pick<AuditService, 'record'>,
    private readonly institutionId: string,
    private readonly clock: Clock,
  ) {}

  /** For the org module: called after it deactivated the users. */
  async usersDeactivated(userIds: readonly string[], actor: AuditActor): Promise<void> {
    const owned = await this.repository.ownedBy(userIds);
    for (const previousOwnerId of new Set(owned.map((assistant) => assistant.ownerUserId ?? ''))) {
      const assistants = owned.filter((assistant) => assistant.ownerUserId === previousOwnerId);
      // The owner's department now; the assistant's (the owner's when it was made) when they have none.
      const department =
        (await this.repository.userDepartment(previousOwnerId)) ?? assistants[0]?.departmentId ?? null;
      const target = await this.repository.handoverTarget(
        this.institutionId,
        await this.ports.departmentChain(department),
      );
      // No admin at all (an institution without one cannot sign in anyway): the assistants stay as they are.
      if (target === null || target.id === previousOwnerId) continue;
      await this.repository.handOver(
        assistants.map((assistant) => assistant.id),
        target,
        this.clock.now(),
      );
      for (const assistant of assistants) {
        await this.audit.record({
          action: 'assistant-handed-over',
          actor,
          target: { type: 'assistant', id: assistant.id },
          details: { fromUserId: previousOwnerId, toUserId: target.id },
        });
      }
    }
  }
}
