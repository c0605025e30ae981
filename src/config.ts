import { resolve } from 'node:path';
import { z } from 'zod';

// Everything configurable, read and checked once at start; a bad value stops the start with a clear message.

/**
 * Micro-batching of HTTP reviews when REVIEW_BATCH_* are unset (and for apps built without a loaded config).
 * Per-claim cost flattens out by ~64 claims a batch (0.45 ms at 16, 0.38 ms at 64, in-process), while a bigger
 * batch only makes its first requests wait longer.
 */
export const DEFAULT_REVIEW_BATCH = { windowMs: 1, maxClaims: 64 } as const;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  /**
   * How long an idle keep-alive connection stays open: above the idle timeout of a load balancer or proxy in front
   * (AWS ALB and nginx: 60 s), which must never see the service close first. At most 299 s: the headers timeout,
   * 1 s above it, may not pass Node's 300 s request timeout.
   */
  HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(299_000).default(65_000),
  /**
   * At shutdown, how long requests in flight may take before their connections are closed: within the 30 s that
   * docker-compose.yml's stop_grace_period and Kubernetes' default terminationGracePeriodSeconds allow before
   * SIGKILL, leaving the rest to close the review thread and the store.
   */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(20_000),
  /** SQLite file of the embedded store; ':memory:' for a throwaway run. */
  STORE_PATH: z.string().default('data/review.db'),
  /** Most pages (4 kB each) the SQLite file may grow to; writes beyond fail as on a full disk. Unset = no cap. */
  STORE_MAX_PAGES: z.coerce.number().int().min(1).optional(),
  RULES_DIR: z.string().default('rules'),
  MODELS_DIR: z.string().default('models'),
  /** Model version under MODELS_DIR to run; empty = the newest; 'none' = run without a model. */
  MODEL_NAME: z.string().default(''),
  /** Share of ordinary claims the anomaly model sends to review (sets its threshold); unset = the rate it was trained for. */
  MODEL_ALERT_RATE: z.coerce.number().gt(0).lt(1).optional(),
  /** Reviewed at start when the store is empty, so a fresh service has something to show; 'off' disables. */
  SAMPLE_DATA: z.string().default('samples/claims.sample.ndjson'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Reload rules/ on file changes (POST /api/v1/rules/reload works either way). */
  RULES_WATCH: z.enum(['on', 'off']).default('on'),
  /** Most claims one POST /api/v1/reviews/batch may carry. */
  BATCH_MAX: z.coerce.number().int().min(1).max(10000).default(1000),
  /** Largest request body accepted. */
  BODY_LIMIT: z.string().default('10mb'),
  /** HTTP reviews arriving within this many ms of each other are reviewed as one batch (0: same event-loop turn only). */
  REVIEW_BATCH_WINDOW_MS: z.coerce.number().min(0).max(50).default(DEFAULT_REVIEW_BATCH.windowMs),
  /** Most claims one such batch takes. */
  REVIEW_BATCH_MAX: z.coerce.number().int().min(1).max(10000).default(DEFAULT_REVIEW_BATCH.maxClaims),
  /** Review HTTP claims on a thread of their own, beside the one that speaks HTTP (src/api/review-thread/review-thread.ts). */
  REVIEW_THREAD: z.enum(['on', 'off']).default('on'),
  /** Comma-separated Kafka bootstrap servers; set, the service also runs the claims consumer. */
  KAFKA_BROKERS: z.string().optional(),
  KAFKA_CLIENT_ID: z.string().default('yibao-review'),
  KAFKA_GROUP_ID: z.string().default('yibao-review'),
  KAFKA_CLAIMS_TOPIC: z.string().min(1).default('claims'),
  KAFKA_VERDICTS_TOPIC: z.string().min(1).default('verdicts'),
  KAFKA_DLQ_TOPIC: z.string().min(1).default('claims-dead-letter'),
  /** Partitions processed at once by one instance. */
  KAFKA_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** Most claims reviewed, produced and committed as one step of a fetched batch. */
  KAFKA_CHUNK_SIZE: z.coerce.number().int().min(1).max(10000).default(500),
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(1000).default(30000),
  /** Review worker threads of the Kafka door (claims split among them by member, as in file intake). */
  KAFKA_WORKERS: z.coerce.number().int().min(1).max(64).default(2),
  /** MongoDB connection string; set, the store is MongoDB instead of the embedded SQLite file. */
  MONGO_URL: z.string().optional(),
  /** Secret mixed into every API-key hash (HMAC-SHA256). Required when NODE_ENV=production. */
  AUTH_PEPPER: z.string().min(16, 'must be at least 16 characters').optional(),
  NODE_ENV: z.string().optional(),
  /** Failed authentications one client address may make per window before it gets 429. */
  AUTH_FAIL_LIMIT: z.coerce.number().int().min(1).default(20),
  AUTH_FAIL_WINDOW_S: z.coerce.number().int().min(1).default(900),
  /** The investigators' web console at /console. */
  CONSOLE: z.enum(['on', 'off']).default('on'),
  /** Provider-pattern runs: daily at HH:MM (local time, TZ), or 'off'; a stale last run also runs at start. */
  PATTERNS_SCHEDULE: z
    .string()
    .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, 'must be HH:MM (24-hour, local time) or off')
    .default('02:00'),
  /** Days of service dates a scheduled run looks at, ending yesterday. */
  PATTERNS_WINDOW_DAYS: z.coerce.number().int().min(1).max(366).default(90),
  /** Admission clusters: the window (days) and the age from which a member counts as elderly; unset: the table's (7, 60). */
  PATTERNS_CLUSTER_DAYS: z.coerce.number().int().min(1).max(31).optional(),
  PATTERNS_CLUSTER_MIN_AGE: z.coerce.number().int().min(0).max(120).optional(),
  /** Days a case may stay in each open status before it is overdue: new=…,assigned=…,investigating=… */
  CASE_DUE_DAYS: z
    .string()
    .regex(/^\s*(new|assigned|investigating)=\d{1,3}\s*(,\s*(new|assigned|investigating)=\d{1,3}\s*)*$/, 'must read like new=2,assigned=3,investigating=30 (whole days)')
    .optional(),
});

