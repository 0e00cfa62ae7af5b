import { z } from 'zod';

/**
 * Drafting templates are data: one file each (built-in ones under server/templates/drafting,
 * institution ones in the database), validated by `draftTemplateSchema`.
 */

export const templateFieldTypeSchema = z.enum([
  'text',
  'textarea',
  'date',
  'time',
  'number',
  'money',
  'select',
  /** One item per line (붙임 list, attendees, key facts). */
  'list',
  /** Statute texts the reply may cite (민원 답변서): name, article and text, pasted or found in collections. */
  'statutes',
]);
export type TemplateFieldType = z.infer<typeof templateFieldTypeSchema>;

const fieldKeySchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,39}$/, '필드 키는 영문 소문자로 시작하는 영문·숫자 40자 이내여야 합니다.');

export const templateFieldSchema = z.object({
  key: fieldKeySchema,
  label: z.string().trim().min(1).max(60),
  type: templateFieldTypeSchema,
  required: z.boolean().default(false),
  hint: z.string().max(300).default(''),
  example: z.string().max(2000).default(''),
  /** For `select`. */
  options: z.array(z.string().min(1).max(60)).max(30).optional(),
  maxLength: z.number().int().min(1).max(20_000).optional(),
});
export type TemplateField = z.infer<typeof templateFieldSchema>;

/**
 * How the document is laid out and exported. `gian` is the official 기안문 form (두문·본문·결문,
 * filled into kordoc's 일반기안문 form in HWPX); the others map to kordoc's Markdown presets.
 */
export const templateLayoutSchema = z.enum([
  'gian',
  'press',
  'plan',
  'report',
  'gaejosik',
  'minutes',
  'notice',
  'plain',
]);
export type TemplateLayout = z.infer<typeof templateLayoutSchema>;

/**
 * Header and footer slots per layout (두문/결문, press header box, notice head). Each value is text
 * with `{{fieldKey}}` or `{{institution.name}}`-style placeholders, filled when the draft is made.
 */
export const templateSlotNameSchema = z.enum([
  // 기안문/시행문 두문
  'organization',
  'recipient',
  'via',
  // 기안문/시행문 결문
  'sender',
  'recipients',
  'drafter',
  'reviewer',
  'approver',
  'cooperator',
  'documentNumber',
  'enforcementDate',
  'zipCode',
  'address',
  'homepage',
  'phone',
  'fax',
  'email',
  'disclosure',
  // 보도자료 머리
  'releaseTime',
  'distributionTime',
  'subtitle',
  'department',
  'manager',
  // 공고문
  'noticeNumber',
  'noticeDate',
  // 보고서 표지·날짜
  'date',
]);
export type TemplateSlotName = z.infer<typeof templateSlotNameSchema>;

export const templateSectionSchema = z.object({
  /** Heading as it appears in the document ("1. 추진 배경" is written as heading "추진 배경" with marker). */
  heading: z.string().max(100).default(''),
  /** `item`: the heading is a level-1 item (1., 2., ...); `title`: a bare heading line; `none`: no heading. */
  marker: z.enum(['item', 'title', 'none']).default('item'),
  /** Skeleton text under the heading, with `{{fieldKey}}` placeholders; lines indented by two spaces per level. */
  skeleton: z.string().max(5_000).default(''),
  /** What the model writes in this section. */
  instructions: z.string().max(2_000).default(''),
});
export type TemplateSection = z.infer<typeof templateSectionSchema>;

export const lintRuleCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,40}$/);

export const draftTemplateSchema = z.object({
  /** Stable slug; built-in ones are English words (gian-internal, press-release, ...). */
  id: z.string().regex(/^[a-z][a-z0-9-]{1,59}$/, '템플릿 ID는 영문 소문자·숫자·하이픈 60자 이내여야 합니다.'),
  version: z.number().int().min(1),
  name: z.string().trim().min(1).max(60),
  category: z.string().trim().min(1).max(30),
  description: z.string().max(500).default(''),
  layout: templateLayoutSchema,
  /** `{{fieldKey}}` text for the document title. */
  title: z.string().max(300).default('{{title}}'),
  fields: z.array(templateFieldSchema).min(1).max(40),
  slots: z.partialRecord(templateSlotNameSchema, z.string().max(300)).default({}),
  sections: z.array(templateSectionSchema).max(30),
  /** Field whose lines become `붙임  1. ○○ 1부.` lines. */
  attachmentsField: z.string().optional(),
  /** The text ends with `끝.` (기안문, 시행문, 공고문 ...). */
  endMark: z.boolean().default(true),
  /** Overall generation instructions: purpose, tone, length. */
  instructions: z.string().max(5_000).default(''),
  /** Lint rule codes that apply; empty means every rule. */
  lintRules: z.array(lintRuleCodeSchema).default([]),
  /** Statute citations in the body are checked against the `statutes` field (민원 답변서). */
  verifyStatutes: z.boolean().default(false),
});
export type DraftTemplate = z.infer<typeof draftTemplateSchema>;
export type DraftTemplateInput = z.input<typeof draftTemplateSchema>;

