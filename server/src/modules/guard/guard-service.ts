import type {
  BannedWordList,
  BannedWordListInput,
  GuardNotice,
  GuardPolicy,
  GuardPolicyResponse,
  GuardTestResponse,
  PiiAction,
} from '@jumugwan/contracts';
import { errors } from '../../platform/app-error.js';
import type { InvalidationBus } from '../../platform/invalidation-bus.js';
import { compileBannedWordLists, type BannedWordMatcher } from './banned-words/index.js';
import type { GuardAudit } from './guard-audit.js';
import type { GuardCaller } from './guard-caller.js';
import { guardErrors } from './guard-errors.js';
import type { BannedWordListRow, GuardPolicyRow, GuardRepository } from './guard-repository.js';
import { maskConversation, type PlaceholderVault } from './masking/index.js';
import {
  findPersonalInformation,
  piiTypeLabels,
  piiTypes,
  type PiiFinding,
  type PiiType,
} from './pii/index.js';
import { formatRetention, parseRetention, resolveRetention, type Retention } from './retention-mode.js';

export type ModelLocation = 'internal' | 'external';

const defaultPolicy: GuardPolicy = {
  piiActionInternal: 'allow',
  piiActionExternal: 'mask',
  disabledPiiTypes: [],
  minimumConfidence: 60,
  retention: 'keep',
};

/** The policy compiled for the hot path: one matcher over every enabled list. */
interface CompiledPolicy {
  policy: GuardPolicy;
  retention: Retention;
  disabledTypes: ReadonlySet<string>;
  minimumConfidence: number;
  matcher: BannedWordMatcher;
  hasBannedWords: boolean;
}

export interface InputInspection {
  /** Message texts to send, masked where the policy says so; same order as given. */
  texts: string[];
  /** Placeholders used, for restoring the answer; null when nothing was masked. */
  vault: PlaceholderVault | null;
  notices: GuardNotice[];
  /**
   * PII that the outside-model policy blocks was found (and allowed here, on an internal model): the
   * conversation must stay on internal models from now on.
   */
  markInternal: boolean;
}

export interface InspectInput {
  /** Every text that goes to the model, in conversation order. */
  texts: readonly string[];
  /** Which of them the user wrote (banned words are checked there); defaults to all. */
  userTextIndexes?: readonly number[];
  location: ModelLocation;
  modelId: string;
  sensitivity: 'normal' | 'internal';
  caller: GuardCaller;
}

const policyChannel = 'guard-policy';

