import {
  draftTemplateSchema,
  type DraftTemplate,
  type DraftTemplateDetail,
  type DraftTemplateSummary,
} from '@jumugwan/contracts';
import { AppError } from '../../../platform/app-error.js';
import type { Clock } from '../../../platform/clock.js';
import type { TemplateRepository } from '../template-repository.js';
import { templateProblems } from './template-problems.js';

export function templateNotFound(): AppError {
  return new AppError('template_not_found', 404, '템플릿을 찾을 수 없습니다.');
}

/**
 * Built-in templates (files shipped with the platform, read-only) and the institution's own (database,
 * versioned). Slugs are unique across both: an admin copies a built-in one under a new id to change it.
 */
export class TemplateCatalog {
  private readonly builtIns: Map<string, DraftTemplate>;

  constructor(
    builtIns: readonly DraftTemplate[],
    private readonly repository: TemplateRepository,
    private readonly institutionId: string,
    private readonly clock: Clock,
  ) {
    this.builtIns = new Map(builtIns.map((template) => [template.id, template]));
  }

  async list(): Promise<DraftTemplateSummary[]> {
    const stored = await this.repository.listCurrent(this.institutionId);
    const own = stored.flatMap((row) => {
      const parsed = draftTemplateSchema.safeParse(row.definition);
      if (!parsed.success) return [];
      return [{ ...summaryOf(parsed.data, false), updatedAt: row.createdAt.toISOString() }];
    });
    return [...[...this.builtIns.values()].map((template) => summaryOf(template, true)), ...own];
  }

  /** The template as drafts use it; a specific version for drafts made from an older one. */
  async get(id: string, version?: number): Promise<{ template: DraftTemplate; builtIn: boolean }> {
    const builtIn = this.builtIns.get(id);
    // Built-in files keep only their current version; a draft made from an older one renders with it.
    if (builtIn !== undefined) return { template: builtIn, builtIn: true };
    const stored = await this.repository.find(this.institutionId, id, version);
    if (stored === undefined) throw templateNotFound();
    const parsed = draftTemplateSchema.safeParse(stored.definition);
    if (!parsed.success) throw templateNotFound();
    return { template: parsed.data, builtIn: false };
  }

  async detail(id: string, version: number | undefined, canEdit: boolean): Promise<DraftTemplateDetail> {
    const { template, builtIn } = await this.get(id, version);
    const versions = builtIn
      ? [{ version: template.version, createdAt: '', createdBy: null }]
      : (await this.repository.versions(this.institutionId, id)).map((row) => ({
          version: row.version,
          createdAt: row.createdAt.toISOString(),
          createdBy: row.createdBy,
        }));
    return { template, builtIn, canEdit: canEdit && !builtIn, versions };
  }

  async create(input: unknown, userId: string): Promise<DraftTemplate> {
    const template = validTemplate(input);
    if (this.builtIns.has(template.id) || (await this.repository.exists(this.institutionId, template.id))) {
      throw new AppError(
        'conflict',
        409,
        `템플릿 ID "${template.id}"는 이미 쓰이고 있습니다. 다른 ID를 정하세요.`,
      );
    }
    return this.append(template, userId);
  }

  async update(id: string, input: unknown, userId: string): Promise<DraftTemplate> {
    if (this.builtIns.has(id)) {
      throw new AppError(
        'forbidden',
        403,
        '기본 제공 템플릿은 고칠 수 없습니다. 복사해서 기관 템플릿으로 만드세요.',
      );
    }
    if ((await this.repository.find(this.institutionId, id)) === undefined) throw templateNotFound();
    const template = validTemplate(input);
    if (template.id !== id) {
      throw new AppError('validation_failed', 400, '템플릿 ID는 바꿀 수 없습니다.');
    }
    return this.append(template, userId);
  }

  async archive(id: string): Promise<void> {
    if (this.builtIns.has(id)) throw new AppError('forbidden', 403, '기본 제공 템플릿은 지울 수 없습니다.');
    if (!(await this.repository.archive(this.institutionId, id, this.clock.now()))) throw templateNotFound();
  }

  private async append(template: DraftTemplate, userId: string): Promise<DraftTemplate> {
    let saved = template;
    await this.repository.append(
      this.institutionId,
      template.id,
      (version) => {
        saved = { ...template, version };
        return saved;
      },
      userId,
    );
    return saved;
  }
}

/** Schema first (with the path of each problem), then the cross-references the schema cannot see. */
export function validTemplate(input: unknown): DraftTemplate {
  const parsed = draftTemplateSchema.safeParse(
    typeof input === 'object' && input !== null ? { version: 1, ...input } : input,
  );
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    throw new AppError('validation_failed', 400, '템플릿 형식이 올바르지 않습니다.', { issues });
  }
  const problems = templateProblems(parsed.data);
  if (problems.length > 0) {
    throw new AppError('validation_failed', 400, problems.join(' '), {
      issues: problems.map((message) => ({ path: '', message })),
    });
  }
  return parsed.data;
}

function summaryOf(template: DraftTemplate, builtIn: boolean): DraftTemplateSummary {
  return {
    id: template.id,
    version: template.version,
    name: template.name,
    category: template.category,
    description: template.description,
    layout: template.layout,
    builtIn,
    updatedAt: null,
  };
}
