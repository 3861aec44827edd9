/**
 * Security headers on every answer (@fastify/helmet): a Content-Security-Policy that lets pages load only the
 * app's own scripts, styles, images and API, `nosniff`, no framing, no referrer; and `Cache-Control: no-store`
 * on the API, whose answers are one learner's data and change from one second to the next.
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

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

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // TLS ends at the proxy in front of the API (see deploy/): whether a domain is HTTPS-only, and for how
    // long, is that proxy's decision, not one this service should make for every subdomain.
    strictTransportSecurity: false,
  });
  app.addHook('onRequest', async (request, reply) => {
    if (API_PATH.test(request.url)) void reply.header('cache-control', 'no-store');
  });
}
