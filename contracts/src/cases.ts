import { z } from 'zod';
import { purposeCategorySchema } from './metering.js';

/**
 * The use-case book (활용사례집): staff submit how AI helped with a task; department admins review and
 * publish; everyone browses, likes and comments; platform admins export a selection as a case book.
 */

export const useCaseCategorySchema = purposeCategorySchema;

/** draft → submitted → published, or returned to the author with a note (then edited and submitted again). */
export const useCaseStatusSchema = z.enum(['draft', 'submitted', 'published', 'returned']);
export type UseCaseStatus = z.infer<typeof useCaseStatusSchema>;

const minutesSchema = z
  .number()
  .int('시간은 분 단위 정수로 입력하세요.')
  .min(0, '시간은 0분 이상이어야 합니다.')
  .max(100_000)
  .nullable()
  .default(null);

/** What the author writes. */
export const useCaseInputSchema = z.object({
  title: z.string().trim().min(1, '제목을 입력하세요.').max(120, '제목은 120자 이내로 입력하세요.'),
  /** The task the AI helped with (업무). */
  task: z.string().trim().min(1, '어떤 업무였는지 입력하세요.').max(2_000),
  category: useCaseCategorySchema.default('other'),
  /** The custom assistant used, if any (must be one the author may use). */
  assistantId: z.uuid().nullable().default(null),
  /** The prompt used, as typed. */
  prompt: z.string().trim().max(10_000).default(''),
  /** Time the task took before and after, in minutes. */
  minutesBefore: minutesSchema,
  minutesAfter: minutesSchema,
  result: z.string().trim().min(1, '결과(효과)를 입력하세요.').max(5_000),
});
export type UseCaseInput = z.infer<typeof useCaseInputSchema>;
export type UseCaseInputDraft = z.input<typeof useCaseInputSchema>;

export const useCaseAttachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mediaType: z.string(),
  byteSize: z.number().int(),
});
export type UseCaseAttachment = z.infer<typeof useCaseAttachmentSchema>;

export const useCaseCommentSchema = z.object({
  id: z.uuid(),
  authorName: z.string(),
  body: z.string(),
  mine: z.boolean(),
  createdAt: z.string(),
});
export type UseCaseComment = z.infer<typeof useCaseCommentSchema>;

export const useCaseSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  task: z.string(),
  category: useCaseCategorySchema,
  status: useCaseStatusSchema,
  authorName: z.string(),
  departmentName: z.string().nullable(),
  minutesBefore: z.number().int().nullable(),
  minutesAfter: z.number().int().nullable(),
  likes: z.number().int(),
  comments: z.number().int(),
  likedByMe: z.boolean(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type UseCaseSummary = z.infer<typeof useCaseSummarySchema>;

export const useCaseDetailSchema = useCaseSummarySchema.extend({
  input: useCaseInputSchema,
  assistant: z.object({ id: z.uuid(), name: z.string(), icon: z.string() }).nullable(),
  attachments: z.array(useCaseAttachmentSchema),
  commentList: z.array(useCaseCommentSchema),
  reviewNote: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** The author, while the case is not published (or a platform admin). */
  canEdit: z.boolean(),
  /** A department admin over the author's department, or a platform admin, while submitted. */
  canReview: z.boolean(),
  createdAt: z.string(),
});
export type UseCaseDetail = z.infer<typeof useCaseDetailSchema>;

/** GET /api/cases: published cases (`mine`: the caller's own in any state; `review`: waiting for the caller). */
export const useCaseListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  category: useCaseCategorySchema.optional(),
  departmentId: z.uuid().optional(),
  view: z.enum(['published', 'mine', 'review']).default('published'),
  sort: z.enum(['recent', 'likes', 'saved_time']).default('recent'),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  offset: z.coerce.number().int().min(0).default(0),
});
export type UseCaseListQuery = z.infer<typeof useCaseListQuerySchema>;

export const useCaseListSchema = z.object({ cases: z.array(useCaseSummarySchema), total: z.number().int() });
export type UseCaseList = z.infer<typeof useCaseListSchema>;

/** POST /api/cases and PUT /api/cases/:id; `submit` sends it to review at once. */
export const saveUseCaseRequestSchema = z.object({
  input: useCaseInputSchema,
  submit: z.boolean().default(false),
});
export type SaveUseCaseRequest = z.input<typeof saveUseCaseRequestSchema>;

/** POST /api/cases/:id/review */
export const reviewUseCaseRequestSchema = z.object({
  decision: z.enum(['publish', 'return']),
  note: z.string().trim().max(1_000).default(''),
});
export type ReviewUseCaseRequest = z.input<typeof reviewUseCaseRequestSchema>;

/** POST /api/cases/:id/comments */
export const commentUseCaseRequestSchema = z.object({
  body: z.string().trim().min(1, '댓글을 입력하세요.').max(2_000, '댓글은 2,000자 이내로 입력하세요.'),
});

/** POST /api/admin/cases/export: a case book, one case per page after a cover and contents. */
export const exportCaseBookRequestSchema = z.object({
  caseIds: z.array(z.uuid()).min(1, '사례를 하나 이상 고르세요.').max(500),
  format: z.enum(['docx', 'hwpx']),
  title: z.string().trim().min(1).max(120).default('생성형 AI 업무 활용사례집'),
});
export type ExportCaseBookRequest = z.input<typeof exportCaseBookRequestSchema>;

/** PUT and DELETE /api/cases/:id/like */
export const useCaseLikeResponseSchema = z.object({ likes: z.number().int(), likedByMe: z.boolean() });
export type UseCaseLikeResponse = z.infer<typeof useCaseLikeResponseSchema>;

/** POST /api/cases/:id/attachments: the case's files after the upload. */
export const useCaseAttachmentListSchema = z.object({ attachments: z.array(useCaseAttachmentSchema) });