function presentList(row: BannedWordListRow): BannedWordList {
  return {
    id: row.id,
    name: row.name,
    action: row.action,
    enabled: row.enabled,
    words: row.words,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function policyFromRow(row: GuardPolicyRow | undefined): GuardPolicy {
  if (row === undefined) return defaultPolicy;
  return {
    piiActionInternal: row.piiActionInternal,
    piiActionExternal: row.piiActionExternal,
    disabledPiiTypes: row.disabledPiiTypes,
    minimumConfidence: row.minimumConfidence,
    retention: formatRetention(parseRetention(row.retention) ?? { kind: 'keep' }),
  };
}

function countByType(findings: readonly { type: PiiType }[]): Map<PiiType, number> {
  const counts = new Map<PiiType, number>();
  for (const finding of findings) counts.set(finding.type, (counts.get(finding.type) ?? 0) + 1);
  return counts;
}

/**
 * The guard: 금칙어, personal information and sensitivity rules applied to every model call, and the
 * institution's retention mode. The compiled policy is cached and rebuilt when any instance changes it.
 */
export class GuardService {
  private compiledPolicy: Promise<CompiledPolicy> | null = null;

  constructor(
    private readonly repository: GuardRepository,
    private readonly institutionId: string,
    private readonly bus: InvalidationBus,
    private readonly audit: GuardAudit,
  ) {}

  async start(): Promise<void> {
    await this.bus.subscribe(policyChannel, () => {
      this.compiledPolicy = null;
    });
    await this.compiled();
  }

  private compiled(): Promise<CompiledPolicy> {
    this.compiledPolicy ??= this.compile().catch((error: unknown) => {
      this.compiledPolicy = null;
      throw error;
    });
    return this.compiledPolicy;
  }

  private async compile(): Promise<CompiledPolicy> {
    const [row, lists] = await Promise.all([
      this.repository.findPolicy(this.institutionId),
      this.repository.listBannedWordLists(this.institutionId),
    ]);
    const policy = policyFromRow(row);
    const enabled = lists.filter((list) => list.enabled && list.words.length > 0);
    return {
      policy,
      retention: parseRetention(policy.retention) ?? { kind: 'keep' },
      disabledTypes: new Set(policy.disabledPiiTypes),
      minimumConfidence: policy.minimumConfidence / 100,
      matcher: compileBannedWordLists(
        enabled.map((list) => ({ id: list.id, name: list.name, action: list.action, words: list.words })),
      ),
      hasBannedWords: enabled.length > 0,
    };
  }

  private async changed(): Promise<void> {
    this.compiledPolicy = null;
    await this.bus.publish(policyChannel, 'changed');
  }

  /** The banned-word matcher for output checks, or null when no list is active. */
  async outputMatcher(): Promise<BannedWordMatcher | null> {
    const compiled = await this.compiled();
    return compiled.hasBannedWords ? compiled.matcher : null;
  }

  /** Findings the policy acts on: confident enough and of a type the admin left switched on. */
  private static counts(compiled: CompiledPolicy, finding: PiiFinding): boolean {
    return finding.confidence >= compiled.minimumConfidence && !compiled.disabledTypes.has(finding.type);
  }

  private findings(compiled: CompiledPolicy, text: string): PiiFinding[] {
    return findPersonalInformation(text).filter((finding) => GuardService.counts(compiled, finding));
  }

  /**
   * Checks what goes to a model. Refuses (AppError) on a blocking 금칙어, on internal material bound for an
   * outside model, and on PII the policy blocks; masks PII the policy masks.
   */
  async inspect(input: InspectInput): Promise<InputInspection> {
    const compiled = await this.compiled();
    const notices: GuardNotice[] = [];
    if (input.sensitivity === 'internal' && input.location === 'external') {
      await this.audit.record(input.caller, 'guard-blocked', 'blocked', {
        rule: 'internal-only',
        model: input.modelId,
      });
      throw guardErrors.internalOnly(input.modelId);
    }

    if (compiled.hasBannedWords) {
      const indexes = input.userTextIndexes ?? input.texts.map((_text, index) => index);
      const lastIndex = indexes.at(-1);
      for (const index of indexes) {
        const found = compiled.matcher.find(input.texts[index] ?? '');
        const blocking = found.find((finding) => finding.action === 'block');
        if (blocking !== undefined) {
          await this.audit.record(input.caller, 'guard-blocked', 'blocked', {
            rule: 'banned-word',
            list: blocking.listName,
            where: 'input',
          });
          throw guardErrors.bannedWord(blocking.listName, blocking.word);
        }
        // Warnings only for the newest text: earlier turns were warned about when they were sent.
        if (index === lastIndex) {
          for (const listName of new Set(found.map((finding) => finding.listName))) {
            notices.push({ kind: 'warned', listName, where: 'input' });
            await this.audit.record(input.caller, 'guard-warned', 'warned', {
              rule: 'banned-word',
              list: listName,
              where: 'input',
            });
          }
        }
      }
    }

    const action = this.piiAction(compiled.policy, input.location);
    // On an internal model PII is scanned only to learn whether the conversation must stay internal.
    const scanForSensitivity =
      input.location === 'internal' &&
      compiled.policy.piiActionExternal === 'block' &&
      input.sensitivity === 'normal';
    if (action === 'allow' && !scanForSensitivity) {
      return { texts: [...input.texts], vault: null, notices, markInternal: false };
    }
    const findingsPerText = input.texts.map((text) => this.findings(compiled, text));
    const all = findingsPerText.flat();
    if (all.length === 0) return { texts: [...input.texts], vault: null, notices, markInternal: false };

    const counts = countByType(all);
    const types = [...counts.keys()];
    if (action === 'block') {
      await this.audit.record(input.caller, 'guard-blocked', 'blocked', {
        rule: 'pii',
        location: input.location,
        piiTypes: types,
      });
      throw guardErrors.piiBlocked(
        types.map((type) => piiTypeLabels[type]),
        input.location,
      );
    }
    if (action === 'allow') return { texts: [...input.texts], vault: null, notices, markInternal: true };

    // The texts were scanned above; maskConversation asks for each text's findings once, in order.
    let position = 0;
    const masked = maskConversation(input.texts, () => findingsPerText[position++] ?? [], 0);
    const placeholderCounts = new Map<PiiType, number>();
    for (const entry of masked.vault.entries())
      placeholderCounts.set(entry.type, (placeholderCounts.get(entry.type) ?? 0) + 1);
    notices.push({
      kind: 'masked',
      piiTypes: [...placeholderCounts].map(([type, count]) => ({ type, label: piiTypeLabels[type], count })),
    });
    await this.audit.record(input.caller, 'guard-masked', 'masked', {
      location: input.location,
      piiTypes: Object.fromEntries(placeholderCounts),
    });
    return { texts: masked.texts, vault: masked.vault, notices, markInternal: false };
  }

  private piiAction(policy: GuardPolicy, location: ModelLocation): PiiAction {
    return location === 'internal' ? policy.piiActionInternal : policy.piiActionExternal;
  }

  /** Records what the output check did (the stream itself is filtered by the caller). */
  async recordOutput(caller: GuardCaller, notice: GuardNotice): Promise<void> {
    if (notice.kind === 'output-blocked') {
      await this.audit.record(caller, 'guard-blocked', 'blocked', {
        rule: 'banned-word',
        list: notice.listName,
        where: 'output',
      });
    } else if (notice.kind === 'warned') {
      await this.audit.record(caller, 'guard-warned', 'warned', {
        rule: 'banned-word',
        list: notice.listName,
        where: 'output',
      });
    }
  }

  // ---- retention ----

  async institutionRetention(): Promise<Retention> {
    return (await this.compiled()).retention;
  }

  /** The retention mode that applies to a member of the department (nearest override up the tree). */
  async retentionFor(departmentId: string | null): Promise<Retention> {
    const institution = await this.institutionRetention();
    if (departmentId === null) return institution;
    return resolveRetention(institution, departmentId, await this.repository.departmentRetention());
  }

  /** Every department's effective mode, for the purge job. */
  async retentionByDepartment(): Promise<{ institution: Retention; departments: Map<string, Retention> }> {
    const institution = await this.institutionRetention();
    const tree = await this.repository.departmentRetention();
    const departments = new Map<string, Retention>();
    for (const id of tree.keys()) departments.set(id, resolveRetention(institution, id, tree));
    return { institution, departments };
  }

  // ---- administration ----

  async departmentOverrides(): Promise<{ departmentId: string; retention: string }[]> {
    const tree = await this.repository.departmentRetention();
    return [...tree].flatMap(([departmentId, department]) => {
      const retention = parseRetention(department.retention);
      return retention === null ? [] : [{ departmentId, retention: formatRetention(retention) }];
    });
  }

  async setDepartmentRetention(
    actor: GuardCaller,
    departmentId: string,
    retention: string | null,
  ): Promise<void> {
    if (!(await this.repository.setDepartmentRetention(departmentId, retention)))
      throw errors.notFound('부서');
    await this.audit.record(actor, 'guard-policy-updated', 'success', { departmentId, retention });
  }

  async getPolicy(): Promise<GuardPolicyResponse> {
    const compiled = await this.compiled();
    return {
      policy: compiled.policy,
      piiTypes: piiTypes.map((type) => ({ type, label: piiTypeLabels[type] })),
    };
  }

  async updatePolicy(actor: GuardCaller, policy: GuardPolicy): Promise<GuardPolicyResponse> {
    const unknownTypes = policy.disabledPiiTypes.filter(
      (type) => !(piiTypes as readonly string[]).includes(type),
    );
    if (unknownTypes.length > 0) throw errors.validation({ disabledPiiTypes: unknownTypes });
    await this.repository.savePolicy(this.institutionId, {
      piiActionInternal: policy.piiActionInternal,
      piiActionExternal: policy.piiActionExternal,
      disabledPiiTypes: [...new Set(policy.disabledPiiTypes)],
      minimumConfidence: policy.minimumConfidence,
      retention: policy.retention,
    });
    await this.changed();
    await this.audit.record(actor, 'guard-policy-updated', 'success', {
      piiActionInternal: policy.piiActionInternal,
      piiActionExternal: policy.piiActionExternal,
      disabledPiiTypes: policy.disabledPiiTypes,
      minimumConfidence: policy.minimumConfidence,
      retention: policy.retention,
    });
    return this.getPolicy();
  }

  async listBannedWordLists(): Promise<BannedWordList[]> {
    return (await this.repository.listBannedWordLists(this.institutionId)).map(presentList);
  }

  private static cleanWords(words: readonly string[]): string[] {
    return [...new Set(words.map((word) => word.trim()).filter((word) => word !== ''))];
  }

  async createBannedWordList(actor: GuardCaller, input: BannedWordListInput): Promise<BannedWordList> {
    const row = await this.repository.insertBannedWordList(this.institutionId, {
      ...input,
      words: GuardService.cleanWords(input.words),
    });
    await this.changed();
    await this.audit.record(actor, 'banned-word-list-created', 'success', {
      listId: row.id,
      name: row.name,
      action: row.action,
      words: row.words.length,
    });
    return presentList(row);
  }

  async updateBannedWordList(
    actor: GuardCaller,
    id: string,
    input: BannedWordListInput,
  ): Promise<BannedWordList> {
    const row = await this.repository.updateBannedWordList(this.institutionId, id, {
      ...input,
      words: GuardService.cleanWords(input.words),
    });
    if (row === undefined) throw errors.notFound('금칙어 목록');
    await this.changed();
    await this.audit.record(actor, 'banned-word-list-updated', 'success', {
      listId: row.id,
      name: row.name,
      action: row.action,
      enabled: row.enabled,
      words: row.words.length,
    });
    return presentList(row);
  }

  async deleteBannedWordList(actor: GuardCaller, id: string): Promise<void> {
    if (!(await this.repository.deleteBannedWordList(this.institutionId, id)))
      throw errors.notFound('금칙어 목록');
    await this.changed();
    await this.audit.record(actor, 'banned-word-list-deleted', 'success', { listId: id });
  }

  /**
   * Refuses text about to be shown to colleagues when it holds a blocking 금칙어 or personal information the
   * policy counts, whatever the model policy: a published text reaches people the author did not choose.
   */
  async checkPublication(texts: readonly string[]): Promise<void> {
    const compiled = await this.compiled();
    for (const text of texts) {
      const blocking = compiled.hasBannedWords
        ? compiled.matcher.find(text).find((finding) => finding.action === 'block')
        : undefined;
      if (blocking !== undefined) {
        throw guardErrors.notPublishable({ bannedWord: blocking.word, listName: blocking.listName });
      }
    }
    const findings = texts.flatMap((text) => this.findings(compiled, text));
    if (findings.length > 0) {
      throw guardErrors.notPublishable({
        piiLabels: [...new Set(findings.map((finding) => piiTypeLabels[finding.type]))],
      });
    }
  }

  /** What the guard would do to one sentence sent to a model at `location`; nothing is recorded. */
  async test(text: string, location: ModelLocation): Promise<GuardTestResponse> {
    const compiled = await this.compiled();
    const action = this.piiAction(compiled.policy, location);
    const bannedWords = compiled.hasBannedWords
      ? compiled.matcher.find(text).map((finding) => ({
          listName: finding.listName,
          action: finding.action,
          word: finding.word,
          start: finding.start,
          end: finding.end,
        }))
      : [];
    const all = findPersonalInformation(text);
    const counted = all.filter((finding) => GuardService.counts(compiled, finding));
    const findings = all.map((finding) => ({
      type: finding.type,
      label: piiTypeLabels[finding.type],
      start: finding.start,
      end: finding.end,
      confidence: finding.confidence,
      action: counted.includes(finding) ? action : ('ignored' as const),
    }));
    const blockingWord = bannedWords.find((word) => word.action === 'block');
    let decision: GuardTestResponse['decision'] = 'allow';
    let reason: string | null = null;
    let maskedText = text;
    if (blockingWord !== undefined) {
      decision = 'block';
      reason = `금칙어 '${blockingWord.word}'(${blockingWord.listName})`;
    } else if (counted.length > 0 && action === 'block') {
      decision = 'block';
      reason = `개인정보(${[...new Set(counted.map((finding) => piiTypeLabels[finding.type]))].join(', ')})`;
    } else if (counted.length > 0 && action === 'mask') {
      decision = 'mask';
      maskedText = maskConversation([text], () => counted, 0).texts[0] ?? text;
    }
    return { decision, reason, maskedText, findings, bannedWords };
  }
}
