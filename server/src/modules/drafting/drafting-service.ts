import type {
  CreateDraftRequest,
  DraftDetail,
  DraftDocument,
  DraftDoneEvent,
  DraftReference,
  DraftSummary,
  DraftTemplate,
  DraftingSettings,
  DraftingSettingsResponse,
  DraftVersion,
  ExportFormat,
  FieldValue,
  LintFinding,
  TemplatePreviewResponse,
} from '@jumugwan/contracts';
import { AppError } from '../../platform/app-error.js';
import type { Clock } from '../../platform/clock.js';
import type { UserRow } from '../org/org-repository.js';
import type { GuardCaller } from '../guard/index.js';
import type { GroundingSource } from '../knowledge/index.js';
import type { DraftRepository, NewVersion, VersionRow } from './draft-repository.js';
import type { DraftingSettingsRepository } from './drafting-settings-repository.js';
import { exampleValues, validFieldValues } from './field-values.js';
import { lintDraftText } from './lint/index.js';
import type { DraftingContext } from './render/drafting-context.js';
import { renderSkeleton } from './render/render-skeleton.js';
import { templateLintRules } from './templates/template-lint-rules.js';
import { validTemplate, type TemplateCatalog } from './templates/template-catalog.js';
import type { DraftWriter } from './write/draft-writer.js';
import { exportDraft, type ExportedFile } from './export-draft.js';

export interface DraftingPorts {
  /** Passages from the chosen knowledge collections, read with the user's access. */
  ground(
    user: UserRow,
    caller: GuardCaller,
    question: string,
    collectionIds: readonly string[],
  ): Promise<{ sources: GroundingSource[]; internal: boolean }>;
  /** False when the user's retention policy is "none": nothing of a draft may be stored. */
  storageAllowed(departmentId: string | null): Promise<boolean>;
  contextOf(user: UserRow): Promise<DraftingContext>;
}

export interface GenerateInput {
  model: string;
  instruction?: string;
  signal?: AbortSignal;
  onDelta: (text: string) => void;
}

const draftNotFound = () => new AppError('draft_not_found', 404, '초안을 찾을 수 없습니다.');
const draftListLimit = 100;
/** Longest question sent to retrieval: the title and the first facts say what the draft is about. */
const groundingQuestionCharacters = 500;

/** Templates, drafts and their versions, generation, lint and export for signed-in staff. */
export class DraftingService {
  constructor(
    private readonly catalog: TemplateCatalog,
    private readonly drafts: DraftRepository,
    private readonly settingsRepository: DraftingSettingsRepository,
    private readonly writer: DraftWriter,
    private readonly ports: DraftingPorts,
    private readonly institutionId: string,
    private readonly clock: Clock,
  ) {}

  // ---- settings and the AI-use notice ----

  async settings(user: UserRow): Promise<DraftingSettingsResponse> {
    const [settings, acknowledgedAt, storageAllowed] = await Promise.all([
      this.settingsRepository.settings(this.institutionId),
      this.settingsRepository.acknowledgedAt(user.id),
      this.ports.storageAllowed(user.departmentId),
    ]);
    return { settings, acknowledgedAt: acknowledgedAt?.toISOString() ?? null, storageAllowed };
  }

  async saveSettings(settings: DraftingSettings): Promise<DraftingSettings> {
    await this.settingsRepository.saveSettings(this.institutionId, settings, this.clock.now());
    return settings;
  }

  async acknowledge(user: UserRow): Promise<{ acknowledgedAt: string }> {
    const at = await this.settingsRepository.acknowledge(user.id, this.clock.now());
    return { acknowledgedAt: at.toISOString() };
  }

  // ---- templates ----

  get templates(): TemplateCatalog {
    return this.catalog;
  }

  /** The skeleton and print view a template gives with the values (its examples when absent). */
  async preview(
    user: UserRow,
    input: unknown,
    values: Record<string, FieldValue> | undefined,
  ): Promise<TemplatePreviewResponse> {
    const context = await this.ports.contextOf(user);
    const template = validTemplate(input);
    const document = renderSkeleton(template, values ?? exampleValues(template), context);
    const settings = await this.settingsRepository.settings(this.institutionId);
    const file = await exportDraft('html', {
      template,
      document,
      settings,
      author: user.name,
      institution: context.institutionName,
      createdAt: this.clock.now(),
    });
    return {
      document,
      html: Buffer.from(file.bytes).toString('utf8'),
      findings: lintDraftText(document.body, { rules: templateLintRules(template) }),
    };
  }

