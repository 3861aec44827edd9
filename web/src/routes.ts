/** The app's URLs: one place that builds them and one that reads them. */
export type Route =
  | { page: 'new' }
  | { page: 'list' }
  | { page: 'generate'; id: string }
  | { page: 'roadmap'; id: string }
  | { page: 'concept'; id: string; conceptId: string }
  | { page: 'login' }
  | { page: 'signup' }
  | { page: 'settings' }
  | { page: 'admin' }
  | { page: 'shared'; token: string }
  | { page: 'week'; id: string }
  | { page: 'review' }
  | { page: 'missing' };

/** `next`: where to come back to afterwards (a path on this site); left out when it is home. */
const withNext = (path: string, next?: string) => (next && next !== '/' ? `${path}?next=${encodeURIComponent(next)}` : path);

export const paths = {
  new: () => '/',
  list: () => '/roadmaps',
  generate: (id: string) => `/roadmaps/${id}`,
  roadmap: (id: string) => `/roadmaps/${id}/learn`,
  concept: (id: string, conceptId: string) => `/roadmaps/${id}/concepts/${conceptId}`,
  login: (next?: string) => withNext('/login', next),
  signup: (next?: string) => withNext('/signup', next),
  settings: () => '/settings',
  admin: () => '/admin',
  shared: (token: string) => `/shared/${encodeURIComponent(token)}`,
  /** The queue dashboard: a page of the API's own (src/api/queue-dashboard.ts), not of this app. */
  queues: () => '/admin/queues',
  week: (id: string) => `/roadmaps/${id}/week`,
  review: () => '/review',
};

export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [root, id, section, conceptId] = parts;
  if (parts.length === 0) return { page: 'new' };
  if (parts.length === 1 && (root === 'login' || root === 'signup' || root === 'settings' || root === 'admin')) return { page: root };
  if (root === 'shared' && id && parts.length === 2) return { page: 'shared', token: id };
  if (root === 'review' && parts.length === 1) return { page: 'review' };
  if (root !== 'roadmaps') return { page: 'missing' };
  if (!id) return { page: 'list' };
  if (!section) return { page: 'generate', id };
  if (section === 'learn' && parts.length === 3) return { page: 'roadmap', id };
  if (section === 'week' && parts.length === 3) return { page: 'week', id };
  if (section === 'concepts' && conceptId && parts.length === 4) return { page: 'concept', id, conceptId };
  return { page: 'missing' };
}

/** In accounts mode, the pages that are someone's: without a session they send the visitor to log in first. */
export function needsLogin(route: Route): boolean {
  return !['login', 'signup', 'shared', 'missing'].includes(route.page);
}
