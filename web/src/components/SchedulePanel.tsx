/**
 * The schedule on the roadmap page: the learner's start date and hours per week (saved for them), a note
 * when they fell behind and the rest was planned again from today, the weeks with their concepts and hours,
 * and the plan as a calendar file. Weeks from this one on show first; the rest behind a button.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { Outline } from '../../../src/domain/roadmap.js';
import { api, problemOf, type Schedule } from '../api.js';
import { useLang } from '../lang.js';
import type { Problem } from '../logic.js';
import { formatDay, localDay } from '../plan.js';
import { Link } from '../router.js';
import { paths } from '../routes.js';
import { ProblemText } from './Problem.js';
import '../plan.css';

const SHOWN_WEEKS = 3;

export function SchedulePanel({ roadmapId, outline, done }: { roadmapId: string; outline: Outline; done: ReadonlySet<string> }) {
  const { t, fmt, lang } = useLang();
  const [schedule, setSchedule] = useState<Schedule>();
  const [problem, setProblem] = useState<Problem>();
  const [start, setStart] = useState('');
  const [hours, setHours] = useState('');
  const [saved, setSaved] = useState(false);
  const [all, setAll] = useState(false);
  const titles = new Map(outline.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts.map((c) => [c.id, c.title] as const))));

  const load = useCallback(
    () =>
      api.schedule(roadmapId, localDay()).then((s) => {
        setSchedule(s);
        setStart(s.start);
        setHours(String(s.hoursPerWeek));
      }, (err: unknown) => setProblem(problemOf(err))),
    [roadmapId],
  );
  // Ticking a concept done can end being behind (or start it), and an edit changes what there is: plan again.
  useEffect(() => void load(), [load, done.size, outline]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    api.setPlan(roadmapId, start, Number(hours)).then(
      () => load().then(() => setSaved(true)),
      (err: unknown) => setProblem(problemOf(err)),
    );
  };

  if (!schedule) return <ProblemText problem={problem} alert />;
  const from = Math.max(0, (schedule.currentWeek ?? 1) - 1);
  const weeks = all ? schedule.weeks : schedule.weeks.slice(from, from + SHOWN_WEEKS);
  return (
    <section className="card schedule" aria-labelledby="schedule-title" id="schedule" data-testid="schedule">
      <div className="schedule-head">
        <h2 id="schedule-title">{t('schedule.title')}</h2>
        <Link to={paths.week(roadmapId)} className="button primary">
          {t('schedule.thisWeek')}
        </Link>
      </div>
      <p className="muted">{t('schedule.meta', { weeks: fmt.number(schedule.weeks.length), start: formatDay(lang, schedule.weeks[0]?.start ?? schedule.start), hours: fmt.hours(schedule.hoursPerWeek) })}</p>
      {schedule.replanned ? (
        <p className="notice" role="status">
          {t('schedule.replanned', { n: fmt.number(new Set(schedule.weeks.flatMap((w) => w.items.map((x) => x.conceptId))).size) })}
        </p>
      ) : null}
      <form className="row plan-form no-print" onSubmit={save}>
        <label>
          {t('schedule.start')}
          <input type="date" value={start} required onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          {t('schedule.hours')}
          <input type="number" min={1} max={80} step={0.5} value={hours} required onChange={(e) => setHours(e.target.value)} />
        </label>
        <button type="submit">{t('schedule.save')}</button>
      </form>
      {saved ? <p role="status">{t('schedule.saved')}</p> : null}
      <ProblemText problem={problem} alert />
      <ol className="weeks">
        {weeks.map((w) => {
          const previous = schedule.weeks[w.week - 2];
          return (
            <li key={w.week} className={w.week === schedule.currentWeek ? 'week current' : 'week'}>
              <h3>
                {t('schedule.week', { n: fmt.number(w.week) })} <span className="muted">{t('schedule.from', { date: formatDay(lang, w.start) })}</span>{' '}
                <span className="week-hours">{fmt.hours(w.hours)}</span>
                {w.week === schedule.currentWeek ? <span className="badge s-running">{t('schedule.current')}</span> : null}
              </h3>
              <ul>
                {w.items.map((x, j) => (
                  <li key={x.conceptId} className={done.has(x.conceptId) ? 'done' : undefined}>
                    <Link to={paths.concept(roadmapId, x.conceptId)}>{titles.get(x.conceptId) ?? x.conceptId}</Link>{' '}
                    <span className="muted">
                      {fmt.hours(x.hours)}
                      {j === 0 && previous?.items.at(-1)?.conceptId === x.conceptId ? ` · ${t('schedule.continued')}` : ''}
                    </span>
                    {done.has(x.conceptId) ? <span className="visually-hidden">, {t('state.done')}</span> : null}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <p className="actions no-print">
        {schedule.weeks.length > SHOWN_WEEKS ? (
          <button type="button" onClick={() => setAll(!all)}>
            {all ? t('schedule.less') : t('schedule.more', { n: fmt.number(schedule.weeks.length) })}
          </button>
        ) : null}
        <a href={api.calendarUrl(roadmapId, localDay())} download>
          {t('schedule.calendar')}
        </a>
      </p>
    </section>
  );
}
