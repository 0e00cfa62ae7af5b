import {
  bigserial,
  customType,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { GuardNotice } from '@jumugwan/contracts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const institutions = pgTable('institutions', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: createdAt(),
});

export const departments = pgTable(
  'departments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => departments.id),
    kind: text('kind', { enum: ['bureau', 'division', 'team'] }).notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    /** Overrides the institution's retention mode for this department and the ones below it. */
    retention: text('retention'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [uniqueIndex('departments_institution_code').on(table.institutionId, table.code)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** 사번; also the subject the portal sends in SSO headers. Null for local-only accounts. */
    employeeNumber: text('employee_number'),
    /** Sign-in name for local accounts. */
    username: text('username'),
    name: text('name').notNull(),
    rank: text('rank'),
    departmentId: uuid('department_id').references(() => departments.id),
    email: text('email'),
    role: text('role', { enum: ['staff', 'department_admin', 'platform_admin'] })
      .notNull()
      .default('staff'),
    active: boolean('active').notNull().default(true),
    passwordHash: text('password_hash'),
    source: text('source', { enum: ['sso', 'import', 'local'] }).notNull(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('users_institution_employee_number').on(table.institutionId, table.employeeNumber),
    uniqueIndex('users_username').on(table.username),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a database leak does not hand out live sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('sessions_user').on(table.userId)],
);

export const modelEndpoints = pgTable('model_endpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  baseUrl: text('base_url').notNull(),
  /** AES-256-GCM ciphertext of the provider key; never leaves the server. */
  apiKeyCiphertext: text('api_key_ciphertext'),
  modelIds: jsonb('model_ids').$type<string[]>().notNull(),
  /** Wire protocol of the endpoint: which adapter talks to it. */
  provider: text('provider', { enum: ['openai-compatible', 'anthropic', 'deepl'] })
    .notNull()
    .default('openai-compatible'),
  location: text('location', { enum: ['internal', 'external'] }).notNull(),
  /** Per-deployment timeout; null uses UPSTREAM_TIMEOUT_SECONDS. */
  timeoutSeconds: integer('timeout_seconds'),
  enabled: boolean('enabled').notNull().default(true),
  lastTestAt: timestamp('last_test_at', { withTimezone: true }),
  lastTestOk: boolean('last_test_ok'),
  lastTestMessage: text('last_test_message'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    model: text('model'),
    /** Internal material makes a conversation answerable by on-prem models only, for good. */
    sensitivity: text('sensitivity', { enum: ['normal', 'internal'] })
      .notNull()
      .default('normal'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('conversations_user_updated').on(table.userId, table.updatedAt)],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Insertion order; timestamps can tie within a millisecond. */
    ordinal: bigserial('ordinal', { mode: 'number' }).notNull(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'assistant', 'system'] }).notNull(),
    content: text('content').notNull(),
    status: text('status', { enum: ['complete', 'streaming', 'interrupted', 'stopped', 'failed'] }).notNull(),
    errorCode: text('error_code'),
    model: text('model'),
    promptTokens: integer('prompt_tokens'),
    completionTokens: integer('completion_tokens'),
    /** What the guard did to this exchange (types, counts, list names; never a value). */
    guardNotices: jsonb('guard_notices').$type<GuardNotice[]>().notNull().default([]),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('messages_conversation_ordinal').on(table.conversationId, table.ordinal)],
);

/** What a model name is for and where to go when all its deployments fail. */
export const modelSettings = pgTable('model_settings', {
  modelId: text('model_id').primaryKey(),
  capability: text('capability', { enum: ['chat', 'embedding', 'rerank', 'image', 'translation'] }).notNull(),
  fallbacks: jsonb('fallbacks').$type<string[]>().notNull().default([]),
  updatedAt: updatedAt(),
});

/** Keys for other government systems calling /v1. Only a hash is stored; the key is shown once. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** First characters of the key, so admins can recognise it in lists. */
    keyPrefix: text('key_prefix').notNull(),
    keyHash: text('key_hash').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    /** Null: every model; otherwise only these. */
    allowedModels: jsonb('allowed_models').$type<string[] | null>(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    requestsPerMinute: integer('requests_per_minute'),
    tokensPerMinute: integer('tokens_per_minute'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (table) => [uniqueIndex('api_keys_hash').on(table.keyHash)],
);

const bytes = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** Images staff generated, kept for their gallery. */
export const generatedImages = pgTable(
  'generated_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    model: text('model').notNull(),
    prompt: text('prompt').notNull(),
    size: text('size').notNull(),
    mimeType: text('mime_type').notNull(),
    data: bytes('data').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('generated_images_user_created').on(table.userId, table.createdAt)],
);

export const piiActions = ['mask', 'block', 'allow'] as const;

/** One per institution: what the guard does with personal information and how long content is kept. */
export const guardPolicies = pgTable('guard_policies', {
  institutionId: uuid('institution_id')
    .primaryKey()
    .references(() => institutions.id),
  piiActionInternal: text('pii_action_internal', { enum: piiActions }).notNull().default('allow'),
  piiActionExternal: text('pii_action_external', { enum: piiActions }).notNull().default('mask'),
  /** PII types the admin switched off (never masked or blocked). */
  disabledPiiTypes: jsonb('disabled_pii_types').$type<string[]>().notNull().default([]),
  /** Findings below this confidence (percent) are ignored. */
  minimumConfidence: integer('minimum_confidence').notNull().default(60),
  /** `keep`, `none` or `days:N`. */
  retention: text('retention').notNull().default('keep'),
  updatedAt: updatedAt(),
});

/** 금칙어 lists; words are kept as the admin typed them and normalised when compiled. */
export const bannedWordLists = pgTable('banned_word_lists', {
  id: uuid('id').primaryKey().defaultRandom(),
  institutionId: uuid('institution_id')
    .notNull()
    .references(() => institutions.id),
  name: text('name').notNull(),
  action: text('action', { enum: ['block', 'warn'] }).notNull(),
  enabled: boolean('enabled').notNull().default(true),
  words: jsonb('words').$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Who did what, for the platform admins. Never message content or a personal-information value: only
 * the rule, the type and identifiers.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** `<noun>-<action>`, e.g. `sign-in-succeeded`, `api-key-revoked`, `guard-blocked`. */
    action: text('action').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Readable actor at the time (name and 사번, `API 키 jmg_ab12…`, `시스템`); survives user deletion. */
    actorLabel: text('actor_label').notNull(),
    apiKeyId: uuid('api_key_id'),
    targetType: text('target_type'),
    targetId: text('target_id'),
    outcome: text('outcome', { enum: ['success', 'failure', 'blocked', 'masked', 'warned'] }).notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    ipAddress: text('ip_address'),
  },
  (table) => [
    index('audit_events_at').on(table.at),
    index('audit_events_action_at').on(table.action, table.at),
    index('audit_events_actor_at').on(table.actorUserId, table.at),
  ],
);
