/**
 * No invented links: a resource keeps its URL only when the link comes from the curated catalogue, or when it
 * answers an HTTP check (2xx or 3xx after redirects). Every other resource is kept as a search suggestion:
 * title and query, no URL.
 */
import type { ProposedResource, Resource } from '../../domain/content.js';

export type LinkChecker = (url: string) => Promise<boolean>;

/** A HEAD request (GET when HEAD is refused), bounded in time; anything but an answer below 400 fails. */
export function httpLinkChecker(timeoutMs: number): LinkChecker {
  return async (url) => {
    if (!/^https?:\/\//i.test(url)) return false;
    for (const method of ['HEAD', 'GET'] as const) {
      try {
        const res = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
        await res.body?.cancel();
        if (res.status < 400) return true;
        if (method === 'HEAD' && (res.status === 405 || res.status === 403)) continue;
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
