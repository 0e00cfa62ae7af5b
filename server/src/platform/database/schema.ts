import {
  primaryKey,
  bigint,
  bigserial,
  customType,
  boolean,
  date,
  numeric,
  unique,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type {
  AssistantDefinition,
  DraftDocument,
  GuidelineContent,
  DraftReference,
  FieldValue,
  GuardNotice,
  MessageCitation,
  StatuteCitationCheck,
} from '@jumugwan/contracts';

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
    /** The custom assistant the conversation talks to; its deletion leaves a plain conversation. */
    assistantId: uuid('assistant_id').references((): AnyPgColumn => assistants.id, { onDelete: 'set null' }),
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
    /** The knowledge passages an answer cites, by number (references and titles; the text stays in the chunk). */
    citations: jsonb('citations').$type<MessageCitation[]>().notNull().default([]),
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

const won = (name: string) => numeric(name, { precision: 16, scale: 4, mode: 'number' });
/** Money in millionths of a won: integer sums stay exact to the won over millions of calls. */
const microWon = (name: string) => bigint(name, { mode: 'number' });
const counter = (name: string) => bigint(name, { mode: 'number' }).notNull().default(0);

/** Prices in KRW per model, each from a day on (Asia/Seoul); a call is charged at its day's price. */
export const modelPrices = pgTable(
  'model_prices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    modelId: text('model_id').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    inputPerMillionTokens: won('input_per_million_tokens').notNull(),
    outputPerMillionTokens: won('output_per_million_tokens').notNull(),
    /** Null: cached prompt tokens cost the input price. */
    cachedPerMillionTokens: won('cached_per_million_tokens'),
    perThousandCharacters: won('per_thousand_characters').notNull(),
    perImage: won('per_image').notNull(),
    perRequest: won('per_request').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [uniqueIndex('model_prices_model_effective').on(table.modelId, table.effectiveFrom)],
);

export const budgetScopes = ['institution', 'department', 'user', 'api_key'] as const;

/** Capacity pools and caps: what a scope may spend per fiscal period (Asia/Seoul). */
export const budgets = pgTable('budgets', {
  id: uuid('id').primaryKey().defaultRandom(),
  institutionId: uuid('institution_id')
    .notNull()
    .references(() => institutions.id),
  name: text('name').notNull(),
  scope: text('scope', { enum: budgetScopes }).notNull(),
  departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
  apiKeyId: uuid('api_key_id').references(() => apiKeys.id, { onDelete: 'cascade' }),
  unit: text('unit', { enum: ['krw', 'tokens'] }).notNull(),
  /** Won or tokens per period. */
  amount: bigint('amount', { mode: 'number' }).notNull(),
  period: text('period', { enum: ['month', 'quarter', 'year'] }).notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/**
 * Running totals per budget (or subscription term) and period, in the account's unit (millionths of a won,
 * or tokens). Reservations add to `reserved` before a call; settling moves the actual cost to `spent`.
 */
export const budgetLedger = pgTable(
  'budget_ledger',
  {
    /** A budget id, or `assignment:<id>` for a subscription term's soft cap. */
    account: text('account').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    limitAmount: bigint('limit_amount', { mode: 'number' }).notNull(),
    spent: counter('spent'),
    reserved: counter('reserved'),
    alerted80: boolean('alerted_80').notNull().default(false),
    alerted100: boolean('alerted_100').notNull().default(false),
  },
  (table) => [unique('budget_ledger_account_period').on(table.account, table.periodStart)],
);

/** Holds of calls in flight; a live instance refreshes its heartbeats, a crashed one's are released. */
export const budgetReservations = pgTable(
  'budget_reservations',
  {
    id: uuid('id').primaryKey(),
    holds: jsonb('holds').$type<{ account: string; periodStart: string; amount: number }[]>().notNull(),
    createdAt: createdAt(),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('budget_reservations_heartbeat').on(table.heartbeatAt)],
);

/** Flat per-person subscriptions (Seoul's programme). */
export const subscriptionPlans = pgTable('subscription_plans', {
  id: uuid('id').primaryKey().defaultRandom(),
  institutionId: uuid('institution_id')
    .notNull()
    .references(() => institutions.id),
  name: text('name').notNull(),
  termMonths: integer('term_months').notNull(),
  feePerTerm: won('fee_per_term').notNull(),
  models: jsonb('models').$type<string[]>().notNull(),
  softCapWon: bigint('soft_cap_won', { mode: 'number' }),
  active: boolean('active').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const subscriptionAssignments = pgTable(
  'subscription_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => subscriptionPlans.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    /** Last day covered. */
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('subscription_assignments_user').on(table.userId, table.endsOn)],
);

/** One row per model call: who, what, how much. Never message content. */
export const usageEvents = pgTable(
  'usage_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** The day in Asia/Seoul, for daily rollups and reports. */
    day: date('day', { mode: 'string' }).notNull(),
    userId: uuid('user_id'),
    departmentId: uuid('department_id'),
    apiKeyId: uuid('api_key_id'),
    assistantId: text('assistant_id'),
    templateId: text('template_id'),
    channel: text('channel').notNull(),
    capability: text('capability').notNull(),
    requestedModel: text('requested_model').notNull(),
    /** The model that answered (a fallback may differ from the requested one). */
    modelId: text('model_id').notNull(),
    endpointId: uuid('endpoint_id'),
    provider: text('provider'),
    location: text('location'),
    promptTokens: counter('prompt_tokens'),
    completionTokens: counter('completion_tokens'),
    cachedTokens: counter('cached_tokens'),
    characters: counter('characters'),
    images: counter('images'),
    requests: counter('requests'),
    latencyMs: integer('latency_ms').notNull(),
    status: text('status', { enum: ['ok', 'error', 'cancelled', 'refused'] }).notNull(),
    errorCode: text('error_code'),
    purpose: text('purpose').notNull(),
    billing: text('billing', { enum: ['capacity', 'subscription'] }).notNull(),
    priceId: uuid('price_id'),
    costMicroWon: microWon('cost_micro_won').notNull(),
  },
  (table) => [index('usage_events_user_day').on(table.userId, table.day)],
);

const usageSums = {
  calls: counter('calls'),
  errors: counter('errors'),
  promptTokens: counter('prompt_tokens'),
  completionTokens: counter('completion_tokens'),
  cachedTokens: counter('cached_tokens'),
  characters: counter('characters'),
  images: counter('images'),
  costMicroWon: counter('cost_micro_won'),
};

/** Daily sums per department, key, model and purpose: what dashboards read instead of the events. */
export const usageDaily = pgTable(
  'usage_daily',
  {
    day: date('day', { mode: 'string' }).notNull(),
    departmentId: uuid('department_id'),
    apiKeyId: uuid('api_key_id'),
    modelId: text('model_id').notNull(),
    purpose: text('purpose').notNull(),
    /** Subscription-covered use is reported but does not draw on capacity pools. */
    billing: text('billing', { enum: ['capacity', 'subscription'] }).notNull(),
    ...usageSums,
  },
  (table) => [
    unique('usage_daily_key')
      .on(table.day, table.departmentId, table.apiKeyId, table.modelId, table.purpose, table.billing)
      .nullsNotDistinct(),
  ],
);

/** Monthly sums per person (or key), model and purpose: top users and per-person reports. */
export const usageMonthlySubjects = pgTable(
  'usage_monthly_subjects',
  {
    month: date('month', { mode: 'string' }).notNull(),
    userId: uuid('user_id'),
    apiKeyId: uuid('api_key_id'),
    departmentId: uuid('department_id'),
    modelId: text('model_id').notNull(),
    purpose: text('purpose').notNull(),
    ...usageSums,
  },
  (table) => [
    unique('usage_monthly_subjects_key')
      .on(table.month, table.userId, table.apiKeyId, table.departmentId, table.modelId, table.purpose)
      .nullsNotDistinct(),
    index('usage_monthly_subjects_department').on(table.departmentId, table.month),
    // A person's own dashboard reads their rows of every month in its range.
    index('usage_monthly_subjects_user').on(table.userId, table.month),
  ],
);

/** Budget alerts and the like, shown in the header's bell. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', {
      enum: ['budget_80', 'budget_100', 'soft_cap_80', 'soft_cap_100', 'case_submitted', 'case_reviewed'],
    }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [index('notifications_user_created').on(table.userId, table.createdAt)],
);

/** Reports subscription holders submit about their month's use, as Seoul's programme requires. */
export const usageReports = pgTable(
  'usage_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    month: date('month', { mode: 'string' }).notNull(),
    calls: integer('calls').notNull(),
    costMicroWon: microWon('cost_micro_won').notNull(),
    topPurposes: jsonb('top_purposes').$type<{ purpose: string; calls: number }[]>().notNull(),
    caseDescription: text('case_description').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('usage_reports_user_month').on(table.userId, table.month)],
);

/** A PostgreSQL full-text vector; the knowledge module fills it with its own Korean analyzer's tokens. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const collectionScopes = ['common', 'department', 'personal'] as const;

/** A set of documents people search and ground answers in. */
export const knowledgeCollections = pgTable(
  'knowledge_collections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    scope: text('scope', { enum: collectionScopes }).notNull(),
    /** The department a department collection belongs to. */
    departmentId: uuid('department_id').references(() => departments.id),
    /** Members of sub-departments read a department collection too. */
    includeSubdepartments: boolean('include_subdepartments').notNull().default(false),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    /** Internal material may only reach on-prem models. */
    sensitivity: text('sensitivity', { enum: ['normal', 'internal'] })
      .notNull()
      .default('internal'),
    /** Fixed at creation: vectors of different models are not comparable. Null = lexical search only. */
    embeddingModel: text('embedding_model'),
    embeddingDimensions: integer('embedding_dimensions'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('knowledge_collections_institution').on(table.institutionId)],
);

/** Explicit sharing of a collection with one user or one department. */
export const knowledgeCollectionShares = pgTable(
  'knowledge_collection_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collectionId: uuid('collection_id')
      .notNull()
      .references(() => knowledgeCollections.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('knowledge_collection_shares_user').on(table.collectionId, table.userId),
    uniqueIndex('knowledge_collection_shares_department').on(table.collectionId, table.departmentId),
    index('knowledge_collection_shares_user_lookup').on(table.userId),
    index('knowledge_collection_shares_department_lookup').on(table.departmentId),
  ],
);

export const documentStatuses = ['queued', 'processing', 'ready', 'failed'] as const;

/** A document of a collection; the row is also its ingestion job (status, progress, claim heartbeat). */
export const knowledgeDocuments = pgTable(
  'knowledge_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    collectionId: uuid('collection_id')
      .notNull()
      .references(() => knowledgeCollections.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    title: text('title').notNull(),
    format: text('format').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    status: text('status', { enum: documentStatuses }).notNull().default('queued'),
    /** 0–100 while processing. */
    progress: integer('progress').notNull().default(0),
    failureReason: text('failure_reason'),
    failureMessage: text('failure_message'),
    pageCount: integer('page_count'),
    chunkCount: integer('chunk_count').notNull().default(0),
    characterCount: integer('character_count').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    /** Set by the worker that holds the job; a stale heartbeat means the worker died. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    indexedAt: timestamp('indexed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('knowledge_documents_collection_file').on(table.collectionId, table.fileName),
    index('knowledge_documents_status').on(table.status, table.createdAt),
  ],
);

/** The uploaded bytes, apart from the row so listings never read them. */
export const knowledgeDocumentFiles = pgTable('knowledge_document_files', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => knowledgeDocuments.id, { onDelete: 'cascade' }),
  bytes: bytes('bytes').notNull(),
});

/** A retrievable passage with its lexical vector and, when the collection has an embedding model, its embedding. */
export const knowledgeChunks = pgTable(
  'knowledge_chunks',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => knowledgeDocuments.id, { onDelete: 'cascade' }),
    /** Copied from the document so access filters need no join. */
    collectionId: uuid('collection_id').notNull(),
    ordinal: integer('ordinal').notNull(),
    text: text('text').notNull(),
    sectionPath: jsonb('section_path').$type<string[]>().notNull(),
    pageStart: integer('page_start'),
    pageEnd: integer('page_end'),
    lexemes: tsvector('lexemes').notNull(),
    /** Tokens in the chunk: BM25's document length. */
    tokenCount: integer('token_count').notNull(),
    /** Unit-length embedding; indexed through a cast to vector(n) per dimension when pgvector is present. */
    embedding: real('embedding').array(),
    embeddingDimensions: integer('embedding_dimensions'),
  },
  (table) => [
    index('knowledge_chunks_document').on(table.documentId, table.ordinal),
    index('knowledge_chunks_collection').on(table.collectionId),
    index('knowledge_chunks_lexemes').using('gin', table.lexemes),
  ],
);

