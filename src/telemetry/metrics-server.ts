/**
 * The metrics port of a process (METRICS_PORT): `GET /metrics` for Prometheus and, for the workers, which serve
 * no other HTTP, `GET /healthz` (the process answers) and `GET /readyz` (its dependencies answer) for probes.
 * Kept apart from the API's public port, so metrics are never exposed to learners and scrapes never queue
 * behind their requests.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';

/** The paths this server answers, for the deployment manifests' probes (test/deploy checks them). */
export const METRICS_PATHS = ['/metrics', '/healthz', '/readyz'] as const;

export interface MetricsServerOptions {
  port: number;
  host: string;
  logger: Logger;
  /** The exposition text and its content type. */
  metrics(): Promise<{ contentType: string; body: string }>;
  /** Readiness; absent where the process has no dependencies of its own to check (the cluster primary). */
  ready?(): Promise<{ status: 'ready' | 'unavailable' }>;
}

export interface MetricsServer {
  port: number;
  close(): Promise<void>;
}

export async function startMetricsServer(o: MetricsServerOptions): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    const answer = (status: number, contentType: string, body: string) => {
      res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
      res.end(body);
    };
    const json = (status: number, body: unknown) => answer(status, 'application/json; charset=utf-8', JSON.stringify(body));
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET') return json(405, { error: 'method not allowed' });
    if (path === '/healthz') return json(200, { status: 'ok' });
    if (path === '/readyz') {
      if (!o.ready) return json(200, { status: 'ready' });
      return void o.ready().then(
        (report) => json(report.status === 'ready' ? 200 : 503, report),
        (err: unknown) => json(503, { status: 'unavailable', error: String(err) }),
      );
    }
    if (path === '/metrics') {
      return void o.metrics().then(
        ({ contentType, body }) => answer(200, contentType, body),
        (err: unknown) => {
          o.logger.warn({ err }, 'metrics could not be collected');
          json(500, { error: 'metrics could not be collected' });
        },
      );
    }
    json(404, { error: 'not found', paths: METRICS_PATHS });
  });
  // Scrapes and probes are short; a client that holds the socket open gets nothing for it.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  o.logger.debug({ metricsPort: port, metricsHost: o.host }, 'metrics listening');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
