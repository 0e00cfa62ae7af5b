import { z } from 'zod';

/**
 * Every action the audit log knows, `<noun>-<action>`. The one list: the server's typed `record()` input,
 * the admin filter and the Korean labels (server CSV, web i18n) are all checked against it.
 */
export const auditActions = [
  'sign-in-succeeded',
  'sign-in-failed',
  'sign-out',
  'admin-created',
  'org-imported',
  'user-updated',
  'model-endpoint-created',
  'model-endpoint-updated',
  'model-endpoint-deleted',
  'model-settings-updated',
  'api-key-created',
  'api-key-revoked',
  'guard-policy-updated',
  'banned-word-list-created',
  'banned-word-list-updated',
  'banned-word-list-deleted',
  'guard-blocked',
  'guard-masked',
  'guard-warned',
  'retention-purged',
  'price-added',
  'price-deleted',
  'budget-created',
  'budget-updated',
  'budget-deleted',
  'plan-created',
  'plan-updated',
  'plan-assigned',
  'plan-unassigned',
  'drafting-template-saved',
  'drafting-template-archived',
  'drafting-settings-updated',
  'assistant-created',
  'assistant-edited',
  'assistant-rolled-back',
  'assistant-sharing-changed',
  'assistant-archived',
  'assistant-handed-over',
  'user-deactivated',
  'case-published',
  'case-returned',
  'case-book-exported',
  'guidelines-published',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const auditOutcomeSchema = z.enum(['success', 'failure', 'blocked', 'masked', 'warned']);
export type AuditOutcome = z.infer<typeof auditOutcomeSchema>;

/** What an audit row is about; free text in the database, these are the ones the platform writes. */
export const auditTargetTypes = [
  'user',
  'api-key',
  'model-endpoint',
  'model',
  'org-import',
  'guard-policy',
  'banned-word-list',
  'conversation',
  'price',
  'budget',
  'plan',
  'assignment',
  'drafting-template',
  'assistant',
  'use-case',
  'guidelines',
] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

export const auditMaxPageSize = 200;

/** A calendar day in Korean time (YYYY-MM-DD); both ends of a range are inclusive. */
const auditDaySchema = z.iso.date();

/** GET /api/admin/audit and /api/admin/audit/export.csv. */
export const auditQuerySchema = z
  .object({
    from: auditDaySchema.optional(),
    to: auditDaySchema.optional(),
    action: auditActionSchema.optional(),
    outcome: auditOutcomeSchema.optional(),
    /** Part of the actor's readable label (name, 사번, API key name). */
    actor: z.string().trim().min(1).max(100).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(auditMaxPageSize).default(50),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    path: ['to'],
    message: '끝 날짜는 시작 날짜와 같거나 뒤여야 합니다.',
  });
export type AuditQuery = z.infer<typeof auditQuerySchema>;
/** The filters alone, as the web builds them (paging has defaults). */
export type AuditFilters = Pick<AuditQuery, 'from' | 'to' | 'action' | 'outcome' | 'actor'>;

export const auditDetailValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.record(z.string(), z.number()),
]);
export type AuditDetailValue = z.infer<typeof auditDetailValueSchema>;

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  /** A string, not the enum: rows written by a newer version must not break an older reader. */
  action: z.string(),
  outcome: auditOutcomeSchema,
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  apiKeyId: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ipAddress: z.string().nullable(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditEventListSchema = z.object({
  events: z.array(auditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditEventList = z.infer<typeof auditEventListSchema>;

/** Korean names of audit values: the CSV export and the web's Korean strings both use these. */
export const auditActionLabels: Record<AuditAction, string> = {
  'sign-in-succeeded': '로그인 성공',
  'sign-in-failed': '로그인 실패',
  'sign-out': '로그아웃',
  'admin-created': '관리자 생성',
  'org-imported': '조직 가져오기',
  'user-updated': '사용자 변경',
  'model-endpoint-created': '모델 서버 등록',
  'model-endpoint-updated': '모델 서버 수정',
  'model-endpoint-deleted': '모델 서버 삭제',
  'model-settings-updated': '모델 설정 변경',
  'api-key-created': 'API 키 발급',
  'api-key-revoked': 'API 키 폐기',
  'guard-policy-updated': '보호 정책 변경',
  'banned-word-list-created': '금칙어 목록 생성',
  'banned-word-list-updated': '금칙어 목록 수정',
  'banned-word-list-deleted': '금칙어 목록 삭제',
  'guard-blocked': '전송 차단',
  'guard-masked': '개인정보 가림',
  'guard-warned': '경고',
  'retention-purged': '보존 기간 만료 삭제',
  'price-added': '모델 가격 추가',
  'price-deleted': '모델 가격 삭제',
  'budget-created': '예산 생성',
  'budget-updated': '예산 변경',
  'budget-deleted': '예산 삭제',
  'plan-created': '구독 플랜 생성',
  'plan-updated': '구독 플랜 변경',
  'plan-assigned': '구독 배정',
  'plan-unassigned': '구독 배정 해제',
  'drafting-template-saved': '문서 템플릿 저장',
  'drafting-template-archived': '문서 템플릿 보관',
  'drafting-settings-updated': '문서 작성 설정 변경',
  'assistant-created': '어시스턴트 생성',
  'assistant-edited': '어시스턴트 수정',
  'assistant-rolled-back': '어시스턴트 되돌리기',
  'assistant-sharing-changed': '어시스턴트 공유 변경',
  'assistant-archived': '어시스턴트 삭제',
  'assistant-handed-over': '어시스턴트 인계',
  'user-deactivated': '계정 삭제',
  'case-published': '활용사례 게시',
  'case-returned': '활용사례 반려',
  'case-book-exported': '활용사례집 내보내기',
  'guidelines-published': 'AI 활용 지침 게시',
};

export const auditOutcomeLabels: Record<AuditOutcome, string> = {
  success: '성공',
  failure: '실패',
  blocked: '차단',
  masked: '가림',
  warned: '경고',
};

export const auditTargetTypeLabels: Record<AuditTargetType, string> = {
  user: '사용자',
  'api-key': 'API 키',
  'model-endpoint': '모델 서버',
  model: '모델',
  'org-import': '조직 가져오기',
  'guard-policy': '보호 정책',
  'banned-word-list': '금칙어 목록',
  conversation: '대화',
  price: '모델 가격',
  budget: '예산',
  plan: '구독 플랜',
  assignment: '구독 배정',
  'drafting-template': '문서 템플릿',
  assistant: '어시스턴트',
  'use-case': '활용사례',
  guidelines: 'AI 활용 지침',
};
