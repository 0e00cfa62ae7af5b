import { z } from 'zod';

/**
 * The institution's AI use guidelines and checklist. Every published edit is a new version; each user
 * acknowledges the current version before use (recorded with version and time).
 */

export const guidelinePrincipleSchema = z.object({
  title: z.string().trim().min(1, '원칙 제목을 입력하세요.').max(60),
  description: z.string().trim().min(1, '원칙 설명을 입력하세요.').max(2_000),
});

export const checklistItemSchema = z.object({
  text: z.string().trim().min(1, '점검 항목을 입력하세요.').max(300),
});

export const guidelineContentSchema = z.object({
  title: z.string().trim().min(1).max(120),
  introduction: z.string().trim().max(4_000).default(''),
  /** Fairness, reliability, security … */
  principles: z.array(guidelinePrincipleSchema).min(1, '원칙을 하나 이상 입력하세요.').max(20),
  /** "이 답변을 업무에 쓰기 전에": verify facts, no personal data, disclose AI use … */
  checklist: z.array(checklistItemSchema).min(1, '점검 항목을 하나 이상 입력하세요.').max(30),
});
export type GuidelineContent = z.infer<typeof guidelineContentSchema>;
export type GuidelineContentInput = z.input<typeof guidelineContentSchema>;

export const guidelinesSchema = z.object({
  version: z.number().int().min(1),
  content: guidelineContentSchema,
  publishedAt: z.string(),
  /** Null for the version the platform ships with. */
  publishedByName: z.string().nullable(),
});
export type Guidelines = z.infer<typeof guidelinesSchema>;

/** GET /api/guidelines */
export const guidelinesStatusSchema = z.object({
  current: guidelinesSchema,
  acknowledgedVersion: z.number().int().nullable(),
  acknowledgedAt: z.string().nullable(),
  /** True until the caller acknowledged the current version. */
  mustAcknowledge: z.boolean(),
});
export type GuidelinesStatus = z.infer<typeof guidelinesStatusSchema>;

/** POST /api/guidelines/acknowledge: acknowledging anything but the current version is a 409. */
export const acknowledgeGuidelinesRequestSchema = z.object({ version: z.number().int().min(1) });

/** PUT /api/admin/guidelines: publishes a new version; everyone acknowledges again. */
export const publishGuidelinesRequestSchema = z.object({ content: guidelineContentSchema });

/** GET /api/admin/guidelines/acknowledgements */
export const guidelineAcknowledgementStatsSchema = z.object({
  version: z.number().int(),
  activeUsers: z.number().int(),
  acknowledged: z.number().int(),
  versions: z.array(
    z.object({ version: z.number().int(), publishedAt: z.string(), publishedByName: z.string().nullable() }),
  ),
});
export type GuidelineAcknowledgementStats = z.infer<typeof guidelineAcknowledgementStatsSchema>;
