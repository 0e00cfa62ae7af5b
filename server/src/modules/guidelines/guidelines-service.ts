import type {
  GuidelineAcknowledgementStats,
  GuidelineContent,
  Guidelines,
  GuidelinesStatus,
} from '@jumugwan/contracts';
import { AppError, errors } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { UserRow } from '../org/index.js';
import { builtInGuidelines } from './built-in-guidelines.js';
import type { GuidelineRepository, GuidelineVersionRow } from './guideline-repository.js';

/** The institution's AI use guidelines: the current version, acknowledgements, and new versions. */
export class GuidelinesService {
  constructor(
    private readonly repository: GuidelineRepository,
    private readonly institutionId: string,
    private readonly clock: Clock,
  ) {}

  /** At start: the built-in version 1 for an institution that has none. */
  ensureBuiltIn(): Promise<void> {
    return this.repository.seedFirstVersion(this.institutionId, builtInGuidelines);
  }

  async status(user: UserRow): Promise<GuidelinesStatus> {
    const [current, acknowledgement] = await Promise.all([
      this.currentRow(),
      this.repository.latestAcknowledgement(user.id),
    ]);
    return {
      current: presentGuidelines(current),
      acknowledgedVersion: acknowledgement?.version ?? null,
      acknowledgedAt: acknowledgement?.acknowledgedAt.toISOString() ?? null,
      mustAcknowledge: acknowledgement?.version !== current.version,
    };
  }

  /** Only the current version can be acknowledged; doing it twice keeps the first time. */
  async acknowledge(user: UserRow, version: number): Promise<GuidelinesStatus> {
    const current = await this.currentRow();
    if (version !== current.version) {
      throw new AppError(
        'guidelines_outdated',
        409,
        '지침이 새 버전으로 바뀌었습니다. 새 지침을 읽고 다시 확인해 주세요.',
        { currentVersion: current.version },
      );
    }
    await this.repository.acknowledge(user.id, version, this.clock.now());
    return this.status(user);
  }

  async publish(user: UserRow, content: GuidelineContent): Promise<Guidelines> {
    const row = await this.repository.publish(
      this.institutionId,
      content,
      { id: user.id, name: user.name },
      this.clock.now(),
    );
    if (row === undefined) {
      throw new AppError(
        'version_conflict',
        409,
        '다른 관리자가 방금 지침을 게시했습니다. 새로 고친 뒤 다시 게시해 주세요.',
      );
    }
    return presentGuidelines(row);
  }

  async version(version: number): Promise<Guidelines> {
    const row = await this.repository.version(this.institutionId, version);
    if (row === undefined) throw errors.notFound('그 버전의 지침');
    return presentGuidelines(row);
  }

  async acknowledgementStats(): Promise<GuidelineAcknowledgementStats> {
    const current = await this.currentRow();
    const [counts, versions] = await Promise.all([
      this.repository.acknowledgementCounts(this.institutionId, current.version),
      this.repository.versions(this.institutionId),
    ]);
    return {
      version: current.version,
      ...counts,
      versions: versions.map((row) => ({
        version: row.version,
        publishedAt: row.publishedAt.toISOString(),
        publishedByName: row.publishedByName,
      })),
    };
  }

  // The built-in version is written at start, so there is always one; a database restored without it
  // gets it back here rather than failing every page.
  private async currentRow(): Promise<GuidelineVersionRow> {
    const current = await this.repository.current(this.institutionId);
    if (current !== undefined) return current;
    await this.ensureBuiltIn();
    const seeded = await this.repository.current(this.institutionId);
    if (seeded === undefined) throw new Error('the built-in guidelines were not written');
    return seeded;
  }
}

function presentGuidelines(row: GuidelineVersionRow): Guidelines {
  return {
    version: row.version,
    content: row.content,
    publishedAt: row.publishedAt.toISOString(),
    publishedByName: row.publishedByName,
  };
}
