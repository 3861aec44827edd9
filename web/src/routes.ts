/** The app's URLs: one place that builds them and one that reads them. */
export type Route =
  | { page: 'new' }
  | { page: 'list' }
  | { page: 'generate'; id: string }
  | { page: 'roadmap'; id: string }
  | { page: 'concept'; id: string; conceptId: string }
  | { page: 'week'; id: string }
  | { page: 'review' }
  | { page: 'missing' };

export const paths = {
  new: () => '/',
  list: () => '/roadmaps',
  generate: (id: string) => `/roadmaps/${id}`,
  roadmap: (id: string) => `/roadmaps/${id}/learn`,
  concept: (id: string, conceptId: string) => `/roadmaps/${id}/concepts/${conceptId}`,
  week: (id: string) => `/roadmaps/${id}/week`,
  review: () => '/review',
};

export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [root, id, section, conceptId] = parts;
  if (parts.length === 0) return { page: 'new' };
  if (root === 'review' && parts.length === 1) return { page: 'review' };
  if (root !== 'roadmaps') return { page: 'missing' };
  if (!id) return { page: 'list' };
  if (!section) return { page: 'generate', id };
  if (section === 'learn' && parts.length === 3) return { page: 'roadmap', id };
  if (section === 'week' && parts.length === 3) return { page: 'week', id };
  if (section === 'concepts' && conceptId && parts.length === 4) return { page: 'concept', id, conceptId };
  return { page: 'missing' };
}