/**
 * Days a case may stay in each open status (CASE_DUE_DAYS overrides any of them). Sample working defaults,
 * not a regulation: dispatch within 2 days, start within 3 once assigned, finish an investigation within 30.
 */
export const DEFAULT_CASE_DUE_DAYS: CaseDueDays = { new: 2, assigned: 3, investigating: 30 };
export interface CaseDueDays {
  new: number;
  assigned: number;
  investigating: number;
}

function caseDueDays(text: string | undefined): CaseDueDays {
  const out = { ...DEFAULT_CASE_DUE_DAYS };
  for (const part of (text ?? '').split(',').map((p) => p.trim()).filter(Boolean)) {
    const [k, v] = part.split('=').map((x) => x.trim());
    out[k as keyof CaseDueDays] = Number(v);
  }
  return out;
}

/** Development only: a service started with it logs a warning, and NODE_ENV=production refuses to start. */
export const DEV_AUTH_PEPPER = 'dev-only-pepper-not-for-production';

export type Config = {
  port: number;
  host: string;
  /** Idle keep-alive connections' timeout, and how long a shutdown lets requests in flight finish. */
  http: { keepAliveMs: number; shutdownGraceMs: number };
  storePath: string;
  storeMaxPages?: number;
  rulesDir: string;
  rulesWatch: boolean;
  modelsDir: string;
  modelName: string;
  modelAlertRate: number | undefined;
  sampleData: string | null;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  batchMax: number;
  bodyLimit: string;
  /** Micro-batching of HTTP reviews (src/features/reviews/review-queue.ts). */
  reviewBatch: { windowMs: number; maxClaims: number };
  /** HTTP reviews run on their own thread (needs a store file or MongoDB: an in-memory store is not shared). */
  reviewThread: boolean;
  /** Null when KAFKA_BROKERS is unset: HTTP and file intake only. */
  kafka: KafkaConfig | null;
  /** Null when MONGO_URL is unset: the embedded store. */
  mongoUrl: string | null;
  auth: AuthConfig;
  /** Serve the web console at /console. */
  console: boolean;
  /** Scheduled provider-pattern runs (null: PATTERNS_SCHEDULE=off) and the days each looks at. */
  patterns: {
    schedule: { hour: number; minute: number } | null;
    windowDays: number;
    /** Admission clusters' window and elderly age where set (features/patterns/admission-clusters.json otherwise). */
    clusters: { windowDays?: number; minAge?: number };
  };
  /** Days a case may stay in each open status before the queue marks it overdue. */
  caseDueDays: CaseDueDays;
};