export const draftTemplateSummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  category: z.string(),
  description: z.string(),
  layout: templateLayoutSchema,
  builtIn: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type DraftTemplateSummary = z.infer<typeof draftTemplateSummarySchema>;
export const draftTemplateListSchema = z.object({ templates: z.array(draftTemplateSummarySchema) });

export const draftTemplateDetailSchema = z.object({
  template: draftTemplateSchema,
  builtIn: z.boolean(),
  /** Platform admins may edit institution templates and copy built-in ones. */
  canEdit: z.boolean(),
  versions: z.array(
    z.object({ version: z.number().int(), createdAt: z.string(), createdBy: z.string().nullable() }),
  ),
});
export type DraftTemplateDetail = z.infer<typeof draftTemplateDetailSchema>;

/** A statute text the user provided for a 민원 답변서 (pasted, or taken from a knowledge passage). */
export const providedStatuteSchema = z.object({
  /** Statute name without 「」: "도로교통법", "도로교통법 시행령". */
  name: z.string().trim().min(1).max(100),
  /** The articles' text as provided, e.g. "제32조(정차 및 주차의 금지) 모든 차의 운전자는 ...". */
  text: z.string().trim().min(1).max(20_000),
});
export type ProvidedStatute = z.infer<typeof providedStatuteSchema>;

/** A file the user attached as a source: its extracted text (POST /api/chat/attachments gives it). */
export const draftReferenceSchema = z.object({
  name: z.string().min(1).max(255),
  text: z.string().max(200_000),
});
export type DraftReference = z.infer<typeof draftReferenceSchema>;

export const fieldValueSchema = z.union([z.string().max(20_000), z.array(providedStatuteSchema).max(20)]);
export type FieldValue = z.infer<typeof fieldValueSchema>;

/**
 * The document itself: the title, the filled header/footer slots and the body in public-document
 * notation (one paragraph per line, two spaces of indentation per item level, tables as Markdown
 * pipe tables, `붙임` lines and `끝.` as written).
 */
export const draftDocumentSchema = z.object({
  title: z.string().max(300),
  slots: z.partialRecord(templateSlotNameSchema, z.string().max(300)).default({}),
  body: z.string().max(200_000),
});
export type DraftDocument = z.infer<typeof draftDocumentSchema>;

export const lintFixSchema = z.object({
  /** Offsets into the linted text (UTF-16 code units, end exclusive). */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  replacement: z.string(),
});
export type LintFix = z.infer<typeof lintFixSchema>;

export const lintFindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  /** 1-based line. */
  line: z.number().int().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  message: z.string(),
  /** The one-click fix, when the rule knows the right text. */
  fix: lintFixSchema.nullable(),
});
export type LintFinding = z.infer<typeof lintFindingSchema>;

export const lintRequestSchema = z.object({
  text: z.string().max(200_000),
  templateId: z.string().optional(),
});
export const lintResponseSchema = z.object({ findings: z.array(lintFindingSchema) });

export const statuteCitationCheckSchema = z.object({
  /** As written: 「도로교통법」 제32조제1항. */
  citation: z.string(),
  statute: z.string(),
  article: z.string(),
  verified: z.boolean(),
  reason: z.string().nullable(),
});
export type StatuteCitationCheck = z.infer<typeof statuteCitationCheckSchema>;

export const draftVersionSourceSchema = z.enum(['skeleton', 'generated', 'revised', 'edited', 'restored']);
export type DraftVersionSource = z.infer<typeof draftVersionSourceSchema>;

export const draftVersionSchema = z.object({
  number: z.number().int().min(1),
  source: draftVersionSourceSchema,
  /** The revision instruction ("더 간결하게") for `revised` versions. */
  instruction: z.string().nullable(),
  model: z.string().nullable(),
  document: draftDocumentSchema,
  citations: z.array(statuteCitationCheckSchema),
  createdAt: z.string(),
});
export type DraftVersion = z.infer<typeof draftVersionSchema>;

