/**
 * Watching a roadmap being built: the phase timeline, the outline as soon as it exists, each concept's
 * content status, the execution log, the review card, and cancel / retry. Driven by the event stream; the
 * roadmap is fetched again as events arrive and once more on `end`, so the final state is the stored one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CONTENT_KINDS, isTerminal } from '../../../src/domain/enums.js';
import { ApiError, api, type LogEntry, type RoadmapView } from '../api.js';
import { BudgetNote } from '../components/BudgetNote.js';
import { LogList } from '../components/LogList.js';
import { OutlineTree } from '../components/OutlineTree.js';
import { ProblemText } from '../components/Problem.js';
import { ReviewCard } from '../components/ReviewCard.js';
import { ContentBadge, StatusBadge } from '../components/StatusBadge.js';
import { Timeline } from '../components/Timeline.js';
import { useRoadmapEvents } from '../events.js';
import { useLang } from '../lang.js';
import { apiProblem, type Problem } from '../logic.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';

const REFRESH_MS = 300;

export function GenerationPage({ id }: { id: string }) {
  const { t, suggest } = useLang();
  const [roadmap, setRoadmap] = useState<RoadmapView>();
  const [logs, setLogs] = useState<LogEntry[]>([]);
  const [problem, setProblem] = useState<Problem>();
  const [run, setRun] = useState(0);
  const seen = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const fail = (err: unknown) => setProblem(err instanceof ApiError ? apiProblem(err.body).problem : { key: 'api.NETWORK' });
  const refresh = useCallback(() => {
    clearTimeout(timer.current);
    api.get(id).then(setRoadmap, fail);
  }, [id]);
  const refreshSoon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(refresh, REFRESH_MS);
  };

  useEffect(() => {
    refresh();
    return () => clearTimeout(timer.current);
  }, [refresh]);
  useEffect(() => suggest(roadmap?.request.language), [roadmap?.request.language, suggest]);

  const connection = useRoadmapEvents(id, run, {
    onLog: (entry) => {
      if (seen.current.has(entry.id)) return;
      seen.current.add(entry.id);
      setLogs((all) => [...all, entry]);
      refreshSoon();
    },
    onEnd: refresh,
  });

  async function act(action: () => Promise<unknown>, restartStream = false) {
    setProblem(undefined);
    try {
      await action();
      if (restartStream) setRun((n) => n + 1);
      refresh();
    } catch (err) {
      fail(err);
    }
  }

  const status = roadmap?.status ?? 'queued';
  const step = roadmap?.step ?? 'queued';
  const finished = isTerminal(status);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="gen-title">
        <h1 id="gen-title">{roadmap?.outline?.title ?? roadmap?.request.goal ?? t('gen.title')}</h1>
        <p aria-live="polite">
          <StatusBadge status={status} /> <span className="muted">{t(`conn.${connection}`)}</span>
        </p>
        <Timeline step={step} status={status} />
        {roadmap?.error ? <p className="problem">{roadmap.error.message}</p> : null}
        <ProblemText problem={problem} alert />
        <div className="actions">
          {!finished ? (
            <button type="button" onClick={() => void act(() => api.cancel(id))}>
              {t('gen.cancel')}
            </button>
          ) : null}
          {['partial', 'failed', 'cancelled'].includes(status) ? (
            <button type="button" onClick={() => void act(() => api.retry(id), true)}>
              {t('gen.retry')}
            </button>
          ) : null}
          {roadmap?.outline && (status === 'completed' || status === 'partial') ? (
            <Link to={paths.roadmap(id)} className="button primary">
              {t('gen.open')}
            </Link>
          ) : null}
        </div>
      </section>
      {status === 'awaiting_review' ? <ReviewCard onAnswer={(approve, feedback) => act(() => api.review(id, approve, feedback))} /> : null}
      {roadmap?.outline ? (
        <section className="card" aria-labelledby="outline-title">
          <h2 id="outline-title">{t('gen.outline')}</h2>
          <p>{roadmap.outline.summary}</p>
          <BudgetNote note={roadmap.outline.budgetNote} />
          <OutlineTree
            outline={roadmap.outline}
            concept={(c) => (
              <div className="concept-row">
                <span>{c.title}</span>
                {roadmap.content ? (
                  <span className="badges">
                    {CONTENT_KINDS.map((k) => (
                      <ContentBadge key={k} label={t(`kind.${k}`)} status={roadmap.content?.[c.id]?.[k]} />
                    ))}
                  </span>
                ) : null}
              </div>
            )}
          />
        </section>
      ) : null}
      <LogList entries={logs} />
    </div>
  );
}
