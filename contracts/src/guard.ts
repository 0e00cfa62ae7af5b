import { z } from 'zod';

export const piiActionSchema = z.enum(['mask', 'block', 'allow']);
export type PiiAction = z.infer<typeof piiActionSchema>;

/** `keep` forever, `none` (nothing of a conversation in the database) or `days:N` (purged after N days). */
export const retentionModeSchema = z.union([
  z.literal('keep'),
  z.literal('none'),
  z.string().regex(/^days:([1-9]\d{0,3})$/, '보존 기간은 days:1부터 days:9999까지입니다.'),
]);
export type RetentionMode = z.infer<typeof retentionModeSchema>;

export const guardPolicySchema = z.object({
  piiActionInternal: piiActionSchema,
  piiActionExternal: piiActionSchema,
  disabledPiiTypes: z.array(z.string().min(1).max(60)).max(40),
  minimumConfidence: z.number().int().min(0).max(100),
  retention: retentionModeSchema,
});
export type GuardPolicy = z.infer<typeof guardPolicySchema>;

export const piiTypeOptionSchema = z.object({ type: z.string(), label: z.string() });

export const guardPolicyResponseSchema = z.object({
  policy: guardPolicySchema,
  piiTypes: z.array(piiTypeOptionSchema),
});
export type GuardPolicyResponse = z.infer<typeof guardPolicyResponseSchema>;

export const bannedWordActionSchema = z.enum(['block', 'warn']);

export const bannedWordListInputSchema = z.object({
  name: z.string().trim().min(1, '목록 이름을 입력하세요.').max(100),
  action: bannedWordActionSchema,
  enabled: z.boolean(),
  words: z
    .array(z.string().max(100, '금칙어 하나는 100자까지입니다.'))
    .max(20_000, '한 목록에 금칙어는 20,000개까지입니다.'),
});
export type BannedWordListInput = z.infer<typeof bannedWordListInputSchema>;

export const bannedWordListSchema = bannedWordListInputSchema.extend({
  id: z.uuid(),
  updatedAt: z.string(),
});
export type BannedWordList = z.infer<typeof bannedWordListSchema>;
export const bannedWordListsSchema = z.object({ lists: z.array(bannedWordListSchema) });

/** What the guard did, shown to the user next to the answer. Never carries the value itself. */
export const guardNoticeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('masked'),
    piiTypes: z.array(z.object({ type: z.string(), label: z.string(), count: z.number().int() })),
  }),
  z.object({ kind: z.literal('warned'), listName: z.string(), where: z.enum(['input', 'output']) }),
  z.object({ kind: z.literal('output-blocked'), listName: z.string() }),
]);
export type GuardNotice = z.infer<typeof guardNoticeSchema>;

/** POST /api/admin/guard/test: what the guard would do to a sentence, for admins tuning the policy. */
export const guardTestRequestSchema = z.object({
  text: z.string().min(1).max(20_000),
  location: z.enum(['internal', 'external']),
});
export const guardTestResponseSchema = z.object({
  decision: z.enum(['allow', 'mask', 'block']),
  reason: z.string().nullable(),
  maskedText: z.string(),
  findings: z.array(
    z.object({
      type: z.string(),
      label: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      confidence: z.number(),
      action: z.enum(['mask', 'block', 'allow', 'ignored']),
    }),
  ),
  bannedWords: z.array(
    z.object({
      listName: z.string(),
      action: bannedWordActionSchema,
      word: z.string(),
      start: z.number().int(),
      end: z.number().int(),
    }),
  ),
});
export type GuardTestResponse = z.infer<typeof guardTestResponseSchema>;

/** PUT /api/admin/guard/departments/:id/retention: null removes the override. */
export const departmentRetentionRequestSchema = z.object({ retention: retentionModeSchema.nullable() });
export const departmentRetentionListSchema = z.object({
  departments: z.array(z.object({ departmentId: z.uuid(), retention: z.string() })),
});
