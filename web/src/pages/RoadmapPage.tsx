/** The finished roadmap as a list of stages → modules → concepts, with the learner's progress. */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Concept } from '../../../src/domain/roadmap.js';
import { api, isMissing, problemOf, type RoadmapView } from '../api.js';
import { BudgetNote } from '../components/BudgetNote.js';
import { EditStatus } from '../components/EditStatus.js';
import { OutlineEditList } from '../components/OutlineEditList.js';
import { Mastery } from '../components/Mastery.js';
import { OutlineTree } from '../components/OutlineTree.js';
import { ProblemText } from '../components/Problem.js';
import { ProgressBar } from '../components/ProgressBar.js';
import { SharePanel } from '../components/SharePanel.js';
import { SchedulePanel } from '../components/SchedulePanel.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { useLang } from '../lang.js';
import { overallProgress, roadmapTitle, stageProgress, type Problem } from '../logic.js';
import { useOutlineEditor } from '../outline-edit.js';
import { useProgress } from '../progress.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';
import { useSession } from '../session.js';
import { NotFoundPage } from './NotFoundPage.js';

/** One concept in the list: its done checkbox, link and size. */
export function ConceptRow({
  roadmapId,
  concept: c,
  done,
  mastery,
  onMark,
}: {
  roadmapId: string;
  concept: Concept;
  done: boolean;
  mastery?: number;
  onMark: (conceptId: string, done: boolean) => void;
}) {
  const { t, fmt } = useLang();
  return (
    <div className={done ? 'concept-row done' : 'concept-row'}>
      <input type="checkbox" checked={done} onChange={(e) => onMark(c.id, e.target.checked)} aria-label={t('concept.doneFor', { title: c.title })} />
      <Link to={paths.concept(roadmapId, c.id)}>{c.title}</Link>
      <span className="muted">{t('concept.meta', { hours: fmt.hours(c.hours), difficulty: t(`difficulty.${c.difficulty}`) })}</span>
      <Mastery value={mastery} />
    </div>
  );
}

// The graph and its layout engine are only fetched when the learner switches to the graph.
const RoadmapGraph = lazy(() => import('../components/RoadmapGraph.js'));

/** The history state of a roadmap page reached by forking a shared one: it says so. */
export const FORKED = { forked: true };

/** How often a roadmap generating new concepts' content is read again. */
const GENERATING_POLL_MS = 1500;

type View = 'list' | 'graph';
const VIEW_KEY = 'pathsmith:view';
// Kept for the session, so coming back from a concept opened in the graph returns to the graph.
const storedView = (): View => (window.sessionStorage.getItem(VIEW_KEY) === 'graph' ? 'graph' : 'list');
function rememberView(view: View): View {
  window.sessionStorage.setItem(VIEW_KEY, view);
  return view;
}

