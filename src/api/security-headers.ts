/**
 * Security headers on every answer (helmet): a Content-Security-Policy that lets pages load only the app's own
 * scripts, styles, images and API, `nosniff`, no framing, no referrer; and `Cache-Control: no-store` on the API,
 * whose answers are one learner's data and change from one second to the next.
 *
 * The policy is the same for every request, so helmet computes the headers once, at start; each answer then
 * only copies them (helmet's own middleware would rebuild the policy string on every request).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * One policy for the web app and the docs UI (swagger-ui), which need the same: their own origin, and inline
 * styles because Mermaid puts a `<style>` element and `style` attributes inside every diagram it draws (and
 * swagger-ui sets style attributes). Scripts stay strictly same-origin: neither page has an inline script.
 * Images may be `data:` URLs, which both use for small icons in their stylesheets.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const API_PATH = /^\/v\d+(\/|\?|$)/;

const securityMiddleware = helmet({
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // TLS ends at the proxy in front of the API (see deploy/): whether a domain is HTTPS-only, and for how
  // long, is that proxy's decision, not one this service should make for every subdomain.
  strictTransportSecurity: false,
});

/** The headers helmet sets, captured by running its middleware once on a response that only records them. */
function securityHeaders(): Array<[string, string]> {
  const headers = new Map<string, string>();
  const res = {
    setHeader: (name: string, value: string | number) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  let finished = false;
  securityMiddleware({} as IncomingMessage, res as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish synchronously: its headers cannot be computed once');
  return [...headers];
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = securityHeaders();
  // On the raw response, so hijacked answers (the event streams) carry them too.
  app.addHook('onRequest', (request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    if (API_PATH.test(request.url)) reply.raw.setHeader('cache-control', 'no-store');
    done();
  });
}