/** How many chunks hold each term (BM25's document frequency), with `knowledge_term_pending` not yet folded in. */
export const knowledgeTermStatistics = pgTable('knowledge_term_statistics', {
  term: text('term').primaryKey(),
  chunks: integer('chunks').notNull(),
});

/**
 * Changes to those frequencies not yet folded in: ingestion appends here (plain inserts, no row to lock), and
 * the worker folds them into `knowledge_term_statistics` now and then; readers add both.
 */
export const knowledgeTermPending = pgTable('knowledge_term_pending', {
  // No key and no index: appending must stay as cheap as possible; the table is emptied at every fold.
  term: text('term').notNull(),
  chunks: integer('chunks').notNull(),
});

/** Index-wide totals for BM25: chunk count and token count (average length = tokens / chunks). */
export const knowledgeIndexTotals = pgTable('knowledge_index_totals', {
  id: integer('id').primaryKey(),
  chunks: bigint('chunks', { mode: 'number' }).notNull(),
  tokens: bigint('tokens', { mode: 'number' }).notNull(),
});

/** Questions collection owners tried in the retrieval console. */
export const knowledgeQueryHistory = pgTable(
  'knowledge_query_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    collectionIds: jsonb('collection_ids').$type<string[]>().notNull(),
    query: text('query').notNull(),
    resultCount: integer('result_count').notNull(),
    tookMs: integer('took_ms').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('knowledge_query_history_user').on(table.userId, table.createdAt)],
);

