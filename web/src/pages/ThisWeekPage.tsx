/**
 * This week of the learner's schedule: what to study, for how long, ticked off here; the reviews due today;
 * before the plan starts, its first week; after it ends, a way to the whole schedule.
 */
import { useEffect, useState } from 'react';
import { api, isMissing, problemOf, type RoadmapView, type Schedule } from '../api.js';
import { Mastery } from '../components/Mastery.js';
import { ProblemText } from '../components/Problem.js';
import { useLang } from '../lang.js';
import { roadmapTitle, type Problem } from '../logic.js';
import { addDays, formatDay, localDay, plannedHours, weekToShow } from '../plan.js';
import { useProgress } from '../progress.js';
import { useDueCounts } from '../reviews.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';
import { NotFoundPage } from './NotFoundPage.js';

export function ThisWeekPage({ id }: { id: string }) {
  const { t, fmt, lang } = useLang();
  const [roadmap, setRoadmap] = useState<RoadmapView>();
  const [schedule, setSchedule] = useState<Schedule>();
  const [problem, setProblem] = useState<Problem>();
  const [missing, setMissing] = useState(false);
  const { done, mastery, mark } = useProgress(id);
  const due = useDueCounts().get(id) ?? 0;

  useEffect(() => {
    const fail = (err: unknown) => (isMissing(err) ? setMissing(true) : setProblem(problemOf(err)));
    api.get(id).then(setRoadmap, fail);
    api.schedule(id, localDay()).then(setSchedule, fail);
  }, [id]);

  if (missing) return <NotFoundPage reason="notFound.roadmap" />;
  if (problem) return <ProblemText problem={problem} alert />;
  if (!roadmap?.outline || !schedule) return <p aria-busy="true">{t('app.loading')}</p>;
  const concepts = new Map(roadmap.outline.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.map((c) => [c.id, c] as const))));
  const shown = weekToShow(schedule);
  const totals = plannedHours(schedule.weeks);
  const name = roadmapTitle(roadmap.request.goal, roadmap.outline.title);

  return (
    <section className="card this-week" aria-labelledby="week-title" data-testid="this-week">
      <p className="muted">
        <Link to={paths.roadmap(id)}>{name.title}</Link>
      </p>
      <h1 id="week-title">{t('week.title')}</h1>
      {schedule.replanned ? <p className="notice">{t('schedule.replanned', { n: fmt.number(totals.size) })}</p> : null}
      {shown === null ? <p>{t('week.after')}</p> : null}
      {shown?.state === 'before' ? <p>{t('week.before', { date: formatDay(lang, shown.week.start) })}</p> : null}
      {shown ? (
        <>
          <p className="week-summary">
            {t('week.summary', {
              n: fmt.number(shown.week.week),
              total: fmt.number(schedule.weeks.length),
              from: formatDay(lang, shown.week.start),
              to: formatDay(lang, addDays(shown.week.start, 6)),
              hours: fmt.hours(shown.week.hours),
            })}
          </p>
          <ul className="week-items">
            {shown.week.items.map((x) => {
              const c = concepts.get(x.conceptId);
              const total = totals.get(x.conceptId) ?? x.hours;
              const isDone = done.has(x.conceptId);
              return (
                <li key={x.conceptId} className={isDone ? 'concept-row done' : 'concept-row'}>
                  <input type="checkbox" checked={isDone} onChange={(e) => mark(x.conceptId, e.target.checked)} aria-label={t('concept.doneFor', { title: c?.title ?? x.conceptId })} />
                  <span className="week-item">
                    <Link to={paths.concept(id, x.conceptId)}>{c?.title ?? x.conceptId}</Link>
                    <span className="week-meta">
                      <span className="week-hours">{total === x.hours ? fmt.hours(x.hours) : t('week.part', { part: fmt.hours(x.hours), total: fmt.hours(total) })}</span>
                      {c ? <span className="muted">{t(`difficulty.${c.difficulty}`)}</span> : null}
                      <Mastery value={mastery?.get(x.conceptId)} />
                    </span>
                  </span>
                </li>
              );
            })}
          </ul>
          {shown.week.items.every((x) => done.has(x.conceptId)) ? <p role="status">{t('week.allDone')}</p> : null}
        </>
      ) : null}
      <p className="actions">
        {due > 0 ? (
          <Link to={paths.review()} className="button primary">
            {t('week.reviews', { n: fmt.number(due) })}
          </Link>
        ) : null}
        <Link to={`${paths.roadmap(id)}#schedule`} className="button">
          {t('week.schedule')}
        </Link>
      </p>
    </section>
  );
}
