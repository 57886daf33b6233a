import pg from 'pg';
import { Redis } from 'ioredis';

/** Raised when a backing service cannot be reached; the message tells a person what to do. */
export class ServiceUnreachableError extends Error {}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

const POSTGRES_HELP = [
  'Start PostgreSQL, then try again:',
  '  Docker:  docker run -d --name passerelle-postgres -p 5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust postgres:16',
  '  Debian:  sudo pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start',
  '           (or: sudo systemctl start postgresql)',
  'or point DATABASE_URL at a running server.',
].join('\n');

const REDIS_HELP = [
  'Start Redis, then try again:',
  '  Docker:  docker run -d --name passerelle-redis -p 6379:6379 redis:7',
  '  Debian:  sudo redis-server --daemonize yes   (or: sudo systemctl start redis-server)',
  'or point REDIS_URL at a running server.',
].join('\n');

/**
 * Checks that PostgreSQL answers and creates the application database when the server has none
 * by that name (a fresh machine has only the default ones).
 */
export async function ensurePostgres(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.end();
    return;
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code !== '3D000') {
      throw new ServiceUnreachableError(
        `PostgreSQL is not reachable at ${redact(databaseUrl)}: ${(error as Error).message}\n${POSTGRES_HELP}`,
      );
    }
  }
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const adminClient = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  try {
    await adminClient.connect();
    await adminClient.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (error) {
    // 42P04: it exists now; 23505: another process (the worker, say) created it at the same moment.
    if (!['42P04', '23505'].includes((error as { code?: string }).code ?? '')) {
      throw new ServiceUnreachableError(
        `PostgreSQL at ${redact(databaseUrl)} has no database "${name}" and it could not be created: ${(error as Error).message}`,
      );
    }
  } finally {
    await adminClient.end().catch(() => undefined);
  }
}

export async function ensureRedis(redisUrl: string): Promise<void> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new ServiceUnreachableError(
      `Redis is not reachable at ${redact(redisUrl)}: ${(error as Error).message}\n${REDIS_HELP}`,
    );
  } finally {
    redis.disconnect();
  }
}
