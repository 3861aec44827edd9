/**
 * A shared roadmap, read-only, for anybody with the link: its title, goal, outline with hours and difficulty,
 * and each concept's tutorial, resources and quiz, opened in place — no progress, nothing about its owner.
 * "Fork into my roadmaps" copies it into the visitor's own; a visitor who is not logged in logs in or signs
 * up first and comes back here, where the fork they asked for then happens.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ContentKind } from '../../../src/domain/enums.js';
import type { Concept } from '../../../src/domain/roadmap.js';
import { api, ApiError, isMissing, problemOf, type SharedRoadmap } from '../api.js';
import { BudgetNote } from '../components/BudgetNote.js';
import { OutlineTree } from '../components/OutlineTree.js';
import { ContentTabs, PieceContent } from '../components/PieceContent.js';
import { ProblemText } from '../components/Problem.js';
import { useLang } from '../lang.js';
import { roadmapTitle, type Problem } from '../logic.js';
import { navigate } from '../router.js';
import { paths } from '../routes.js';
import { useSession } from '../session.js';
import { NotFoundPage } from './NotFoundPage.js';
import { FORKED } from './RoadmapPage.js';

/**
 * The fork a visitor asked for before logging in, remembered in this tab only: coming back from the login
 * page is what completes it, never a link someone else made (a URL cannot set it).
 */
const FORK_INTENT = 'pathsmith:fork';

function SharedConcept({ concept: c, content }: { concept: Concept; content: SharedRoadmap['concepts'][string] | undefined }) {
  const { t, fmt } = useLang();
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<ContentKind>('tutorial');
  return (
    <details className="shared-concept" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="shared-concept-title">{c.title}</span>{' '}
        <span className="muted">{t('concept.meta', { hours: fmt.hours(c.hours), difficulty: t(`difficulty.${c.difficulty}`) })}</span>
      </summary>
      {/* Content is drawn only once opened: a roadmap has dozens of tutorials, most never read here. */}
      {open ? (
        <div className="shared-concept-body">
          <p>{c.description}</p>
          <ContentTabs label={c.title} idPrefix={`c-${c.id}-`} tab={tab} onTab={setTab}>
            <PieceContent key={tab} kind={tab} body={content?.[tab]} />
          </ContentTabs>
        </div>
      ) : null}
    </details>
  );
}

export function SharedPage({ token }: { token: string }) {
  const { t, fmt } = useLang();
  const { mode, me } = useSession();
  const [shared, setShared] = useState<SharedRoadmap>();
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const [forking, setForking] = useState(false);

  useEffect(() => {
    api.shared(token).then(setShared, (err: unknown) => (isMissing(err) ? setMissing(true) : setProblem(problemOf(err))));
  }, [token]);

  const loginFirst = useCallback(() => {
    window.sessionStorage.setItem(FORK_INTENT, token);
    navigate(paths.login(paths.shared(token)));
  }, [token]);
  const fork = useCallback(async () => {
    if (mode === 'accounts' && !me) return loginFirst();
    setProblem(undefined);
    setForking(true);
    try {
      navigate(paths.roadmap((await api.fork(token)).id), { state: FORKED });
    } catch (err) {
      setForking(false);
      if (err instanceof ApiError && err.status === 401) loginFirst();
      else setProblem(problemOf(err));
    }
  }, [mode, me, token, loginFirst]);

  useEffect(() => {
    if (!me || window.sessionStorage.getItem(FORK_INTENT) !== token) return;
    window.sessionStorage.removeItem(FORK_INTENT);
    void fork();
  }, [me, token, fork]);

  if (missing) return <NotFoundPage title="shared.goneTitle" reason="shared.gone" />;
  if (!shared) return problem ? <ProblemText problem={problem} alert /> : <p aria-busy="true">{t('app.loading')}</p>;
  const { outline } = shared;
  const name = roadmapTitle(shared.goal, outline.title);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="shared-title">
        <p className="muted shared-kicker">{t('shared.kicker')}</p>
        <h1 id="shared-title">{name.title}</h1>
        {name.subtitle ? <p className="subtitle">{name.subtitle}</p> : null}
        <p>{outline.summary}</p>
        <p className="muted">{t('roadmap.meta', { hours: fmt.number(outline.totalHours), weeks: fmt.number(outline.weeks) })}</p>
        <BudgetNote note={outline.budgetNote} />
        <div className="actions">
          <button type="button" className="primary" disabled={forking} onClick={() => void fork()}>
            {t(forking ? 'shared.forking' : 'shared.fork')}
          </button>
        </div>
        <p className="muted">{t(mode === 'accounts' && !me ? 'shared.forkLogin' : 'shared.forkWhat')}</p>
        <ProblemText problem={problem} alert />
      </section>
      <section className="card" aria-labelledby="shared-outline">
        <h2 id="shared-outline">{t('gen.outline')}</h2>
        <OutlineTree outline={outline} concept={(c) => <SharedConcept concept={c} content={shared.concepts[c.id]} />} />
      </section>
    </div>
  );
}