export function RoadmapPage({ id }: { id: string }) {
  const { t, fmt } = useLang();
  const { mode } = useSession();
  const [roadmap, setRoadmap] = useState<RoadmapView>();
  const [problem, setProblem] = useState<Problem>();
  const [missing, setMissing] = useState(false);
  const { done, attempted, mastery, due, mark } = useProgress(id);
  const [view, setView] = useState<View>(storedView);
  const [forked] = useState(() => (window.history.state as typeof FORKED | null)?.forked === true);
  const facts = useMemo(() => ({ done, attempted, mastery, due, content: roadmap?.content }), [done, attempted, mastery, due, roadmap?.content]);

  const load = useCallback(() => {
    api.get(id).then(setRoadmap, (err: unknown) => (isMissing(err) ? setMissing(true) : setProblem(problemOf(err))));
  }, [id]);
  useEffect(load, [load]);
  const editor = useOutlineEditor(roadmap, setRoadmap, load);
  const [editing, setEditing] = useState(false);
  // An edit that added concepts queues the roadmap while their content is generated: follow it to the end.
  const generating = roadmap?.status === 'queued' || roadmap?.status === 'running';
  useEffect(() => {
    if (!generating) return;
    const timer = window.setTimeout(load, GENERATING_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [generating, roadmap, load]);
  const reload = () => {
    editor.clearNote();
    load();
  };

  if (missing) return <NotFoundPage reason="notFound.roadmap" />;
  if (problem) return <ProblemText problem={problem} alert />;
  if (!roadmap) return <p aria-busy="true">{t('app.loading')}</p>;
  const outline = roadmap.outline;
  if (!outline) return <p>{t('roadmap.noOutline')}</p>;
  const perStage = stageProgress(outline, done);
  const name = roadmapTitle(roadmap.request.goal, outline.title);

  return (
    <div className="stack">
      <section className="card">
        <h1>{name.title}</h1>
        {name.subtitle ? <p className="subtitle">{name.subtitle}</p> : null}
        {forked ? (
          <p className="notice" role="status">
            {t('roadmap.forked')}
          </p>
        ) : null}
        <p>
          <StatusBadge status={roadmap.status} /> <Link to={paths.generate(id)}>{t('roadmap.details')}</Link>
        </p>
        <p>{outline.summary}</p>
        <p className="muted">{t('roadmap.meta', { hours: fmt.number(outline.totalHours), weeks: fmt.number(outline.weeks) })}</p>
        <BudgetNote note={outline.budgetNote} />
        {roadmap.request.content === 'on_demand' ? <p className="hint">{t('roadmap.onDemand')}</p> : null}
        <ProgressBar tally={overallProgress(outline, done)} label={t('progress.overall')} />
        <div className="actions no-print">
          {/* A link only people on this machine could open is no use: local mode has no sharing. */}
          {mode === 'accounts' ? <SharePanel roadmapId={id} /> : null}
          <a href={`/v1/roadmaps/${encodeURIComponent(id)}/export?format=md`} download>
            {t('roadmap.exportMd')}
          </a>{' '}
          <a href={`/v1/roadmaps/${encodeURIComponent(id)}/export?format=json`} download>
            {t('roadmap.exportJson')}
          </a>{' '}
          <button type="button" onClick={() => window.print()}>
            {t('roadmap.print')}
          </button>
        </div>
      </section>
      <section className={view === 'graph' ? 'card graph-view' : 'card'} aria-label={t('gen.outline')}>
        <div className="outline-bar no-print">
          {/* Before the view switch: from the graph button, Tab goes straight into the graph. */}
          {roadmap.actions.edit || editing ? (
            <button type="button" aria-pressed={editing} className={editing ? 'primary' : ''} onClick={() => setEditing(!editing)}>
              {t(editing ? 'edit.done' : 'edit.start')}
            </button>
          ) : null}
          <div className="view-toggle" role="group" aria-label={t('roadmap.view')}>
            {(['list', 'graph'] as const).map((v) => (
              <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(rememberView(v))}>
                {t(v === 'list' ? 'roadmap.viewList' : 'roadmap.viewGraph')}
              </button>
            ))}
          </div>
        </div>
        {editing ? (
          <>
            {view === 'list' ? <p className="hint">{t('edit.hint')}</p> : null}
            {!roadmap.actions.edit && editor.note?.kind !== 'saved' ? <p className="notice">{t('edit.notEditable')}</p> : null}
          </>
        ) : null}
        <EditStatus editor={editor} generating={generating} onReload={reload} moduleTitle={(m) => outline.stages.flatMap((s) => s.modules).find((x) => x.id === m)?.title ?? m} />
        {view === 'graph' ? (
          <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
            <RoadmapGraph roadmapId={id} outline={outline} facts={facts} onMark={mark} editor={editing ? editor : undefined} />
          </Suspense>
        ) : editing ? (
          <OutlineEditList outline={outline} editor={editor} />
        ) : (
          <OutlineTree
            outline={outline}
            stageExtra={(s) => (perStage[s.id] ? <ProgressBar tally={perStage[s.id]!} label={t('progress.stage')} /> : null)}
            concept={(c) => <ConceptRow roadmapId={id} concept={c} done={done.has(c.id)} mastery={mastery?.get(c.id)} onMark={mark} />}
          />
        )}
      </section>
      <SchedulePanel roadmapId={id} outline={outline} done={done} />
    </div>
  );
}
