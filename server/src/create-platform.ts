import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config/index.js';
import { systemClock, type Clock } from './platform/clock.js';
import { openDatabase, type DatabaseHandle } from './platform/database/index.js';
import { Egress } from './platform/egress.js';
import { buildHttpApp } from './platform/http/build-app.js';
import { SecretBox } from './platform/secret-box.js';
import { resolveSecretKey } from './platform/secret-key-file.js';
import { registerHealthRoutes } from './platform/http/health-routes.js';
import { registerMetricsRoute } from './platform/http/metrics-route.js';
import { PlatformMetrics } from './platform/metrics/platform-metrics.js';
import {
  AuthService,
  LoginThrottle,
  registerAuthentication,
  registerAuthRoutes,
  SessionRepository,
  SessionService,
} from './modules/auth/index.js';
import {
  ChatRepository,
  ChatService,
  ContentRetention,
  registerChatRoutes,
  StreamRegistry,
} from './modules/chat/index.js';
import { GuardedGateway, GuardRepository, GuardService, registerGuardRoutes } from './modules/guard/index.js';
import {
  DeploymentCatalog,
  DeploymentHealth,
  Gateway,
  ModelEndpointRepository,
  ModelRegistry,
  ModelSettingsRepository,
  registerModelRoutes,
} from './modules/gateway/index.js';
import { sleep } from './platform/sleep.js';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { Redis } from 'ioredis';
import { ApiKeyRepository, ApiKeyService, registerApiKeyRoutes } from './modules/api-keys/index.js';
import { TranslationService } from './modules/gateway/translation-service.js';
import { ImageRepository, ImageService, registerImageRoutes } from './modules/images/index.js';
import { registerTranslationRoutes } from './modules/translation/index.js';
import { registerV1Routes } from './modules/gateway/v1/v1-routes.js';
import { MemoryWindowCounter, RedisWindowCounter, type WindowCounter } from './platform/window-counter.js';
import {
  LocalInvalidationBus,
  RedisInvalidationBus,
  type InvalidationBus,
} from './platform/invalidation-bus.js';
import { OrgRepository, OrgService, registerOrgRoutes } from './modules/org/index.js';
import { AuditRepository, AuditService, registerAuditRoutes } from './modules/audit/index.js';
import {
  AssistantEngagementRepository,
  AssistantGalleryRepository,
  AssistantHandover,
  AssistantRepository,
  AssistantService,
  createAssistantPorts,
  registerAssistantRoutes,
} from './modules/assistants/index.js';
import { seedBuiltInAssistants } from './modules/assistants/built-in/index.js';
import {
  BudgetAlerts,
  BudgetRepository,
  deferPurpose,
  DirectoryRepository,
  Meter,
  MeteredGateway,
  MeteringAdminService,
  MeteringPolicy,
  NotificationRepository,
  PlanRepository,
  PriceRepository,
  registerMeteringRoutes,
  UsageDashboardService,
  UsageQueryRepository,
  UsageRecorder,
  UsageReportExporter,
  UsageReportRepository,
  UsageRepository,
} from './modules/metering/index.js';
import {
  ChunkIndexRepository,
  ChunkRepository,
  CollectionRepository,
  DepartmentTree,
  DocumentPreparer,
  DocumentRepository,
  DocumentSummarizer,
  HybridRetriever,
  IngestionWorker,
  KnowledgeService,
  knowledgeV1Routes,
  QueryHistoryRepository,
  registerKnowledgeRoutes,
} from './modules/knowledge/index.js';
import {
  DraftingService,
  DraftingSettingsRepository,
  DraftRepository,
  DraftWriter,
  loadBuiltInTemplates,
  registerDraftingRoutes,
  TemplateCatalog,
  TemplateRepository,
} from './modules/drafting/index.js';
import {
  registerCasesRoutes,
  UseCaseAttachmentRepository,
  UseCaseReactionRepository,
  UseCaseRepository,
  UseCaseService,
  UseCaseNotifier,
} from './modules/cases/index.js';
import {
  GuidelineRepository,
  GuidelinesService,
  registerGuidelinesRoutes,
} from './modules/guidelines/index.js';

