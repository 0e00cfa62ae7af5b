import { z } from 'zod';
import { purposeCategorySchema } from './metering.js';

/**
 * Custom assistants ("GPTs"): instructions, a default model, knowledge collections, an optional drafting
 * template, conversation starters and the files the assistant expects. The content is versioned
 * (`assistantDefinitionSchema`, one row per version); sharing is not (`assistantSharingSchema`).
 */

/** An assistant's category is one of the purpose categories metering reports, so usage lines up. */
export const assistantCategorySchema = purposeCategorySchema;
export type AssistantCategory = z.infer<typeof assistantCategorySchema>;

/** File kinds an assistant may ask for: exactly those the chat's attachment reader takes. */
export const expectedFileFormatSchema = z.enum(['hwp', 'hwpx', 'pdf', 'docx', 'xlsx', 'csv', 'txt', 'md']);
export type ExpectedFileFormat = z.infer<typeof expectedFileFormatSchema>;

export const expectedFileSchema = z.object({
  label: z.string().trim().min(1, '파일 이름표를 입력하세요.').max(80),
  description: z.string().trim().max(300).default(''),
  formats: z.array(expectedFileFormatSchema).min(1, '받을 파일 형식을 하나 이상 고르세요.').max(10),
  /** A required file must be attached to the first question of a conversation. */
  required: z.boolean().default(false),
});
export type ExpectedFile = z.infer<typeof expectedFileSchema>;

/** What a version of an assistant holds. */
export const assistantDefinitionSchema = z.object({
  name: z.string().trim().min(1, '이름을 입력하세요.').max(60, '이름은 60자 이내로 입력하세요.'),
  /** One emoji. */
  icon: z.string().trim().min(1).max(16).default('🤖'),
  description: z.string().trim().max(500, '설명은 500자 이내로 입력하세요.').default(''),
  category: assistantCategorySchema.default('other'),
  instructions: z
    .string()
    .trim()
    .min(1, '지시문을 입력하세요.')
    .max(20_000, '지시문은 20,000자 이내로 입력하세요.'),
  /** Null: the user's own choice (the institution's first on-prem chat model when they have none). */
  defaultModel: z.string().min(1).max(200).nullable().default(null),
  collectionIds: z.array(z.uuid()).max(20).default([]),
  /** A drafting template id (built-in or institution); the answers follow its structure. */
  draftingTemplateId: z.string().min(1).max(60).nullable().default(null),
  starters: z.array(z.string().trim().min(1).max(200)).max(6, '대화 시작 문구는 6개까지입니다.').default([]),
  expectedFiles: z.array(expectedFileSchema).max(5, '받을 파일은 5종류까지입니다.').default([]),
});
export type AssistantDefinition = z.infer<typeof assistantDefinitionSchema>;
export type AssistantDefinitionInput = z.input<typeof assistantDefinitionSchema>;

export const assistantVisibilitySchema = z.enum(['private', 'users', 'department', 'institution']);
export type AssistantVisibility = z.infer<typeof assistantVisibilitySchema>;

/** Who may use and who may edit. Editors always may use. */
export const assistantSharingSchema = z.object({
  visibility: assistantVisibilitySchema,
  /** For `department`: which department (default: the owner's). */
  departmentId: z.uuid().nullable().default(null),
  includeSubdepartments: z.boolean().default(false),
  /** For `users`: who may use it. */
  userIds: z.array(z.uuid()).max(200).default([]),
  /** Who may edit it, whatever the visibility. */
  editorIds: z.array(z.uuid()).max(50).default([]),
});
export type AssistantSharing = z.infer<typeof assistantSharingSchema>;
export type AssistantSharingInput = z.input<typeof assistantSharingSchema>;

/** The caller's relation to an assistant. */
export const assistantRoleSchema = z.enum(['owner', 'editor', 'user']);
export type AssistantRole = z.infer<typeof assistantRoleSchema>;

export const assistantPersonSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  departmentName: z.string().nullable(),
});
export type AssistantPerson = z.infer<typeof assistantPersonSchema>;

/** A gallery card. */
export const assistantSummarySchema = z.object({
  id: z.uuid(),
  builtIn: z.boolean(),
  name: z.string(),
  icon: z.string(),
  description: z.string(),
  category: assistantCategorySchema,
  /** Null for built-in assistants (the institution's). */
  owner: assistantPersonSchema.nullable(),
  departmentId: z.uuid().nullable(),
  departmentName: z.string().nullable(),
  visibility: assistantVisibilitySchema,
  uses: z.number().int(),
  saves: z.number().int(),
  ratingAverage: z.number().nullable(),
  ratingCount: z.number().int(),
  savedByMe: z.boolean(),
  myRole: assistantRoleSchema,
  /** Grounded in internal collections: only on-prem models may answer. */
  onPremOnly: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type AssistantSummary = z.infer<typeof assistantSummarySchema>;

export const assistantGallerySortSchema = z.enum(['popular', 'uses', 'saves', 'rating', 'recent', 'name']);
export type AssistantGallerySort = z.infer<typeof assistantGallerySortSchema>;

/** GET /api/assistants */
export const assistantGalleryQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  category: assistantCategorySchema.optional(),
  departmentId: z.uuid().optional(),
  /** `mine`: owned or editable; `saved`: saved by the caller; `builtIn`: the shipped examples. */
  filter: z.enum(['all', 'mine', 'saved', 'builtIn']).default('all'),
  sort: assistantGallerySortSchema.default('popular'),
  limit: z.coerce.number().int().min(1).max(100).default(60),
  offset: z.coerce.number().int().min(0).default(0),
});
export type AssistantGalleryQuery = z.infer<typeof assistantGalleryQuerySchema>;

