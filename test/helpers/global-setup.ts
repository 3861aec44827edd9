/** Fails the run at once, with a clear message, when the real services the tests need are not answering. */
import { Redis } from 'ioredis';
import pg from 'pg';
import { ADMIN_DATABASE_URL, TEST_REDIS_URL } from './services.js';

export default async function setup(): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_DATABASE_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (err) {
    throw new Error(`PostgreSQL is not answering at ${ADMIN_DATABASE_URL} (${String(err)}). Start it, or set TEST_DATABASE_URL.`);
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(`Redis is not answering at ${TEST_REDIS_URL} (${String(err)}). Start it, or set TEST_REDIS_URL.`);
  } finally {
    redis.disconnect();
  }
}