/** Institution drafting templates; every edit is a new row (version), the newest unarchived one is current. */
export const draftingTemplates = pgTable(
  'drafting_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    /** The template as validated by draftTemplateSchema. */
    definition: jsonb('definition').$type<Record<string, unknown>>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [unique('drafting_templates_version').on(table.institutionId, table.slug, table.version)],
);

export const drafts = pgTable(
  'drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    templateSlug: text('template_slug').notNull(),
    templateVersion: integer('template_version').notNull(),
    values: jsonb('values').$type<Record<string, FieldValue>>().notNull(),
    collectionIds: jsonb('collection_ids').$type<string[]>().notNull(),
    /** Text of files the user attached as sources (never the files themselves). */
    references: jsonb('references').$type<DraftReference[]>().notNull().default([]),
    title: text('title').notNull(),
    versionCount: integer('version_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('drafts_user').on(table.userId, table.updatedAt)],
);

export const draftVersions = pgTable(
  'draft_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => drafts.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    source: text('source', { enum: ['skeleton', 'generated', 'revised', 'edited', 'restored'] }).notNull(),
    instruction: text('instruction'),
    model: text('model'),
    document: jsonb('document').$type<DraftDocument>().notNull(),
    citations: jsonb('citations').$type<StatuteCitationCheck[]>().notNull(),
    createdAt: createdAt(),
  },
  (table) => [unique('draft_versions_number').on(table.draftId, table.number)],
);

