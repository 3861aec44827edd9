/** No invented links: catalogue links are trusted, others kept only if they answer, the rest become searches. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposedResource } from '../../src/domain/content.js';
import { catalogueUrls } from '../../src/llm/offline/catalogue-urls.js';
import { httpLinkChecker, noLinkChecks, verifyResources } from '../../src/workers/content/link-check.js';

describe('resource link verification', () => {
  let server: http.Server;
  let base: string;
  const hits: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      if (req.url === '/ok') return res.writeHead(200).end('ok');
      if (req.url === '/moved') return res.writeHead(301, { location: '/ok' }).end();
      if (req.url === '/no-head') return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const proposed = (url: string | null): ProposedResource => ({ title: 't', type: 'article', why: 'w', url, query: 'q' });

  it('keeps catalogue links without fetching, checked live links, and turns the rest into search suggestions', async () => {
    const catalogueUrl = [...catalogueUrls()][0]!;
    const check = httpLinkChecker(2000);
    const out = await verifyResources(
      [proposed(catalogueUrl), proposed(`${base}/ok`), proposed(`${base}/moved`), proposed(`${base}/no-head`), proposed(`${base}/missing`), proposed(null), proposed('ftp://example.invalid/x')],
      catalogueUrls(),
      check,
    );
    expect(out.map((r) => [r.verification, r.url ?? null])).toEqual([
      ['catalogue', catalogueUrl],
      ['http', `${base}/ok`],
      ['http', `${base}/moved`],
      ['http', `${base}/no-head`],
      ['search', null],
      ['search', null],
      ['search', null],
    ]);
    expect(out.every((r) => r.query === 'q')).toBe(true);
    expect(hits).not.toContain(`HEAD ${new URL(catalogueUrl).pathname}`);
    expect(hits).toEqual(expect.arrayContaining(['HEAD /no-head', 'GET /no-head', 'HEAD /missing']));
  });

  it('with checks off, only catalogue links keep a URL', async () => {
    const out = await verifyResources([proposed(`${base}/ok`)], catalogueUrls(), noLinkChecks);
    expect(out[0]).toMatchObject({ verification: 'search' });
    expect(out[0]?.url).toBeUndefined();
  });
});
