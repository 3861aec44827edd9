/**
 * One concept: its tutorial (Markdown), resources and quiz, "mark done", the concepts before and after it in
 * the outline, and the tutor. Regenerating a piece is an occasional act, so it waits behind a "More" button.
 * While a piece is being written (a regeneration, or an on-demand concept opened for the first time) the page
 * follows the roadmap's event stream and reads the concept again as each piece is ready, and also looks again
 * every couple of seconds in case the stream is not available.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Outline } from '../../../src/domain/roadmap.js';
import { CONTENT_KINDS, type ContentKind } from '../../../src/domain/enums.js';
import { api, isMissing, problemOf, type ConceptView } from '../api.js';
import { MoreMenu } from '../components/MoreMenu.js';
import { ContentTabs, PieceContent } from '../components/PieceContent.js';
import { ProblemText } from '../components/Problem.js';
import { Regenerate } from '../components/Regenerate.js';
import { ContentBadge } from '../components/StatusBadge.js';
import { TutorPanel } from '../components/TutorPanel.js';
import { useRoadmapEvents } from '../events.js';
import { useLang } from '../lang.js';
import { neighbours, type Problem } from '../logic.js';
import { useProgress } from '../progress.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';
import { NotFoundPage } from './NotFoundPage.js';

const POLL_MS = 2000;

/** A piece that exists and is being written (not one of a roadmap whose outline is not final yet). */
const writing = (view: ConceptView, kind: ContentKind) => ['pending', 'generating'].includes(view.content[kind]?.current.status ?? '') && view.content[kind]?.current.version !== undefined;

/** The newest completed body of a piece: the current one, else the last completed version. */
function bodyOf(view: ConceptView, kind: ContentKind): unknown {
  const piece = view.content[kind];
  return piece?.current.body ?? piece?.latestCompleted?.body;
}

/** Reads the concept again whenever one of its pieces is ready; mounted only while some are being written. */
function PieceEvents({ id, conceptId, onPiece }: { id: string; conceptId: string; onPiece: () => void }) {
  useRoadmapEvents(id, 0, {
    onLog: (entry) => {
      if (entry.conceptId === conceptId && entry.details?.key === 'piece.ready') onPiece();
    },
    onEnd: onPiece,
  });
  return null;
}

export function ConceptPage({ id, conceptId }: { id: string; conceptId: string }) {
  const { t, fmt } = useLang();
  const [view, setView] = useState<ConceptView>();
  const [outline, setOutline] = useState<Outline>();
  const [tab, setTab] = useState<ContentKind>('tutorial');
  const [problem, setProblem] = useState<Problem>();
  const [missing, setMissing] = useState(false);
  const { done, mark } = useProgress(id);

  const fail = (err: unknown) => (isMissing(err) ? setMissing(true) : setProblem(problemOf(err)));
  const load = useCallback(() => api.concept(id, conceptId).then(setView, fail), [id, conceptId]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    api.get(id).then((r) => setOutline(r.outline), () => undefined);
  }, [id]);
  const busy = view ? CONTENT_KINDS.some((k) => ['pending', 'generating'].includes(view.content[k]?.current.status ?? 'pending')) : false;
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [busy, load]);

  const recordAttempt = (answers: number[][]) => void api.attempt(id, conceptId, answers).catch(() => undefined);
  async function regenerate(kind: ContentKind, instructions: string) {
    setProblem(undefined);
    await api.regenerate(id, conceptId, kind, instructions || undefined).then(load, fail);
  }

  if (missing) return <NotFoundPage reason="notFound.concept" />;
  if (!view) return problem ? <ProblemText problem={problem} alert /> : <p aria-busy="true">{t('app.loading')}</p>;
  const isDone = done.has(conceptId);
  const { previous, next } = outline ? neighbours(outline, conceptId) : {};
  const c = view.concept;
  return (
    <div className="stack">
      <section className="card">
        <p className="muted">
          <Link to={paths.roadmap(id)}>{t('concept.back')}</Link> · {view.stage.title} › {view.module.title}
        </p>
        <h1>{c.title}</h1>
        <p className="muted">{t('concept.meta', { hours: fmt.hours(c.hours), difficulty: t(`difficulty.${c.difficulty}`) })}</p>
        <p>{c.description}</p>
        <button type="button" className={isDone ? '' : 'primary'} aria-pressed={isDone} onClick={() => mark(conceptId, !isDone)}>
          {isDone ? t('concept.done') : t('concept.markDone')}
        </button>
        <ProblemText problem={problem} alert />
        {previous || next ? (
          <nav className="concept-nav" aria-label={t('concept.neighbours')}>
            {previous ? (
              <Link to={paths.concept(id, previous.id)} rel="prev">
                ← {t('concept.previous')}: {previous.title}
              </Link>
            ) : (
              <span />
            )}
            {next ? (
              <Link to={paths.concept(id, next.id)} rel="next">
                {t('concept.next')}: {next.title} →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
      <section className="card">
        <ContentTabs label={c.title} idPrefix="" tab={tab} onTab={setTab}>
          <div className="piece-head">
            <ContentBadge label={t(`kind.${tab}`)} status={view.content[tab]?.current.status} />
            <MoreMenu key={`m-${tab}`}>
              <Regenerate kind={tab} onSubmit={(instructions) => regenerate(tab, instructions)} />
            </MoreMenu>
          </div>
          {bodyOf(view, tab) === undefined && writing(view, tab) ? (
            <p className="muted" aria-busy="true">
              {t('concept.writing')}
            </p>
          ) : (
            /* Every submitted attempt is also stored by the API (scored there with the same rule). */
            <PieceContent key={tab} kind={tab} body={bodyOf(view, tab)} onQuizSubmit={recordAttempt} />
          )}
        </ContentTabs>
      </section>
      {busy ? <PieceEvents id={id} conceptId={conceptId} onPiece={() => void load()} /> : null}
      <TutorPanel id={id} conceptId={conceptId} />
    </div>
  );
}