  async lint(text: string, templateId: string | undefined): Promise<LintFinding[]> {
    const rules =
      templateId === undefined ? [] : templateLintRules((await this.catalog.get(templateId)).template);
    return lintDraftText(text, { rules });
  }

  // ---- stateless drafting (also what stored drafts are made of) ----

  async compose(
    user: UserRow,
    templateId: string,
    values: Record<string, FieldValue>,
  ): Promise<{ document: DraftDocument; templateVersion: number }> {
    const { template } = await this.catalog.get(templateId);
    const accepted = validFieldValues(template, values);
    return {
      document: renderSkeleton(template, accepted, await this.ports.contextOf(user)),
      templateVersion: template.version,
    };
  }

  /** Writes (or revises `document`) without storing anything: for users whose retention is "none". */
  async generateStateless(
    user: UserRow,
    caller: GuardCaller,
    request: {
      templateId: string;
      values: Record<string, FieldValue>;
      collectionIds: string[];
      references: DraftReference[];
      document?: DraftDocument;
    },
    input: GenerateInput,
  ): Promise<DraftDoneEvent> {
    const { template } = await this.catalog.get(request.templateId);
    const values = validFieldValues(template, request.values);
    const written = await this.write(user, caller, template, values, request, input, request.document);
    return { ...written, version: null };
  }

  async exportStateless(
    user: UserRow,
    templateId: string,
    document: DraftDocument,
    format: ExportFormat,
  ): Promise<ExportedFile> {
    const { template } = await this.catalog.get(templateId);
    return this.exportDocument(user, template, document, format);
  }

  // ---- stored drafts ----

  async createDraft(user: UserRow, request: CreateDraftRequest): Promise<DraftDetail> {
    await this.requireStorage(user);
    const { template } = await this.catalog.get(request.templateId);
    const values = validFieldValues(template, request.values);
    const document = renderSkeleton(template, values, await this.ports.contextOf(user));
    const id = await this.drafts.create(
      {
        userId: user.id,
        templateSlug: template.id,
        templateVersion: template.version,
        values,
        collectionIds: request.collectionIds ?? [],
        references: request.references ?? [],
      },
      { source: 'skeleton', instruction: null, model: null, document, citations: [] },
    );
    return this.draft(user, id);
  }

