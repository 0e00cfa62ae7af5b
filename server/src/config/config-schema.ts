import ipaddr from 'ipaddr.js';
import { z } from 'zod';

const booleanFromText = z.union(
  [z.boolean(), z.enum(['true', 'false', '1', '0']).transform((text) => text === 'true' || text === '1')],
  { error: 'true 또는 false 여야 합니다' },
);
const integerFromText = (minimum: number, maximum: number) => {
  const expected = `${minimum}부터 ${maximum}까지의 정수여야 합니다`;
  return z.coerce.number({ error: expected }).int(expected).min(minimum, expected).max(maximum, expected);
};
const listFromText = z.union([
  z.array(z.string()),
  z.string().transform((text) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  ),
]);

function isCidrOrAddress(text: string): boolean {
  return text.includes('/') ? ipaddr.isValidCIDR(text) : ipaddr.isValid(text);
}
const cidrList = listFromText.pipe(
  z.array(
    z.string().refine(isCidrOrAddress, '올바른 CIDR 목록이어야 합니다 (예: 10.0.0.0/8,192.168.0.0/16)'),
  ),
);

/**
 * Every setting of the platform. Keys are the environment variable names; jumugwan.yaml uses the same keys.
 * docs/configuration.md documents each one; keep both in step.
 */
export const configSchema = z.object({
  PORT: integerFromText(1, 65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'postgres:// 또는 postgresql:// 로 시작하는 주소여야 합니다')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_BYTES: integerFromText(1024, 100 * 1024 * 1024).default(1024 * 1024),
  SECRET_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, '64자리 16진수(32바이트)여야 합니다. 예: openssl rand -hex 32')
    .optional(),
  SSO_SHARED_SECRET: z.string().min(32, 'SSO 공유 비밀값은 32자 이상이어야 합니다').optional(),
  SSO_MAX_AGE_SECONDS: integerFromText(5, 600).default(60),
  SSO_HEADER_PREFIX: z
    .string()
    .regex(/^[a-z-]+$/, '소문자와 하이픈만 쓸 수 있습니다')
    .default('x-portal-'),
  ALLOWED_CIDRS: cidrList.default([
    '127.0.0.0/8',
    '::1/128',
    '10.0.0.0/8',
    '172.16.0.0/12',
    '192.168.0.0/16',
  ]),
  TRUSTED_PROXY_CIDRS: cidrList.default([]),
  SESSION_TTL_HOURS: integerFromText(1, 24 * 30).default(12),
  SESSION_IDLE_MINUTES: integerFromText(5, 24 * 60).default(120),
  COOKIE_SECURE: booleanFromText.default(false),
  LOGIN_MAX_ATTEMPTS: integerFromText(1, 100).default(5),
  LOGIN_WINDOW_MINUTES: integerFromText(1, 24 * 60).default(15),
  SHUTDOWN_GRACE_SECONDS: integerFromText(0, 600).default(20),
  UPSTREAM_TIMEOUT_SECONDS: integerFromText(1, 3600).default(120),
  INSTITUTION_CODE: z
    .string()
    .regex(/^[0-9A-Za-z_-]{1,40}$/, '영문·숫자·_·- 로 된 40자 이내 코드여야 합니다')
    .default('default'),
  INSTITUTION_NAME: z.string().min(1).max(100).default('우리 기관'),
  WEB_DIST_DIR: z.string().optional(),
  KNOWLEDGE_MAX_FILE_MB: integerFromText(1, 500).default(50),
  KNOWLEDGE_WORKERS: integerFromText(0, 8).default(1),
  KNOWLEDGE_MIN_SIMILARITY: z.coerce
    .number()
    .min(0, '0에서 1 사이의 수여야 합니다')
    .max(1, '0에서 1 사이의 수여야 합니다')
    .optional(),
  KNOWLEDGE_RERANK_MODEL: z.string().min(1).max(200).optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'redis:// 또는 rediss:// 로 시작하는 주소여야 합니다')
    .optional(),
  METRICS_TOKEN: z.string().min(16, '지표 토큰은 16자 이상이어야 합니다').optional(),
});

export type Config = z.infer<typeof configSchema>;
export type ConfigKey = keyof Config;

/** Settings that are secrets: they may also come from a file named by `<KEY>_FILE`. */
export const secretKeys = [
  'SECRET_KEY',
  'SSO_SHARED_SECRET',
  'DATABASE_URL',
  'REDIS_URL',
  'METRICS_TOKEN',
] as const satisfies readonly ConfigKey[];
