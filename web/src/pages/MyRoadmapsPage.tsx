/** The learner's roadmaps, newest first, a page at a time. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, type RoadmapPage } from '../api.js';
import { ProblemText } from '../components/Problem.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { useLang } from '../lang.js';
import { apiProblem, type Problem } from '../logic.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';

export function MyRoadmapsPage() {
  const { t } = useLang();
  const [items, setItems] = useState<RoadmapPage['items']>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<Problem>();

  const load = useCallback((cursor?: string) => {
    setLoading(true);
    api
      .list(cursor)
      .then((page) => {
        setItems((all) => (cursor ? [...all, ...page.items] : page.items));
        setNext(page.nextCursor);
      })
      .catch((err: unknown) => setProblem(err instanceof ApiError ? apiProblem(err.body).problem : { key: 'api.NETWORK' }))
      .finally(() => setLoading(false));
  }, []);
  useEffect(() => load(), [load]);

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
          <li key={r.id}>
            <Link to={r.status === 'completed' ? paths.roadmap(r.id) : paths.generate(r.id)}>{r.title ?? r.goal}</Link>
            <span>
              <StatusBadge status={r.status} />{' '}
              <span className="muted">
                {t('list.progress', { done: r.progress.conceptsDone, total: r.progress.conceptsTotal })} ·{' '}
                <time dateTime={r.createdAt}>{new Date(r.createdAt).toLocaleString()}</time>
              </span>
            </span>
          </li>
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
