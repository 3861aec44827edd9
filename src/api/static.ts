/**
 * Serves the learner's web app (built by `npm run build:web` into dist/web) at `/`, with a single-page-app
 * fallback: a GET for an app URL that asks for HTML gets index.html, so client-side routes survive a reload.
 * API, docs and health paths keep the JSON 404. Files are looked up per request, so a rebuild while the
 * server runs is served at once. Nothing is registered when the app has not been built.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { packageRoot } from '../paths.js';

export const WEB_ROOT = path.join(packageRoot, 'dist', 'web');

const NOT_APP = /^\/(v\d+(\/|$)|docs|openapi\.json|healthz|readyz)/;
/** Vite puts content-hashed bundles here: they never change under a name. */
const HASHED = 'assets/';

export async function registerWebApp(app: FastifyInstance, root = WEB_ROOT): Promise<void> {
  if (!existsSync(path.join(root, 'index.html'))) return;
  await app.register(fastifyStatic, { root, serve: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const file = (request.params as { '*': string })['*'];
    if (NOT_APP.test(request.url) || file.split('/').includes('..')) return reply.callNotFound();
    const wantsPage = file === '' || (!path.extname(file) && (request.headers.accept ?? '').includes('text/html'));
    if (wantsPage) return reply.sendFile('index.html');
    return file.startsWith(HASHED) ? reply.sendFile(file, { maxAge: '365d', immutable: true }) : reply.sendFile(file);
  });
}