  async listDrafts(user: UserRow): Promise<DraftSummary[]> {
    const rows = await this.drafts.list(user.id, draftListLimit);
    const names = new Map((await this.catalog.list()).map((template) => [template.id, template.name]));
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      templateId: row.templateSlug,
      templateName: names.get(row.templateSlug) ?? row.templateSlug,
      versionCount: row.versionCount,
      updatedAt: row.updatedAt.toISOString(),
    }));
  }

  async draft(user: UserRow, id: string): Promise<DraftDetail> {
    const row = await this.ownDraft(user, id);
    const latest = await this.drafts.version(id, row.versionCount);
    if (latest === undefined) throw draftNotFound();
    const versions = await this.drafts.versions(id);
    return {
      id: row.id,
      templateId: row.templateSlug,
      templateVersion: row.templateVersion,
      values: row.values,
      collectionIds: row.collectionIds,
      references: row.references.map((reference) => ({ name: reference.name })),
      latest: presentVersion(latest),
      versions: versions.map((version) => ({
        number: version.number,
        source: version.source,
        instruction: version.instruction,
        model: version.model,
        createdAt: version.createdAt.toISOString(),
      })),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  async version(user: UserRow, id: string, number: number): Promise<DraftVersion> {
    await this.ownDraft(user, id);
    const version = await this.drafts.version(id, number);
    if (version === undefined) throw new AppError('not_found', 404, '그 버전은 없습니다.');
    return presentVersion(version);
  }

  /** A hand edit or a restored older version becomes the newest version; nothing earlier changes. */
  async saveVersion(
    user: UserRow,
    id: string,
    document: DraftDocument,
    source: 'edited' | 'restored',
  ): Promise<DraftDetail> {
    await this.requireStorage(user);
    await this.ownDraft(user, id);
    await this.drafts.addVersion(
      id,
      { source, instruction: null, model: null, document, citations: [] },
      this.clock.now(),
    );
    return this.draft(user, id);
  }

  async deleteDraft(user: UserRow, id: string): Promise<void> {
    if (!(await this.drafts.delete(user.id, id))) throw draftNotFound();
  }

  /** Writes the draft from its form (or revises the latest version) and saves the result as a version. */
  async generate(
    user: UserRow,
    caller: GuardCaller,
    id: string,
    input: GenerateInput,
  ): Promise<DraftDoneEvent> {
    await this.requireStorage(user);
    const row = await this.ownDraft(user, id);
    const { template } = await this.catalog.get(row.templateSlug, row.templateVersion);
    const latest = await this.drafts.version(id, row.versionCount);
    if (latest === undefined) throw draftNotFound();
    const written = await this.write(user, caller, template, row.values, row, input, latest.document);
    const version: NewVersion = {
      source: input.instruction === undefined ? 'generated' : 'revised',
      instruction: input.instruction ?? null,
      model: written.modelId,
      document: written.document,
      citations: written.citations,
    };
    const number = await this.drafts.addVersion(id, version, this.clock.now());
    const saved = await this.drafts.version(id, number);
    if (saved === undefined) throw draftNotFound();
    return { ...written, version: presentVersion(saved) };
  }

  async exportDraft(user: UserRow, id: string, format: ExportFormat, number?: number): Promise<ExportedFile> {
    const row = await this.ownDraft(user, id);
    const version = await this.drafts.version(id, number ?? row.versionCount);
    if (version === undefined) throw new AppError('not_found', 404, '그 버전은 없습니다.');
    const { template } = await this.catalog.get(row.templateSlug, row.templateVersion);
    return this.exportDocument(user, template, version.document, format);
  }

  // ---- internals ----

  private async write(
    user: UserRow,
    caller: GuardCaller,
    template: DraftTemplate,
    values: Record<string, FieldValue>,
    sources: { collectionIds: string[]; references: DraftReference[] },
    input: GenerateInput,
    current: DraftDocument | undefined,
  ) {
    const context = await this.ports.contextOf(user);
    const skeleton = renderSkeleton(template, values, context);
    if (input.instruction !== undefined && current === undefined) {
      throw new AppError('validation_failed', 400, '고칠 초안 본문이 없습니다.');
    }
    const grounding =
      sources.collectionIds.length === 0
        ? { sources: [], internal: false }
        : await this.ports.ground(user, caller, groundingQuestion(skeleton), sources.collectionIds);
    return this.writer.write({
      template,
      values,
      skeleton,
      references: sources.references,
      sources: grounding.sources,
      model: input.model,
      caller,
      sensitivity: grounding.internal ? 'internal' : 'normal',
      onDelta: input.onDelta,
      ...(input.signal === undefined ? {} : { signal: input.signal }),
      ...(input.instruction === undefined || current === undefined
        ? {}
        : { revision: { document: current, instruction: input.instruction } }),
    });
  }

  private async exportDocument(
    user: UserRow,
    template: DraftTemplate,
    document: DraftDocument,
    format: ExportFormat,
  ): Promise<ExportedFile> {
    const [settings, context] = await Promise.all([
      this.settingsRepository.settings(this.institutionId),
      this.ports.contextOf(user),
    ]);
    return exportDraft(format, {
      template,
      document,
      settings,
      author: user.name,
      institution: context.institutionName,
      createdAt: this.clock.now(),
    });
  }

  private async ownDraft(user: UserRow, id: string) {
    const row = await this.drafts.find(user.id, id);
    if (row === undefined) throw draftNotFound();
    return row;
  }

  private async requireStorage(user: UserRow): Promise<void> {
    if (!(await this.ports.storageAllowed(user.departmentId))) {
      throw new AppError(
        'draft_storage_disabled',
        403,
        '보관 정책에 따라 초안을 저장할 수 없습니다. 저장하지 않는 작성 화면을 쓰세요.',
      );
    }
  }
}

function presentVersion(row: VersionRow): DraftVersion {
  return {
    number: row.number,
    source: row.source,
    instruction: row.instruction,
    model: row.model,
    document: row.document,
    citations: row.citations,
    createdAt: row.createdAt.toISOString(),
  };
}

function groundingQuestion(skeleton: DraftDocument): string {
  return `${skeleton.title}\n${skeleton.body}`
    .replace(/\[[^\]]*\]/g, '')
    .slice(0, groundingQuestionCharacters);
}