export const assistantGallerySchema = z.object({
  assistants: z.array(assistantSummarySchema),
  total: z.number().int(),
});
export type AssistantGallery = z.infer<typeof assistantGallerySchema>;

export const assistantExampleMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string().min(1).max(20_000),
});

/** A conversation the owner chose to publish on the assistant's page. */
export const assistantExampleSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  messages: z.array(assistantExampleMessageSchema),
  createdAt: z.string(),
});
export type AssistantExample = z.infer<typeof assistantExampleSchema>;

/** POST /api/assistants/:id/examples */
export const publishExampleRequestSchema = z.object({
  title: z.string().trim().min(1, '예시 제목을 입력하세요.').max(120),
  messages: z.array(assistantExampleMessageSchema).min(2, '질문과 답변이 하나 이상 있어야 합니다.').max(20),
});
export type PublishExampleRequest = z.infer<typeof publishExampleRequestSchema>;

/** A collection the assistant answers from, as the caller may see it. */
export const assistantCollectionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  internal: z.boolean(),
});

/** GET /api/assistants/:id: the assistant page (only for those who may use it). */
export const assistantDetailSchema = assistantSummarySchema.extend({
  definition: assistantDefinitionSchema,
  /** The collections of the definition the caller may read; the others are only counted. */
  collections: z.array(assistantCollectionSchema),
  hiddenCollectionCount: z.number().int(),
  draftingTemplate: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** Only for the owner and editors. */
  sharing: assistantSharingSchema
    .extend({ users: z.array(assistantPersonSchema), editors: z.array(assistantPersonSchema) })
    .nullable(),
  myRating: z.number().int().min(1).max(5).nullable(),
  examples: z.array(assistantExampleSchema),
  createdAt: z.string(),
});
export type AssistantDetail = z.infer<typeof assistantDetailSchema>;

/** POST /api/assistants */
export const createAssistantRequestSchema = z.object({
  definition: assistantDefinitionSchema,
  sharing: assistantSharingSchema.default({
    visibility: 'private',
    departmentId: null,
    includeSubdepartments: false,
    userIds: [],
    editorIds: [],
  }),
});
export type CreateAssistantRequest = z.input<typeof createAssistantRequestSchema>;

/** PUT /api/assistants/:id: a new version. `baseVersion` guards against overwriting a colleague's edit. */
export const updateAssistantRequestSchema = z.object({
  definition: assistantDefinitionSchema,
  baseVersion: z.number().int().min(1),
  note: z.string().trim().max(200).default(''),
});
export type UpdateAssistantRequest = z.input<typeof updateAssistantRequestSchema>;

export const assistantVersionKindSchema = z.enum(['created', 'edited', 'rolled_back']);

export const assistantVersionSummarySchema = z.object({
  number: z.number().int(),
  kind: assistantVersionKindSchema,
  /** For `rolled_back`: the version restored. */
  restoredFrom: z.number().int().nullable(),
  note: z.string(),
  editorName: z.string().nullable(),
  /** Keys of the definition that differ from the previous version. */
  changedFields: z.array(z.string()),
  createdAt: z.string(),
});
export type AssistantVersionSummary = z.infer<typeof assistantVersionSummarySchema>;

export const assistantVersionListSchema = z.object({ versions: z.array(assistantVersionSummarySchema) });

/** GET /api/assistants/:id/versions/:number */
export const assistantVersionSchema = assistantVersionSummarySchema.extend({
  definition: assistantDefinitionSchema,
});
export type AssistantVersion = z.infer<typeof assistantVersionSchema>;

/** POST /api/assistants/:id/rollback */
export const rollbackAssistantRequestSchema = z.object({ version: z.number().int().min(1) });

/** PUT /api/assistants/:id/rating */
export const rateAssistantRequestSchema = z.object({ stars: z.number().int().min(1).max(5) });

/** GET /api/assistants/models: the models an assistant may name as default (guard rules applied). */
export const assistantModelChoiceSchema = z.object({
  id: z.string(),
  location: z.enum(['internal', 'external']),
});

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot === -1
    ? ''
    : fileName
        .slice(dot + 1)
        .trim()
        .toLowerCase();
}

/**
 * The required files none of the attached files can be (by the extension of its name). The server refuses a
 * first question with any (`assistant_file_required`), and the chat says so before sending, by this one rule.
 */
export function missingRequiredFiles(
  expectedFiles: readonly ExpectedFile[],
  attachedNames: readonly string[],
): ExpectedFile[] {
  const extensions = new Set(attachedNames.map(extensionOf));
  return expectedFiles.filter(
    (file) => file.required && !file.formats.some((format) => extensions.has(format)),
  );
}

/** A file as notices name it: `예산표(XLSX·CSV)`. */
export function expectedFileName(file: Pick<ExpectedFile, 'label' | 'formats'>): string {
  return `${file.label}(${file.formats.map((format) => format.toUpperCase()).join('·')})`;
}