export const draftingSettings = pgTable('drafting_settings', {
  institutionId: uuid('institution_id')
    .primaryKey()
    .references(() => institutions.id),
  visibleDisclosure: boolean('visible_disclosure').notNull().default(false),
  disclosureText: text('disclosure_text').notNull(),
  updatedAt: updatedAt(),
});

/** When each user confirmed the AI-use notice shown before their first draft. */
export const draftingAcknowledgements = pgTable('drafting_acknowledgements', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull(),
});

export const assistantVisibilities = ['private', 'users', 'department', 'institution'] as const;

/** A custom assistant. Its content lives in versions; this row holds ownership, sharing and counters. */
export const assistants = pgTable(
  'assistants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    /** Set for the assistants the platform ships (file name of its YAML); they have no owner. */
    builtInKey: text('built_in_key'),
    /** Null only for built-in assistants: an owner's removal hands the assistant to a department admin. */
    ownerUserId: uuid('owner_user_id').references(() => users.id),
    /** The department the assistant belongs to (the owner's when created or handed over). */
    departmentId: uuid('department_id').references(() => departments.id),
    visibility: text('visibility', { enum: assistantVisibilities }).notNull().default('private'),
    /** For `department` visibility. */
    shareDepartmentId: uuid('share_department_id').references(() => departments.id),
    includeSubdepartments: boolean('include_subdepartments').notNull().default(false),
    currentVersion: integer('current_version').notNull().default(1),
    /** Denormalised from the current version for the gallery's search and filters. */
    name: text('name').notNull(),
    icon: text('icon').notNull(),
    category: text('category').notNull(),
    /** Questions asked of it (chat and tab-only). */
    useCount: integer('use_count').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('assistants_built_in').on(table.institutionId, table.builtInKey),
    index('assistants_owner').on(table.ownerUserId),
  ],
);

