/**
 * No invented links: catalogue links are trusted, others kept only if they answer, the rest become searches —
 * and the check cannot be aimed inside the network: loopback, private, link-local, metadata and other
 * non-public addresses are refused, also behind a name or a redirect, and bodies are never read.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProposedResource } from '../../src/domain/content.js';
import { catalogueUrls } from '../../src/llm/offline/catalogue-urls.js';
import { httpLinkChecker, isPublicAddress, noLinkChecks, verifyResources } from '../../src/workers/content/link-check.js';

describe('resource link verification', () => {
  let server: http.Server;
  let other: http.Server;
  let base: string;
  let otherBase: string;
  const hits: string[] = [];
  const otherHits: string[] = [];
  let endlessClosed: Promise<number> = Promise.resolve(0);
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      const hop = /^\/hop\/(\d+)$/.exec(req.url ?? '');
      if (req.url === '/ok') return res.writeHead(200).end('ok');
      if (req.url === '/moved') return res.writeHead(301, { location: '/ok' }).end();
      if (req.url === '/no-head') return res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
      if (hop) return res.writeHead(302, { location: Number(hop[1]) > 1 ? `/hop/${Number(hop[1]) - 1}` : '/ok' }).end();
      if (req.url === '/to-other') return res.writeHead(302, { location: `${otherBase}/ok` }).end();
      if (req.url === '/endless') {
        // A body that never ends (HEAD refused, so the check has to GET it): it must close, not read it.
        if (req.method === 'HEAD') return res.writeHead(405).end();
        res.writeHead(200);
        res.flushHeaders();
        let sent = 0;
        const timer = setInterval(() => res.write(Buffer.alloc(64 * 1024, 'x'), () => (sent += 64 * 1024)), 5);
        endlessClosed = new Promise((resolve) => res.on('close', () => resolve(sent)));
        void endlessClosed.then(() => clearInterval(timer));
        return;
      }
      res.writeHead(404).end();
    });
    // A second loopback address, not on the tests' allowance: it stands for an internal host.
    other = http.createServer((req, res) => {
      otherHits.push(`${req.method} ${req.url}`);
      res.writeHead(200).end('internal');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    await new Promise<void>((r) => other.listen(0, '127.0.0.2', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    otherBase = `http://127.0.0.2:${(other.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    await new Promise<void>((r) => other.close(() => r()));
  });
  /** The tests' link server is on loopback: only its address is allowed, explicitly, in code. */
  const testChecker = () => httpLinkChecker(2000, { testOnlyAllowedAddresses: ['127.0.0.1'] });

  const proposed = (url: string | null): ProposedResource => ({ title: 't', type: 'article', why: 'w', url, query: 'q' });

  it('keeps catalogue links without fetching, checked live links, and turns the rest into search suggestions', async () => {
    const catalogueUrl = [...catalogueUrls()][0]!;
    const check = testChecker();
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

  it('refuses a loopback target while the guard is on, without connecting', async () => {
    const before = hits.length;
    const guarded = httpLinkChecker(2000);
    for (const url of [`${base}/ok`, `${base.replace('127.0.0.1', 'localhost')}/ok`, `${base.replace('127.0.0.1', '[::ffff:127.0.0.1]')}/ok`, `${base.replace('127.0.0.1', '2130706433')}/ok`]) {
      expect(await guarded(url), url).toBe(false);
    }
    expect(hits.slice(before)).toEqual([]);
    expect(await testChecker()(`${base}/ok`)).toBe(true);
  });

  it('checks every redirect hop again and follows at most three', async () => {
    const check = testChecker();
    expect(await check(`${base}/to-other`)).toBe(false);
    expect(otherHits).toEqual([]);
    expect(await check(`${otherBase}/ok`)).toBe(false);
    expect(otherHits).toEqual([]);
    expect(await check(`${base}/hop/3`)).toBe(true);
    const before = hits.length;
    expect(await check(`${base}/hop/4`)).toBe(false);
    expect(hits.slice(before)).toEqual(['HEAD /hop/4', 'HEAD /hop/3', 'HEAD /hop/2', 'HEAD /hop/1']);
  });

  it('never reads a body: an endless one is cut at once', async () => {
    expect(await testChecker()(`${base}/endless`)).toBe(true);
    const sent = await endlessClosed;
    // What the server managed to hand to its socket before the client closed it, far below "endless".
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  it.each([
    ['127.0.0.1', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['240.0.0.1', false],
    ['198.18.0.1', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd00:ec2::254', false],
    ['fc00::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:169.254.169.254', false],
    ['::127.0.0.1', false],
    ['64:ff9b::a00:1', false],
    ['2002:7f00:1::', false],
    ['2001:db8::1', false],
    ['not an address', false],
    ['93.184.215.14', true],
    ['8.8.8.8', true],
    ['::ffff:8.8.8.8', true],
    ['2606:4700:4700::1111', true],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it('with checks off, only catalogue links keep a URL', async () => {
    const out = await verifyResources([proposed(`${base}/ok`)], catalogueUrls(), noLinkChecks);
    expect(out[0]).toMatchObject({ verification: 'search' });
    expect(out[0]?.url).toBeUndefined();
  });
});