export interface AuthConfig {
  pepper: string;
  /** True when AUTH_PEPPER was not set and the development default is in use. */
  pepperIsDefault: boolean;
  failLimit: number;
  failWindowMs: number;
}

export interface KafkaConfig {
  brokers: string[];
  clientId: string;
  groupId: string;
  claimsTopic: string;
  verdictsTopic: string;
  dlqTopic: string;
  concurrency: number;
  chunkSize: number;
  sessionTimeoutMs: number;
  workers: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.AUTH_PEPPER) {
    throw new ConfigError('invalid configuration:\n  AUTH_PEPPER: required when NODE_ENV=production (API keys are hashed with it)');
  }
  if (e.KAFKA_BROKERS?.trim() && e.STORE_PATH === ':memory:' && !e.MONGO_URL?.trim()) {
    // The Kafka door's review workers each open the store: one in memory cannot be shared between them.
    throw new ConfigError('invalid configuration:\n  STORE_PATH: the Kafka door (KAFKA_BROKERS) needs a store file or MONGO_URL, not :memory:');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    http: { keepAliveMs: e.HTTP_KEEP_ALIVE_TIMEOUT_MS, shutdownGraceMs: e.SHUTDOWN_GRACE_MS },
    storePath: e.STORE_PATH === ':memory:' ? e.STORE_PATH : resolve(e.STORE_PATH),
    ...(e.STORE_MAX_PAGES ? { storeMaxPages: e.STORE_MAX_PAGES } : {}),
    rulesDir: resolve(e.RULES_DIR),
    rulesWatch: e.RULES_WATCH === 'on',
    modelsDir: resolve(e.MODELS_DIR),
    modelName: e.MODEL_NAME,
    modelAlertRate: e.MODEL_ALERT_RATE,
    sampleData: e.SAMPLE_DATA === 'off' ? null : resolve(e.SAMPLE_DATA),
    logLevel: e.LOG_LEVEL,
    batchMax: e.BATCH_MAX,
    bodyLimit: e.BODY_LIMIT,
    reviewBatch: { windowMs: e.REVIEW_BATCH_WINDOW_MS, maxClaims: e.REVIEW_BATCH_MAX },
    reviewThread: e.REVIEW_THREAD === 'on',
    kafka: kafkaConfig(e),
    mongoUrl: e.MONGO_URL?.trim() ? e.MONGO_URL.trim() : null,
    auth: {
      pepper: e.AUTH_PEPPER ?? DEV_AUTH_PEPPER,
      pepperIsDefault: !e.AUTH_PEPPER,
      failLimit: e.AUTH_FAIL_LIMIT,
      failWindowMs: e.AUTH_FAIL_WINDOW_S * 1000,
    },
    console: e.CONSOLE === 'on',
    patterns: {
      schedule: dailyTime(e.PATTERNS_SCHEDULE),
      windowDays: e.PATTERNS_WINDOW_DAYS,
      clusters: {
        ...(e.PATTERNS_CLUSTER_DAYS !== undefined ? { windowDays: e.PATTERNS_CLUSTER_DAYS } : {}),
        ...(e.PATTERNS_CLUSTER_MIN_AGE !== undefined ? { minAge: e.PATTERNS_CLUSTER_MIN_AGE } : {}),
      },
    },
    caseDueDays: caseDueDays(e.CASE_DUE_DAYS),
  };
}

/** 'HH:MM' (checked by the schema) as hour and minute; 'off' as null. */
function dailyTime(value: string): { hour: number; minute: number } | null {
  if (value === 'off') return null;
  const [hour, minute] = value.split(':').map(Number);
  return { hour, minute };
}

function kafkaConfig(e: z.infer<typeof envSchema>): KafkaConfig | null {
  const brokers = (e.KAFKA_BROKERS ?? '').split(',').map((b) => b.trim()).filter(Boolean);
  if (!brokers.length) return null;
  return {
    brokers,
    clientId: e.KAFKA_CLIENT_ID,
    groupId: e.KAFKA_GROUP_ID,
    claimsTopic: e.KAFKA_CLAIMS_TOPIC,
    verdictsTopic: e.KAFKA_VERDICTS_TOPIC,
    dlqTopic: e.KAFKA_DLQ_TOPIC,
    concurrency: e.KAFKA_CONCURRENCY,
    chunkSize: e.KAFKA_CHUNK_SIZE,
    sessionTimeoutMs: e.KAFKA_SESSION_TIMEOUT_MS,
    workers: e.KAFKA_WORKERS,
  };
}
