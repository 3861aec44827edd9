/** The configuration module: defaults, validation, and .env.example kept in step with it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, ENV_KEYS, loadConfig } from '../src/config.js';

describe('config', () => {
  it('.env.example documents exactly the variables the config reads', () => {
    const documented = [...readFileSync('.env.example', 'utf8').matchAll(/^# ([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]).sort();
    expect(documented).toEqual(ENV_KEYS);
  });

  it('runs with nothing set: embedded database, PostgreSQL queues, offline LLM', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.queueBackend).toBe('postgres');
    expect(c.llmProvider).toBe('offline');
    expect(c.PORT).toBe(3000);
    expect(c.HOST).toBe('127.0.0.1');
    expect(loadConfig({ DATABASE_URL: '', REDIS_URL: '' }).queueBackend).toBe('postgres');
  });

  it('picks Redis and the openai provider when configured', () => {
    const c = loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', OPENAI_API_KEY: 'k' });
    expect(c.queueBackend).toBe('redis');
    expect(c.llmProvider).toBe('openai');
    expect(loadConfig({ OPENAI_API_KEY: 'k', LLM_PROVIDER: 'offline' }).llmProvider).toBe('offline');
  });

  it('names every invalid variable', () => {
    const err = (() => {
      try {
        loadConfig({ PORT: 'eighty', WEB_CONCURRENCY: '0', DATABASE_URL: 'not a url', LLM_PROVIDER: 'openai' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    const issues = (err as ConfigError).issues.join('\n');
    for (const name of ['PORT', 'WEB_CONCURRENCY', 'DATABASE_URL']) expect(issues).toContain(name);
    expect(() => loadConfig({ LLM_PROVIDER: 'openai' })).toThrow(/OPENAI_API_KEY/);
  });
});