/** Every edit of an assistant's content is a new version; rollback copies an old one forward. */
export const assistantVersions = pgTable(
  'assistant_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assistantId: uuid('assistant_id')
      .notNull()
      .references(() => assistants.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    kind: text('kind', { enum: ['created', 'edited', 'rolled_back'] }).notNull(),
    restoredFrom: integer('restored_from'),
    definition: jsonb('definition').$type<AssistantDefinition>().notNull(),
    note: text('note').notNull().default(''),
    editedBy: uuid('edited_by').references(() => users.id, { onDelete: 'set null' }),
    /** Kept when the editor's account goes. */
    editorName: text('editor_name'),
    createdAt: createdAt(),
  },
  (table) => [unique('assistant_versions_number').on(table.assistantId, table.number)],
);

/** People an assistant is shared with: `user` may use it, `editor` may also edit it. */
export const assistantMembers = pgTable(
  'assistant_members',
  {
    assistantId: uuid('assistant_id')
      .notNull()
      .references(() => assistants.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['user', 'editor'] }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.assistantId, table.userId] }),
    index('assistant_members_user').on(table.userId),
  ],
);

export const assistantSaves = pgTable(
  'assistant_saves',
  {
    assistantId: uuid('assistant_id')
      .notNull()
      .references(() => assistants.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.assistantId, table.userId] }),
    index('assistant_saves_user').on(table.userId),
  ],
);

export const assistantRatings = pgTable(
  'assistant_ratings',
  {
    assistantId: uuid('assistant_id')
      .notNull()
      .references(() => assistants.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    stars: integer('stars').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.assistantId, table.userId] })],
);

/** Conversations an owner published on the assistant's page, copied (the original may be purged). */
export const assistantExamples = pgTable(
  'assistant_examples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    assistantId: uuid('assistant_id')
      .notNull()
      .references(() => assistants.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    messages: jsonb('messages').$type<{ role: 'user' | 'assistant'; content: string }[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (table) => [index('assistant_examples_assistant').on(table.assistantId, table.createdAt)],
);

export const useCaseStatuses = ['draft', 'submitted', 'published', 'returned'] as const;

/** A case of the use-case book (활용사례집). */
export const useCases = pgTable(
  'use_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Kept when the author's account goes. */
    authorName: text('author_name').notNull(),
    /** The author's department when submitted: whose admins review it. */
    departmentId: uuid('department_id').references(() => departments.id),
    title: text('title').notNull(),
    task: text('task').notNull(),
    category: text('category').notNull(),
    assistantId: uuid('assistant_id').references(() => assistants.id, { onDelete: 'set null' }),
    prompt: text('prompt').notNull().default(''),
    minutesBefore: integer('minutes_before'),
    minutesAfter: integer('minutes_after'),
    result: text('result').notNull(),
    status: text('status', { enum: useCaseStatuses }).notNull().default('draft'),
    reviewNote: text('review_note'),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    likeCount: integer('like_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('use_cases_status').on(table.institutionId, table.status, table.publishedAt),
    index('use_cases_author').on(table.authorUserId),
  ],
);

export const useCaseAttachments = pgTable(
  'use_case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => useCases.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    byteSize: integer('byte_size').notNull(),
    bytes: bytes('bytes').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('use_case_attachments_case').on(table.caseId)],
);

export const useCaseLikes = pgTable(
  'use_case_likes',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => useCases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.caseId, table.userId] })],
);

export const useCaseComments = pgTable(
  'use_case_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => useCases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('use_case_comments_case').on(table.caseId, table.createdAt)],
);

/** Published versions of the institution's AI use guidelines and checklist. */
export const guidelineVersions = pgTable(
  'guideline_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    version: integer('version').notNull(),
    content: jsonb('content').$type<GuidelineContent>().notNull(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
    publishedByName: text('published_by_name'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique('guideline_versions_version').on(table.institutionId, table.version)],
);

/** Who acknowledged which version of the guidelines, and when. */
export const guidelineAcknowledgements = pgTable(
  'guideline_acknowledgements',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.version] })],
);
