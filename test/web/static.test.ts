/** Serving the built web app: files, the single-page-app fallback for HTML requests, JSON 404 for the API. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandling } from '../../src/api/errors.js';
import { registerWebApp } from '../../src/api/static.js';

const HTML = { accept: 'text/html,application/xhtml+xml' };

describe('registerWebApp', () => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'pathsmith-webroot-'));
  let app: FastifyInstance;

  beforeAll(async () => {
    mkdirSync(path.join(root, 'assets'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
    app = Fastify();
    installErrorHandling(app);
    app.get('/v1/ping', async () => ({ pong: true }));
    await registerWebApp(app, root);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / and for app URLs that ask for HTML', async () => {
    for (const url of ['/', '/roadmaps', '/roadmaps/4b0d6a8e/concepts/go-syntax']) {
      const res = await app.inject({ url, headers: HTML });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>app</title>');
    }
  });

  it('serves built files, hashed bundles as immutable; a missing file is a 404', async () => {
    const js = await app.inject({ url: '/assets/index-abc.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/assets/gone.js', headers: HTML })).statusCode).toBe(404);
    expect((await app.inject({ url: '/assets/..%2f..%2fetc%2fpasswd' })).statusCode).toBe(404);
  });

  it('keeps the JSON 404 for API, docs and health paths and for non-HTML requests', async () => {
    expect((await app.inject({ url: '/v1/ping', headers: HTML })).json()).toEqual({ pong: true });
    for (const url of ['/v1/nothing', '/v2/nothing', '/docs/x', '/openapi.json', '/healthz', '/readyz']) {
      const res = await app.inject({ url, headers: HTML });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code, url).toBe('ROUTE_NOT_FOUND');
    }
    expect((await app.inject({ url: '/roadmaps' })).json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('registers nothing when the app is not built', async () => {
    const bare = Fastify();
    installErrorHandling(bare);
    await registerWebApp(bare, path.join(root, 'missing'));
    expect((await bare.inject({ url: '/', headers: HTML })).statusCode).toBe(404);
    await bare.close();
  });
});
