/**
 * Moving between graph nodes with the arrow keys, by where the nodes are on screen: Up and Down go to the
 * nearest node in the row above or below, Left and Right to the nearest one in the same row (else to the
 * previous or next node in reading order), Home and End to the first and last. Pure, over the nodes' boxes
 * in reading order, so it works the same for the wide graph and the phone's module graphs.
 */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const NAV_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'] as const;
export type NavKey = (typeof NAV_KEYS)[number];

export const isNavKey = (key: string): key is NavKey => (NAV_KEYS as readonly string[]).includes(key);

const centre = (r: Rect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
const sameRow = (a: Rect, b: Rect) => a.top < b.top + b.height && b.top < a.top + a.height;
/** Nodes of one layer are not exactly aligned; this much difference still counts as the same row. */
const ROW_SLACK = 24;

export function nextNode(rects: readonly Rect[], from: number, key: NavKey): number {
  const last = rects.length - 1;
  const here = rects[from];
  if (!here || last < 0) return from;
  if (key === 'Home') return 0;
  if (key === 'End') return last;
  const c = centre(here);
  const others = rects.map((r, i) => ({ i, r, p: centre(r) })).filter((o) => o.i !== from);
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const dir = key === 'ArrowRight' ? 1 : -1;
    const inRow = others.filter((o) => sameRow(o.r, here) && (o.p.x - c.x) * dir > 0);
    if (inRow.length === 0) return Math.min(Math.max(from + dir, 0), last);
    return inRow.reduce((best, o) => (Math.abs(o.p.x - c.x) < Math.abs(best.p.x - c.x) ? o : best)).i;
  }
  const dir = key === 'ArrowDown' ? 1 : -1;
  const ahead = others.filter((o) => (o.p.y - c.y) * dir > here.height / 2);
  if (ahead.length === 0) return from;
  const nearestRow = Math.min(...ahead.map((o) => Math.abs(o.p.y - c.y)));
  const row = ahead.filter((o) => Math.abs(o.p.y - c.y) <= nearestRow + ROW_SLACK);
  return row.reduce((best, o) => (Math.abs(o.p.x - c.x) < Math.abs(best.p.x - c.x) ? o : best)).i;
}