export interface PlatformOptions {
  config: Config;
  clock?: Clock;
  /** Logs to stdout (production), off, or into a stream (tests that read the logs). */
  logger?: boolean | { stream: NodeJS.WritableStream };
  /** Overrides where PGlite keeps its files; tests pass memory://. */
  pgliteDirectory?: string;
  /** A migrated PGlite to start from instead of an empty one (tests: see `migratedPgliteTemplate`). */
  pgliteTemplate?: Blob;
  webDistDirectory?: string | null;
  /**
   * False leaves the meter out of the model-call pipeline: no usage events, no budgets. Only the gateway
   * benchmark's baseline sets it, to measure what metering costs; a platform that serves people never does.
   */
  meterModelCalls?: boolean;
}

export interface Platform {
  app: FastifyInstance;
  clock: Clock;
  database: DatabaseHandle;
  org: OrgService;
  audit: AuditService;
  auth: AuthService;
  models: ModelRegistry;
  gateway: Gateway;
  /** The gateway with the guard in front: what every model call of the platform goes through. */
  guardedGateway: GuardedGateway;
  guard: GuardService;
  /** Budgets, prices and plans as the meter sees them. */
  meteringPolicy: MeteringPolicy;
  meter: Meter;
  usageRecorder: UsageRecorder;
  retention: ContentRetention;
  apiKeys: ApiKeyService;
  chat: ChatService;
  knowledge: KnowledgeService;
  ingestion: IngestionWorker;
  drafting: DraftingService;
  /** Custom assistants; also what the chat uses them through (`AssistantUsage`). */
  assistants: AssistantService;
  streams: StreamRegistry;
  secretKeyGenerated: boolean;
  /** Graceful stop: refuse new streams, let running ones finish for the grace period, close. */
  close(graceMs?: number): Promise<void>;
}

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The composition root: config → database → repositories → services → routes. */
export async function createPlatform(options: PlatformOptions): Promise<Platform> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    pgliteDirectory: options.pgliteDirectory ?? `${config.DATA_DIR}/pglite`,
    pgliteTemplate: options.pgliteTemplate,
  });
  const secretKey = resolveSecretKey(config.SECRET_KEY, config.DATA_DIR);
  const secretBox = new SecretBox(secretKey.keyHex);
  const egress = new Egress();

  const orgRepository = new OrgRepository(database.db);
  const audit = new AuditService(new AuditRepository(database.db), clock);
  const institution = await orgRepository.ensureInstitution(config.INSTITUTION_CODE, config.INSTITUTION_NAME);
  await seedBuiltInAssistants(database.db, institution.id, clock);
  const org = new OrgService(orgRepository, institution);
  const sessionService = new SessionService(new SessionRepository(database.db), clock, {
    ttlHours: config.SESSION_TTL_HOURS,
    idleMinutes: config.SESSION_IDLE_MINUTES,
  });
  const loginWindowMs = config.LOGIN_WINDOW_MINUTES * 60_000;
  const auth = new AuthService(
    org,
    {
      perUser: new LoginThrottle(clock, config.LOGIN_MAX_ATTEMPTS, loginWindowMs),
      perAddress: new LoginThrottle(clock, config.LOGIN_MAX_ATTEMPTS * 10, loginWindowMs),
    },
    clock,
    audit,
  );
  const upstreamTimeoutMs = config.UPSTREAM_TIMEOUT_SECONDS * 1000;
  const endpointRepository = new ModelEndpointRepository(database.db);
  const modelSettingsRepository = new ModelSettingsRepository(database.db);
  const catalog = new DeploymentCatalog(
    endpointRepository,
    modelSettingsRepository,
    secretBox,
    egress,
    clock,
    {
      defaultTimeoutMs: upstreamTimeoutMs,
      refreshMs: 10_000,
    },
  );
  const health = new DeploymentHealth(clock);
  const gateway = new Gateway(
    catalog,
    health,
    { maxAttemptsPerModel: 3, backoffBaseMs: 100, backoffMaxMs: 2_000 },
    sleep,
  );
  const models = new ModelRegistry(
    endpointRepository,
    modelSettingsRepository,
    catalog,
    health,
    secretBox,
    egress,
    clock,
    upstreamTimeoutMs,
  );
  const redisUrl = config.REDIS_URL;
  const redis = (): Redis => new Redis(redisUrl ?? '', { maxRetriesPerRequest: 2 });
  const counter: WindowCounter =
    redisUrl === undefined ? new MemoryWindowCounter() : new RedisWindowCounter(redis());
  const bus: InvalidationBus =
    redisUrl === undefined ? new LocalInvalidationBus() : new RedisInvalidationBus(redis(), redis());
  const apiKeys = new ApiKeyService(
    new ApiKeyRepository(database.db),
    counter,
    clock,
    async (id) => {
      const department = await orgRepository.findDepartment(id);
      return department?.active === true;
    },
    bus,
  );
  await apiKeys.start();
  const guard = new GuardService(new GuardRepository(database.db), institution.id, bus, audit.port());
  await guard.start();
  const meteringRepositories = {
    prices: new PriceRepository(database.db),
    budgets: new BudgetRepository(database.db),
    plans: new PlanRepository(database.db),
    directory: new DirectoryRepository(database.db),
  };
  const meteringPolicy = new MeteringPolicy(meteringRepositories, institution.id, bus, clock);
  await meteringPolicy.start();
  const meteringAdmin = new MeteringAdminService(meteringRepositories, meteringPolicy, institution, clock);
  const notifications = new NotificationRepository(database.db);
  // The logger exists only once the app is built; until then warnings go to stderr.
  let appForLogs: FastifyInstance | null = null;
  const meteringLog = {
    warn: (details: Record<string, unknown>, message: string) => {
      if (appForLogs === null) console.warn(message, details);
      else appForLogs.log.warn(details, message);
    },
  };
  const documentRepository = new DocumentRepository(database.db);
  const metrics = new PlatformMetrics({
    deployments: async () =>
      (await models.listModelStatus()).flatMap((model) =>
        model.deployments.map((deployment) => ({
          model: model.id,
          endpoint: deployment.endpointName,
          inFlight: deployment.inFlight,
          recentErrorRate: deployment.recentErrorRate,
          coolingDown: deployment.coolingDownUntil !== null,
        })),
      ),
    documentsByStatus: () => documentRepository.countByStatus(),
  });
  const usageRecorder = new UsageRecorder(
    new UsageRepository(database.db, database.bulkWriter),
    meteringLog,
    undefined,
    (events) => metrics.countUsage(events),
  );
  const meter = new Meter(
    meteringPolicy,
    meteringRepositories.budgets,
    usageRecorder,
    new BudgetAlerts(notifications, meteringRepositories.directory),
    clock,
    (budget) => meteringAdmin.subjectNameFromMemory(budget),
    meteringLog,
  );
  meter.startMaintenance();
  const guardedGateway = new GuardedGateway(
    options.meterModelCalls === false ? gateway : new MeteredGateway(gateway, meter, deferPurpose),
    guard,
  );
  const translation = new TranslationService(guardedGateway);
  const streams = new StreamRegistry();
  const chatRepository = new ChatRepository(database.db);
  await chatRepository.markAbandonedStreams();
  const draftRepository = new DraftRepository(database.db);
  const retention = new ContentRetention(chatRepository, guard, audit.port(), clock, draftRepository);

  const collectionRepository = new CollectionRepository(database.db);
  const chunkIndex = new ChunkIndexRepository(database.db, database.vectorAvailable);
  const chunkRepository = new ChunkRepository(database.db);
  const maximumFileBytes = config.KNOWLEDGE_MAX_FILE_MB * 1_048_576;
  const documentPreparer = new DocumentPreparer({
    threads: config.KNOWLEDGE_WORKERS,
    maximumBytes: maximumFileBytes,
    timeoutMs: 10 * 60_000,
    // Parsing holds the file, its decompressed parts and the text at once: several times the file's size.
    maximumHeapMb: Math.max(1_024, 16 * config.KNOWLEDGE_MAX_FILE_MB),
  });
  const ingestion = new IngestionWorker(
    documentRepository,
    collectionRepository,
    chunkIndex,
    (fileName, bytes) => documentPreparer.prepare(fileName, bytes),
    async (collection, uploadedBy, texts) => {
      const uploader = uploadedBy === null ? undefined : await org.findUser(uploadedBy);
      const caller = {
        userId: uploader?.id ?? null,
        apiKeyId: null,
        departmentId: uploader?.departmentId ?? collection.departmentId,
        label: uploader === undefined ? '문서 색인' : `${uploader.name} (문서 색인)`,
        ipAddress: null,
        channel: 'knowledge' as const,
      };
      const { result } = await guardedGateway.embed(
        { model: collection.embeddingModel ?? '', input: texts },
        { caller, sensitivity: collection.sensitivity },
      );
      return result.embeddings;
    },
    { pollMs: 2_000, staleAfterMs: 120_000, maximumAttempts: 3 },
    meteringLog,
  );
  const departmentTree = new DepartmentTree(orgRepository, institution.id);
  const knowledge = new KnowledgeService(
    collectionRepository,
    documentRepository,
    chunkRepository,
    chunkIndex,
    new QueryHistoryRepository(database.db),
    new HybridRetriever(chunkIndex, chunkRepository),
    guardedGateway,
    new DocumentSummarizer(guardedGateway),
    departmentTree,
    ingestion,
    institution.id,
    {
      maximumFileBytes,
      rerankModel: config.KNOWLEDGE_RERANK_MODEL ?? null,
      minimumSimilarity: config.KNOWLEDGE_MIN_SIMILARITY ?? null,
    },
    async (departmentId) => (await guard.retentionFor(departmentId)).kind !== 'none',
  );
  const templateCatalog = new TemplateCatalog(
    await loadBuiltInTemplates(),
    new TemplateRepository(database.db),
    institution.id,
    clock,
  );
  const assistantRepository = new AssistantRepository(database.db);
  const assistantPorts = createAssistantPorts({
    departmentTree,
    collections: collectionRepository,
    gateway: guardedGateway,
    templates: templateCatalog,
    guard,
  });
  const assistants = new AssistantService(
    {
      assistants: assistantRepository,
      gallery: new AssistantGalleryRepository(database.db),
      engagement: new AssistantEngagementRepository(database.db),
    },
    assistantPorts,
    institution.id,
    clock,
  );
  const assistantHandover = new AssistantHandover(
    assistantRepository,
    assistantPorts,
    audit,
    institution.id,
    clock,
  );
  const chat = new ChatService(
    chatRepository,
    guardedGateway,
    guard,
    streams,
    clock,
    {
      ground: async (userId, caller, question, collectionIds, assistantCollectionIds) => {
        const user = await org.findUser(userId);
        if (user === undefined) throw new Error('the signed-in user has no row');
        const reader = await knowledge.readerOfUser(user);
        return knowledge.ground(reader, caller, question, collectionIds, assistantCollectionIds);
      },
    },
    assistants,
    templateCatalog,
  );

  const drafting = new DraftingService(
    templateCatalog,
    draftRepository,
    new DraftingSettingsRepository(database.db),
    new DraftWriter(guardedGateway),
    {
      ground: async (user, caller, question, collectionIds) => {
        const grounding = await knowledge.ground(
          await knowledge.readerOfUser(user),
          caller,
          question,
          collectionIds,
        );
        return { sources: grounding.sources, internal: grounding.internal };
      },
      storageAllowed: async (departmentId) => (await guard.retentionFor(departmentId)).kind !== 'none',
      contextOf: async (user) => {
        const department =
          user.departmentId === null ? undefined : await orgRepository.findDepartment(user.departmentId);
        return {
          institutionName: institution.name,
          userName: user.name,
          userRank: user.rank,
          departmentName: department?.name ?? null,
          userEmail: user.email,
          today: clock.now(),
        };
      },
    },
    institution.id,
    clock,
  );

  const useCaseRepository = new UseCaseRepository(database.db);
  const useCases = new UseCaseService(
    useCaseRepository,
    new UseCaseReactionRepository(database.db),
    new UseCaseAttachmentRepository(database.db),
    {
      assistants,
      notifications: new UseCaseNotifier(useCaseRepository, institution.id, (values) =>
        notifications.insertMany(values),
      ),
      institutionName: institution.name,
      checkPublication: (texts) => guard.checkPublication(texts),
    },
    institution.id,
    clock,
  );
  const guidelines = new GuidelinesService(new GuidelineRepository(database.db), institution.id, clock);
  await guidelines.ensureBuiltIn();

  const app = await buildHttpApp({
    config,
    metrics,
    logger: options.logger ?? true,
    webDistDirectory:
      options.webDistDirectory === undefined
        ? (config.WEB_DIST_DIR ?? defaultWebDist)
        : options.webDistDirectory,
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'AI 주무관 OpenAI 호환 API',
        description:
          '기관의 모델을 다른 행정 시스템에서 쓰기 위한 API입니다. OpenAI SDK의 base URL을 `/v1`로 두고, 관리자가 발급한 API 키를 Bearer 토큰으로 보내세요.',
        version: '1',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    hideUntagged: true,
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  registerHealthRoutes(app, database, streams);
  registerMetricsRoute(app, metrics, config.METRICS_TOKEN);
  registerAuthentication(app, {
    config,
    clock,
    sessions: sessionService,
    auth,
    findUser: (id) => org.findUser(id),
  });
  audit.useLogger(app.log);
  registerAuthRoutes(app, { config, auth, sessions: sessionService, org, audit });
  registerOrgRoutes(app, {
    org,
    endSessionsOf: (userId) => sessionService.destroyForUser(userId),
    usersDeactivated: (userIds, actor) => assistantHandover.usersDeactivated(userIds, actor),
    departmentsChanged: () => {
      departmentTree.invalidate();
      return meteringPolicy.changed();
    },
    audit,
  });
  registerModelRoutes(app, models, gateway, audit);
  registerChatRoutes(app, chat);
  registerApiKeyRoutes(app, apiKeys, audit);
  registerAuditRoutes(app, { audit, clock });
  registerTranslationRoutes(app, translation);
  registerGuardRoutes(app, guard);
  registerImageRoutes(
    app,
    new ImageService(
      new ImageRepository(database.db),
      guardedGateway,
      async (departmentId) => (await guard.retentionFor(departmentId)).kind !== 'none',
    ),
  );
  registerKnowledgeRoutes(app, knowledge, maximumFileBytes);
  registerDraftingRoutes(app, drafting, audit);
  registerCasesRoutes(app, useCases, audit);
  registerGuidelinesRoutes(app, guidelines, audit);
  registerAssistantRoutes(app, assistants, audit);
  await registerV1Routes(app, {
    gateway: guardedGateway,
    translation,
    keys: apiKeys,
    clock,
    extensions: [knowledgeV1Routes(knowledge, apiKeys, maximumFileBytes)],
  });
  const usageQueries = new UsageQueryRepository(database.db);
  registerMeteringRoutes(app, {
    admin: meteringAdmin,
    dashboards: new UsageDashboardService(
      usageQueries,
      new UsageReportRepository(database.db),
      meteringRepositories.directory,
      meteringPolicy,
      meteringAdmin,
      clock,
    ),
    exporter: new UsageReportExporter(usageQueries, meteringRepositories.directory, meteringPolicy),
    notifications,
    audit,
    clock,
    listModels: () => gateway.listModels(),
  });
  appForLogs = app;
  await app.ready();

  await sessionService.purgeExpired();
  const sessionPurge = setInterval(() => {
    sessionService
      .purgeExpired()
      .catch((error: unknown) => app.log.warn({ err: error }, 'session purge failed'));
  }, 3_600_000);
  sessionPurge.unref();
  const runRetention = () => {
    retention.purge().catch((error: unknown) => app.log.warn({ err: error }, 'retention purge failed'));
  };
  runRetention();
  ingestion.start(config.KNOWLEDGE_WORKERS);
  const retentionPurge = setInterval(runRetention, 3_600_000);
  retentionPurge.unref();

  let closed = false;
  return {
    app,
    clock,
    database,
    org,
    audit,
    auth,
    models,
    gateway,
    guardedGateway,
    guard,
    meteringPolicy,
    meter,
    usageRecorder,
    retention,
    apiKeys,
    chat,
    knowledge,
    ingestion,
    drafting,
    assistants,
    streams,
    secretKeyGenerated: secretKey.generated,
    async close(graceMs = config.SHUTDOWN_GRACE_SECONDS * 1000) {
      if (closed) return;
      closed = true;
      clearInterval(sessionPurge);
      clearInterval(retentionPurge);
      const closing = app.close();
      await streams.drain(graceMs);
      await closing;
      await ingestion.stop();
      await documentPreparer.close();
      // Every usage event of the calls that just finished is written before the database closes.
      meteringPolicy.stop();
      await meter.close();
      await egress.close();
      await counter.close();
      await bus.close();
      await database.close();
    },
  };
}
