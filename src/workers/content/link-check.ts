/**
 * No invented links: a resource keeps its URL only when the link comes from the curated catalogue, or when it
 * answers an HTTP check (2xx or 3xx after redirects). Every other resource is kept as a search suggestion:
 * title and query, no URL.
 *
 * The URLs come from an LLM, which a learner's goal can steer, so the check must not become a way to reach
 * inside the network (SSRF). Every host is resolved and refused unless all its addresses are public unicast;
 * the connection goes to the very address that was vetted (the lookup that vets is the lookup that connects,
 * so DNS cannot rebind in between); redirects are followed by hand, each hop vetted again; bodies are not read.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { ProposedResource, Resource } from '../../domain/content.js';

export type LinkChecker = (url: string) => Promise<boolean>;

/** A real resource redirects once or twice (http → https, a trailing slash); longer chains are not followed. */
const MAX_REDIRECTS = 3;
/** Only the status line matters; larger headers are refused by the parser. */
const MAX_HEADER_BYTES = 16 * 1024;
/** IPv4-compatible IPv6 (deprecated, ::a.b.c.d), which ipaddr.js does not single out. */
const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');

export interface LinkCheckOptions {
  /**
   * Addresses allowed although they are not public: only for tests, whose link servers listen on loopback.
   * Passed in code by a test, never read from configuration, so no operator can open the guard by mistake.
   */
  testOnlyAllowedAddresses?: readonly string[];
}

class RefusedAddress extends Error {
  override readonly name = 'RefusedAddress';
}

/**
 * Whether a link may be fetched from this address: public unicast only. That refuses loopback, private,
 * link-local (with the 169.254.169.254 metadata service), CGNAT, unique-local (with fd00:ec2::254),
 * unspecified, multicast, broadcast and reserved ranges, and the IPv6 forms that embed an IPv4 address
 * (mapped addresses are judged as the IPv4 address they carry; NAT64, 6to4, Teredo are refused).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString());
    if (v6.match(IPV4_COMPATIBLE)) return false;
  }
  return parsed.range() === 'unicast';
}

function vetAddress(address: string, allowed: ReadonlySet<string>, host: string): void {
  if (!isPublicAddress(address) && !allowed.has(ipaddr.process(address).toString())) {
    throw new RefusedAddress(`${host} is at ${address}, which is not a public address`);
  }
}

/** A lookup for the HTTP client that resolves every address, refuses the host if any is not public, and connects to a vetted one. */
function vettingLookup(allowed: ReadonlySet<string>): LookupFunction {
  return ((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
      if (err) return callback(err);
      try {
        if (addresses.length === 0) throw new RefusedAddress(`${hostname} has no address`);
        for (const a of addresses) vetAddress(a.address, allowed, hostname);
      } catch (refused) {
        return callback(refused);
      }
      if (options.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as LookupFunction;
}

/** One request; resolves with the status and Location once the headers arrive, and closes the socket. */
function probe(url: URL, method: 'HEAD' | 'GET', signal: AbortSignal, lookup: LookupFunction): Promise<{ status: number; location?: string }> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      { method, lookup, signal, agent: false, maxHeaderSize: MAX_HEADER_BYTES, headers: { 'user-agent': 'Pathsmith link check', accept: '*/*' } },
      (res) => {
        resolve({ status: res.statusCode ?? 0, location: res.headers.location });
        // The body is never read: not a byte of it counts for the check.
        res.destroy();
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The final status of `start` after at most MAX_REDIRECTS redirects, every hop's host vetted. */
async function finalStatus(start: string, method: 'HEAD' | 'GET', signal: AbortSignal, lookup: LookupFunction, allowed: ReadonlySet<string>): Promise<number> {
  let url = new URL(start);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RefusedAddress(`${url.protocol} is not http(s)`);
    // A literal address is connected to without a lookup, so it is vetted here.
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (ipaddr.isValid(host)) vetAddress(host, allowed, host);
    const { status, location } = await probe(url, method, signal, lookup);
    if (status < 300 || status >= 400 || !location) return status;
    if (hop === MAX_REDIRECTS) throw new RefusedAddress(`more than ${MAX_REDIRECTS} redirects`);
    url = new URL(location, url);
  }
}

/** A HEAD request (GET when HEAD is refused), bounded in time overall; anything but an answer below 400 fails. */
export function httpLinkChecker(timeoutMs: number, options: LinkCheckOptions = {}): LinkChecker {
  const allowed = new Set((options.testOnlyAllowedAddresses ?? []).map((a) => ipaddr.process(a).toString()));
  const lookup = vettingLookup(allowed);
  return async (url) => {
    if (!/^https?:\/\//i.test(url)) return false;
    const signal = AbortSignal.timeout(timeoutMs);
    for (const method of ['HEAD', 'GET'] as const) {
      try {
        const status = await finalStatus(url, method, signal, lookup, allowed);
        if (status < 400) return true;
        if (method === 'HEAD' && (status === 405 || status === 403)) continue;
        return false;
      } catch {
        return false;
      }
    }
    return false;
  };
}

export const noLinkChecks: LinkChecker = async () => false;

export async function verifyResources(
  proposed: readonly ProposedResource[],
  catalogueUrls: ReadonlySet<string>,
  check: LinkChecker,
): Promise<Resource[]> {
  return Promise.all(
    proposed.map(async (r): Promise<Resource> => {
      const base = { title: r.title, type: r.type, why: r.why, query: r.query };
      if (r.url && catalogueUrls.has(r.url)) return { ...base, url: r.url, verification: 'catalogue' };
      if (r.url && (await check(r.url))) return { ...base, url: r.url, verification: 'http' };
      return { ...base, verification: 'search' };
    }),
  );
}
