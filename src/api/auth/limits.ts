/**
 * Request limits that must hold across every API instance: failed logins per account and per address, and
 * writes per user per minute. Counted with rate-limiter-flexible in Redis when it is configured, in PostgreSQL
 * (`rate_limits`) otherwise; if that store is unreachable, each instance falls back to counting in its own
 * memory rather than refusing every login.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Config } from '../../config.js';
import { AppError } from '../../domain/errors.js';
import type { Pool } from '../../store/db.js';
import type { Logger } from '../../telemetry/logger.js';

export interface Limits {
  /** Throws 429 RATE_LIMITED while this account or address has used up its failed logins. */
  assertLoginAllowed(email: string, address: string): Promise<void>;
  loginFailed(email: string, address: string): Promise<void>;
  /** Counts a sign-up of this address; throws 429 RATE_LIMITED past SIGNUP_ATTEMPTS_PER_ADDRESS, so a script cannot mint accounts. */
  consumeSignup(address: string): Promise<void>;
  loginSucceeded(email: string): Promise<void>;
  /** Counts one write of `userId`; returns what is left (for RateLimit-* headers), or throws 429 RATE_LIMITED. */
  consumeWrite(userId: string): Promise<LimitState>;
  close(): Promise<void>;
}

export interface LimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window starts over. */
  resetSeconds: number;
}

type Store = (o: { keyPrefix: string; points: number; duration: number }) => RateLimiterAbstract;

export function createLimits(config: Config, pool: Pool, logger: Logger): Limits {
  let redis: Redis | null = null;
  let store: Store;
  if (config.REDIS_URL) {
    const client = new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: 'pathsmith:api-limits' });
    client.on('error', (err) => logger.debug({ err }, 'rate-limit store connection error; counting in memory meanwhile'));
    redis = client;
    store = (o) => new RateLimiterRedis({ storeClient: client, ...o, keyPrefix: `${config.QUEUE_NAMESPACE}:rl:${o.keyPrefix}`, insuranceLimiter: new RateLimiterMemory(o) });
  } else {
    // Its statements are named (prepared once per connection), which breaks behind PgBouncer in transaction
    // mode, where the next statement may reach another server connection: it gets them unnamed.
    const unnamed = { query: (q: { text: string; values?: unknown[] }) => pool.query(q.text, q.values) };
    store = (o) => new RateLimiterPostgres({ storeClient: unnamed, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: true, ...o, insuranceLimiter: new RateLimiterMemory(o) });
  }
  const windowSeconds = Math.ceil(config.LOGIN_WINDOW_MS / 1000);
  const perAccount = store({ keyPrefix: 'login-account', points: config.LOGIN_ATTEMPTS_PER_ACCOUNT, duration: windowSeconds });
  const perAddress = store({ keyPrefix: 'login-address', points: config.LOGIN_ATTEMPTS_PER_ADDRESS, duration: windowSeconds });
  const signups = store({ keyPrefix: 'signup-address', points: config.SIGNUP_ATTEMPTS_PER_ADDRESS, duration: windowSeconds });
  const writes = store({ keyPrefix: 'writes', points: config.WRITE_RATE_PER_MINUTE, duration: 60 });

  const limited = (res: RateLimiterRes | null) => res !== null && res.remainingPoints <= 0 && res.consumedPoints >= 1;
  const retryAfter = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

  return {
    async assertLoginAllowed(email, address) {
      const [account, addr] = await Promise.all([perAccount.get(email), perAddress.get(address)]);
      for (const res of [account, addr]) {
        if (res && limited(res)) throw new AppError('RATE_LIMITED', { message: 'Too many failed logins; wait before trying again.', retryAfter: retryAfter(res) });
      }
    },
    async loginFailed(email, address) {
      // A rejection here means the counter just went over its limit: the next attempt is refused.
      await Promise.allSettled([perAccount.consume(email), perAddress.consume(address)]);
    },
    async consumeSignup(address) {
      try {
        await signups.consume(address);
      } catch (rejected) {
        if (!(rejected instanceof RateLimiterRes)) throw rejected;
        throw new AppError('RATE_LIMITED', { message: 'Too many sign-ups from this address; wait before trying again.', retryAfter: retryAfter(rejected) });
      }
    },
    async loginSucceeded(email) {
      await perAccount.delete(email);
    },
    async consumeWrite(userId) {
      try {
        const res = await writes.consume(userId);
        return { limit: config.WRITE_RATE_PER_MINUTE, remaining: res.remainingPoints, resetSeconds: retryAfter(res) };
      } catch (rejected) {
        if (!(rejected instanceof RateLimiterRes)) throw rejected;
        throw new AppError('RATE_LIMITED', { retryAfter: retryAfter(rejected), details: { limit: config.WRITE_RATE_PER_MINUTE, windowSeconds: 60 } });
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
