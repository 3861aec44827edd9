/**
 * Watching a roadmap being built: the phase timeline, the outline as soon as it exists, each concept's
 * content status, the execution log, the review card, and cancel / retry. Driven by the event stream; the
 * roadmap is fetched again as events arrive and once more on `end`, so the final state is the stored one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { CONTENT_KINDS, isTerminal } from '../../../src/domain/enums.js';
import { api, isMissing, problemOf, type LogEntry, type RoadmapView } from '../api.js';
import { BudgetNote } from '../components/BudgetNote.js';
import { LogList } from '../components/LogList.js';
import { OutlineTree } from '../components/OutlineTree.js';
import { ProblemText } from '../components/Problem.js';
import { ReviewCard } from '../components/ReviewCard.js';
import { ContentBadge, StatusBadge } from '../components/StatusBadge.js';
import { Timeline } from '../components/Timeline.js';
import { useRoadmapEvents } from '../events.js';
import { useLang } from '../lang.js';
import { roadmapTitle, type Problem } from '../logic.js';
import { reviewRound } from '../logs.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';
import { useSession } from '../session.js';
import { NotFoundPage } from './NotFoundPage.js';

const REFRESH_MS = 300;

export function GenerationPage({ id }: { id: string }) {
  const { t, fmt } = useLang();
  const { me } = useSession();
  const [roadmap, setRoadmap] = useState<RoadmapView>();
  const [logs, setLogs] = useState<LogEntry[]>([]);
  const [problem, setProblem] = useState<Problem>();
  const [missing, setMissing] = useState(false);
  const [run, setRun] = useState(0);
  const [rejected, setRejected] = useState<number>();
  const seen = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const fail = (err: unknown) => (isMissing(err) ? setMissing(true) : setProblem(problemOf(err)));
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

  const connection = useRoadmapEvents(id, run, {
    onLog: (entry) => {
      if (seen.current.has(entry.id)) return;
      seen.current.add(entry.id);
      setLogs((all) => [...all, entry]);
      refreshSoon();
    },
    onEnd: refresh,
  });

  /** Runs a control action; true when the API accepted it. */
  async function act(action: () => Promise<unknown>, restartStream = false): Promise<boolean> {
    setProblem(undefined);
    try {
      await action();
      if (restartStream) setRun((n) => n + 1);
      refresh();
      return true;
    } catch (err) {
      fail(err);
      return false;
    }
  }
  async function answerReview(approve: boolean, feedback?: string) {
    const round = reviewRound(logs) ?? 1;
    if ((await act(() => api.review(id, approve, feedback))) && !approve) setRejected(round);
  }

  if (missing) return <NotFoundPage reason="notFound.roadmap" />;
  const status = roadmap?.status ?? 'queued';
  const step = roadmap?.step ?? 'queued';
  const finished = isTerminal(status);
  const name = roadmap ? roadmapTitle(roadmap.request.goal, roadmap.outline?.title) : { title: t('gen.title') };
  const round = reviewRound(logs);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="gen-title">
        <h1 id="gen-title">{name.title}</h1>
        {name.subtitle ? <p className="subtitle">{name.subtitle}</p> : null}
        <p aria-live="polite">
          {/* The stream may still be open a moment after the end; once the roadmap has finished, it says so. */}
          <StatusBadge status={status} /> <span className="muted">{t(finished ? 'conn.ended' : `conn.${connection}`)}</span>
        </p>
        {/* Its first events, when a slot frees up, make the page read the roadmap again: this goes by itself. */}
        {roadmap?.waitingForSlot && me ? (
          <p className="notice" role="status" data-testid="waiting-for-slot">
            {t('gen.waitingForSlot', { n: me.quotas.activeRoadmaps })}
          </p>
        ) : null}
        <Timeline step={step} status={status} reviewWanted={roadmap?.request.review ?? false} />
        {roadmap?.error ? <p className="problem">{roadmap.error.message}</p> : null}
        {roadmap?.actions.retry && !finished ? <p className="problem">{t('gen.stalled')}</p> : null}
        <ProblemText problem={problem} alert />
        <div className="actions">
          {roadmap?.actions.cancel ? (
            <button type="button" onClick={() => void act(() => api.cancel(id))}>
              {t('gen.cancel')}
            </button>
          ) : null}
          {roadmap?.actions.retry ? (
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
      {status === 'awaiting_review' && roadmap?.outline ? (
        <ReviewCard roadmapId={id} round={round ?? 1} outline={roadmap.outline} request={roadmap.request} repaired={rejected !== undefined && (round ?? 0) > rejected} onAnswer={answerReview} />
      ) : null}
      {rejected !== undefined && status !== 'awaiting_review' && !finished ? (
        <p className="card notice" role="status">
          {t('review.sent', { round: rejected })}
        </p>
      ) : null}
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
                <span className="muted">{t('concept.meta', { hours: fmt.hours(c.hours), difficulty: t(`difficulty.${c.difficulty}`) })}</span>
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
      <LogList entries={logs} outline={roadmap?.outline} />
    </div>
  );
}
