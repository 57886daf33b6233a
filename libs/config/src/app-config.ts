import { z } from 'zod';

/** Secrets that ship in examples and docs; production refuses them even when long enough. */
export const KNOWN_DEFAULT_SECRETS = new Set([
  'development-only-secret-change-me-please-0000',
  'changeme',
  'secret',
  'change-me',
  'your-secret-here',
]);
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-change-me-please-0000';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const urlWithProtocol = (protocols: string[]) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    `expected a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`,
  );

const positiveNumber = z.coerce
  .number({ message: 'expected a number' })
  .positive('expected a positive number');

const schema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'expected development, production or test' })
    .default('development'),
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole number')
    .min(1, 'expected a port from 1 to 65535')
    .max(65535, 'expected a port from 1 to 65535')
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: urlWithProtocol(['http:', 'https:']).optional(),
  DATABASE_URL: urlWithProtocol(['postgres:', 'postgresql:']).default(
    'postgres://postgres@127.0.0.1:5432/passerelle',
  ),
  REDIS_URL: urlWithProtocol(['redis:', 'rediss:']).default('redis://127.0.0.1:6379/0'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'expected letters, digits, - or _')
    .default('passerelle'),
  JWT_SECRET: z.string().optional(),
  ACCESS_TOKEN_MINUTES: positiveNumber.default(15),
  REFRESH_TOKEN_DAYS: positiveNumber.default(30),
  SEED_DEMO: booleanFlag.optional(),
  ADMIN_EMAIL: z.email('expected an email address').optional(),
  ADMIN_PASSWORD: z.string().optional(),
  ADMIN_LOCALE: z.enum(['fr', 'en'], { message: 'expected fr or en' }).default('en'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected fatal, error, warn, info, debug, trace or silent',
    })
    .default('info'),
  SMTP_URL: urlWithProtocol(['smtp:', 'smtps:']).optional(),
  EMAIL_FROM: z.string().default('Passerelle <no-reply@passerelle.local>'),
  RATE_LIMIT_SCALE: positiveNumber.default(1),
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  LOGIN_LOCKOUT_FAILURES: z.coerce.number().int().min(1).default(10),
  LOGIN_LOCKOUT_MINUTES: positiveNumber.default(15),
  RATE_LIMIT_INVITES_PER_HOUR: z.coerce.number().int().min(1).default(50),
  RATE_LIMIT_INVITATION_ACCEPTS_PER_HOUR: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_PASSWORD_RESETS_PER_HOUR: z.coerce.number().int().min(1).default(5),
  RATE_LIMIT_MEETING_REQUESTS_PER_HOUR: z.coerce.number().int().min(1).default(60),
  MEETING_REQUESTS_PER_DAY: z.coerce.number().int().min(1).default(20),
  MEETING_REQUESTS_UNANSWERED_PER_COMPANY: z.coerce.number().int().min(1).default(5),
  MATCH_TOP_K: z.coerce.number().int().min(1).max(1000).default(100),
  IMPRESSION_FLUSH_SECONDS: positiveNumber.max(86_400, 'expected at most 86400 (a day)').default(5),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(20000),
  GRAPHQL_WS_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).default(10),
  GRAPHQL_WS_SUBSCRIPTIONS_PER_USER: z.coerce.number().int().min(1).default(20),
  GRAPHQL_WS_SUBSCRIPTION_LEASE_SECONDS: z.coerce.number().int().min(3).default(60),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(1).default(20),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5000),
  GRAPHQL_MAX_BATCH: z.coerce.number().int().min(1).default(5),
  REQUEST_BODY_LIMIT_KB: z.coerce.number().int().min(1).default(100),
  STAFF_BODY_LIMIT_KB: z.coerce.number().int().min(1).default(5120),
});

export type RawConfig = z.infer<typeof schema>;

export interface AppConfig extends Omit<RawConfig, 'JWT_SECRET' | 'PUBLIC_URL' | 'SEED_DEMO'> {
  JWT_SECRET: string;
  /** Demo data (with known demo passwords) loads into an empty database; off by default in production. */
  SEED_DEMO: boolean;
  PUBLIC_URL: string;
  isProduction: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const WEAK_PASSWORDS = new Set(['admin', 'password', 'changeme', 'admin123', 'passerelle', '12345678']);

/** A password is weak when short, a known default, or of a single kind of character. */
export function isWeakPassword(password: string): boolean {
  if (password.length < 12 || WEAK_PASSWORDS.has(password.toLowerCase())) return true;
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  return kinds < 2;
}

/** Fewest distinct characters, and fewest bits by character frequencies, of a production secret. */
const SECRET_MIN_DISTINCT = 10;
const SECRET_MIN_BITS = 80;

/**
 * How much a secret's characters say about its strength: how many distinct ones, and its
 * length times the Shannon entropy of their frequencies (an upper bound for what it is worth:
 * a repeated character has none, `openssl rand -hex 32` about 250 bits).
 */
export function secretStrength(secret: string): { distinct: number; bits: number } {
  const counts = new Map<string, number>();
  for (const char of secret) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...secret].length;
  let perChar = 0;
  for (const count of counts.values()) perChar -= (count / length) * Math.log2(count / length);
  return { distinct: counts.size, bits: Math.round(perChar * length) };
}

function productionProblems(config: RawConfig): string[] {
  const problems: string[] = [];
  const secret = config.JWT_SECRET;
  if (!secret) problems.push('JWT_SECRET: required when NODE_ENV=production (32 characters or more)');
  else if (secret.length < 32) problems.push('JWT_SECRET: must be at least 32 characters in production');
  else if (KNOWN_DEFAULT_SECRETS.has(secret)) problems.push('JWT_SECRET: a known default; generate a secret');
  else {
    const { distinct, bits } = secretStrength(secret);
    if (distinct < SECRET_MIN_DISTINCT || bits < SECRET_MIN_BITS) {
      problems.push(
        `JWT_SECRET: too predictable for production (${distinct} distinct characters, about ${bits} bits; ` +
          `at least ${SECRET_MIN_DISTINCT} and ${SECRET_MIN_BITS}); generate one, e.g. "openssl rand -base64 48"`,
      );
    }
  }
  if (config.ADMIN_PASSWORD && isWeakPassword(config.ADMIN_PASSWORD)) {
    problems.push('ADMIN_PASSWORD: too weak for production (12+ characters, mixed kinds, not a default)');
  }
  return problems;
}

/** Reads and checks the environment once at start-up; every bad value is named with what is expected. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const raw = parsed.data;
  const isProduction = raw.NODE_ENV === 'production';
  const problems = isProduction ? productionProblems(raw) : [];
  if ((raw.ADMIN_EMAIL === undefined) !== (raw.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL, ADMIN_PASSWORD: set both or neither');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    ...raw,
    JWT_SECRET: raw.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    SEED_DEMO: raw.SEED_DEMO ?? !isProduction,
    PUBLIC_URL: (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ''),
    isProduction,
  };
}
