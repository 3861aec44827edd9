/**
 * The learner's roadmaps, newest first, a page at a time: each by the goal asked for (the outline's title
 * beneath when it differs) and when it was made, so two roadmaps for one goal are told apart; a finished one
 * shows how far the learner is, one still being made (or stopped) its status.
 */
import { useCallback, useEffect, useState } from 'react';
import { api, problemOf, type RoadmapPage } from '../api.js';
import { ProblemText } from '../components/Problem.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { useLang } from '../lang.js';
import { apiProblem, roadmapTitle, type Problem } from '../logic.js';
import { useDueCounts } from '../reviews.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';

type Item = RoadmapPage['items'][number];

/** How often the list looks again while a roadmap waits for a free slot, to show it starting. */
const WAITING_POLL_MS = 3000;

/** The items with the fresh ones of the first page in their place, where those changed. */
function refreshed(items: readonly Item[], fresh: readonly Item[]): Item[] {
  const byId = new Map(fresh.map((r) => [r.id, r]));
  return items.map((r) => {
    const f = byId.get(r.id);
    return f && (f.updatedAt !== r.updatedAt || f.waitingForSlot !== r.waitingForSlot) ? f : r;
  });
}

/** Finished far enough to learn from: the learner's progress is what matters then. */
const learnable = (r: Item) => r.status === 'completed' || r.status === 'partial';

function RoadmapItem({ item: r, due = 0 }: { item: Item; due?: number }) {
  const { t, fmt } = useLang();
  const [done, setDone] = useState<number>();
  useEffect(() => {
    if (!learnable(r)) return;
    let live = true;
    api.progress(r.id).then(
      (p) => live && setDone(p.overall.done),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [r]);
  const name = roadmapTitle(r.goal, r.title);
  return (
    <li>
      <Link to={r.status === 'completed' ? paths.roadmap(r.id) : paths.generate(r.id)} className="roadmap-title">
        {name.title}
      </Link>
      {name.subtitle ? <span className="muted">{name.subtitle}</span> : null}
      <span className="roadmap-meta">
        {r.status === 'completed' ? null : <StatusBadge status={r.status} />}
        {r.waitingForSlot ? <span className="badge waiting">{t('list.waitingForSlot')}</span> : null}
        {learnable(r) && done !== undefined ? (
          <span>{t('list.learned', { done: fmt.number(done), total: fmt.number(r.progress.conceptsTotal) })}</span>
        ) : null}
        {learnable(r) ? null : <span className="muted">{t('list.progress', { done: fmt.number(r.progress.conceptsDone), total: fmt.number(r.progress.conceptsTotal) })}</span>}
        {due > 0 ? (
          <Link to={paths.review()} className="badge due-badge">
            {t('list.due', { n: fmt.number(due) })}
          </Link>
        ) : null}
        <span className="muted">
          {t('list.created')} <time dateTime={r.createdAt}>{fmt.dateTime(r.createdAt)}</time>
        </span>
      </span>
    </li>
  );
}

export function MyRoadmapsPage() {
  const { t } = useLang();
  const [items, setItems] = useState<RoadmapPage['items']>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<Problem>();
  const due = useDueCounts();

  const load = useCallback((cursor?: string) => {
    setLoading(true);
    api
      .list(cursor)
      .then((page) => {
        setItems((all) => (cursor ? [...all, ...page.items] : page.items));
        setNext(page.nextCursor);
      })
      .catch((err: unknown) => setProblem(problemOf(err)))
      .finally(() => setLoading(false));
  }, []);
  useEffect(() => load(), [load]);

  // A waiting roadmap starts by itself when one of the learner's others finishes: show it when it does.
  const waiting = items.some((r) => r.waitingForSlot);
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => api.list().then((page) => setItems((all) => refreshed(all, page.items)), () => undefined), WAITING_POLL_MS);
    return () => clearInterval(timer);
  }, [waiting]);

  return (
    <section className="card" aria-labelledby="list-title">
      <h1 id="list-title">{t('list.title')}</h1>
      <ProblemText problem={problem} alert />
      {!loading && items.length === 0 && !problem ? (
        <p>
          {t('list.empty')} <Link to={paths.new()}>{t('nav.new')}</Link>
        </p>
      ) : null}
      <ul className="roadmaps">
        {items.map((r) => (
          <RoadmapItem key={r.id} item={r} due={due.get(r.id)} />
        ))}
      </ul>
      {next ? (
        <button type="button" disabled={loading} onClick={() => load(next)}>
          {t('list.more')}
        </button>
      ) : null}
    </section>
  );
}