export const draftSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  templateId: z.string(),
  templateName: z.string(),
  versionCount: z.number().int(),
  updatedAt: z.string(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;
export const draftListSchema = z.object({ drafts: z.array(draftSummarySchema) });

export const draftDetailSchema = z.object({
  id: z.uuid(),
  templateId: z.string(),
  templateVersion: z.number().int(),
  values: z.record(z.string(), fieldValueSchema),
  collectionIds: z.array(z.uuid()),
  references: z.array(draftReferenceSchema.pick({ name: true })),
  latest: draftVersionSchema,
  versions: z.array(draftVersionSchema.omit({ document: true, citations: true })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DraftDetail = z.infer<typeof draftDetailSchema>;

export const createDraftRequestSchema = z.object({
  templateId: z.string().min(1),
  values: z.record(z.string(), fieldValueSchema),
  collectionIds: z.array(z.uuid()).max(10).default([]),
  references: z.array(draftReferenceSchema).max(5).default([]),
});
export type CreateDraftRequest = z.input<typeof createDraftRequestSchema>;

export const saveDraftRequestSchema = z.object({
  document: draftDocumentSchema,
  /** `restored` when the user brings back an older version. */
  source: z.enum(['edited', 'restored']).default('edited'),
});

export const generateDraftRequestSchema = z.object({
  model: z.string().min(1),
  /** Present for a revision of the latest version ("더 간결하게", "2쪽 분량으로"). */
  instruction: z.string().trim().min(1).max(1_000).optional(),
});
export type GenerateDraftRequest = z.infer<typeof generateDraftRequestSchema>;

export const exportFormatSchema = z.enum(['hwpx', 'docx', 'html', 'txt']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const draftingSettingsSchema = z.object({
  /** Print a visible "생성형 AI를 활용하여 작성" line at the end of exported documents. */
  visibleDisclosure: z.boolean(),
  disclosureText: z.string().trim().min(1).max(200),
});
export type DraftingSettings = z.infer<typeof draftingSettingsSchema>;

export const defaultDisclosureText = '이 문서는 생성형 인공지능(AI)을 활용하여 작성되었습니다.';

export const draftingSettingsResponseSchema = z.object({
  settings: draftingSettingsSchema,
  /** When the signed-in user confirmed the AI-use notice; null before first use. */
  acknowledgedAt: z.string().nullable(),
  /** False when the user's retention policy is "none": drafts then live only in the browser. */
  storageAllowed: z.boolean(),
});
export type DraftingSettingsResponse = z.infer<typeof draftingSettingsResponseSchema>;

export const templatePreviewRequestSchema = z.object({
  template: z.unknown(),
  /** Field values; the template's examples when absent. */
  values: z.record(z.string(), fieldValueSchema).optional(),
});
export const templatePreviewResponseSchema = z.object({
  document: draftDocumentSchema,
  /** Print-friendly HTML of the skeleton, as exported. */
  html: z.string(),
  findings: z.array(lintFindingSchema),
});
export type TemplatePreviewResponse = z.infer<typeof templatePreviewResponseSchema>;

/** Stateless drafting (used as is when storage is not allowed): the skeleton from the form. */
export const composeRequestSchema = z.object({
  templateId: z.string().min(1),
  values: z.record(z.string(), fieldValueSchema),
});
export const composeResponseSchema = z.object({
  document: draftDocumentSchema,
  templateVersion: z.number().int(),
});

export const statelessGenerateRequestSchema = generateDraftRequestSchema.extend({
  templateId: z.string().min(1),
  values: z.record(z.string(), fieldValueSchema),
  collectionIds: z.array(z.uuid()).max(10).default([]),
  references: z.array(draftReferenceSchema).max(5).default([]),
  /** The version being revised (required with `instruction`). */
  document: draftDocumentSchema.optional(),
});

export const statelessExportRequestSchema = z.object({
  templateId: z.string().min(1),
  document: draftDocumentSchema,
  format: exportFormatSchema,
});

/**
 * The generation stream: `delta` {text} while the body is written, then `done` with the checked result
 * (`version` is null in stateless mode), or `error` {code, message}.
 */
export const draftDeltaEventSchema = z.object({ text: z.string() });
export const draftDoneEventSchema = z.object({
  document: draftDocumentSchema,
  citations: z.array(statuteCitationCheckSchema),
  findings: z.array(lintFindingSchema),
  version: draftVersionSchema.nullable(),
});
export type DraftDoneEvent = z.infer<typeof draftDoneEventSchema>;
export const draftErrorEventSchema = z.object({ code: z.string(), message: z.string() });

/**
 * A statutes field's example is JSON (`[{"name": …, "text": …}]`): its entries, or null when the example is
 * not a JSON array. Shared by the server (template previews) and the web form (예시로 채우기).
 */
export function statutesFromJsonExample(example: string): { name: string; text: string }[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(example);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  return parsed.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null || !('name' in entry) || !('text' in entry)) return [];
    const { name, text } = entry;
    return typeof name === 'string' && typeof text === 'string' ? [{ name, text }] : [];
  });
}
