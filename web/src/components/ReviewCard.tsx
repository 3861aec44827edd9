/**
 * Approve the outline, or reject it with the feedback the repair step needs: which round this is, what the
 * outline weighs against the learner's budget, whether it is already a repair of earlier feedback, and what
 * that repair did — the changes found by diffing the outlines, and the wishes it could not apply.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { OutlineChange } from '../../../src/domain/outline-diff.js';
import type { ReviewOutcome as Outcome } from '../../../src/domain/review-outcome.js';
import { conceptsOf, type Outline, type RoadmapRequest } from '../../../src/domain/roadmap.js';
import { api, type ReviewList } from '../api.js';
import type { MessageKey } from '../i18n.js';
import { useLang } from '../lang.js';

interface Props {
  roadmapId: string;
  round: number;
  outline: Outline;
  request: RoadmapRequest;
  /** The outline was repaired after this learner's rejection. */
  repaired: boolean;
  onAnswer: (approve: boolean, feedback?: string) => Promise<void>;
}

/** A long list (every concept's hours scaled, say) is cut here; the outline below shows the rest. */
const CHANGES_SHOWN = 12;

type Words = ReturnType<typeof useLang>;

function changeText(c: OutlineChange, { t, fmt }: Words): string {
  if (c.change === 'totalHours') return t('change.totalHours', { from: fmt.hours(c.from), to: fmt.hours(c.to) });
  const fields = (names: readonly string[]) => fmt.list(names.map((f) => t(`change.field.${f}` as MessageKey)));
  if (c.change === 'outline') return t('change.outline', { fields: fields(c.fields) });
  const item = { kind: t(`change.kind.${c.kind}`), title: c.title };
  switch (c.change) {
    case 'renamed':
      return t('change.renamed', { ...item, from: c.from });
    case 'hours':
      return t('change.hours', { ...item, from: fmt.hours(c.from), to: fmt.hours(c.to) });
    case 'edited':
      return t('change.edited', { ...item, fields: fields(c.fields) });
    default:
      return t(`change.${c.change}`, item);
  }
}

/** What became of the learner's rejection in `round`: honest when nothing changed, or when offline could not. */
export function ReviewOutcome({ round, outcome }: { round: number; outcome: Outcome }) {
  const words = useLang();
  const { t, fmt } = words;
  const parts = fmt.list(outcome.notApplied.map((text) => t('review.part', { text })));
  const notApplied =
    outcome.notApplied.length === 0 ? null
    : outcome.provider === 'offline' ? t(outcome.changes.length === 0 ? 'review.offline' : 'review.offlinePartly', { parts })
    : t('review.notApplied', { parts });
  return (
    <div className="review-outcome">
      {notApplied ? <p className="notice">{notApplied}</p> : null}
      {outcome.changes.length === 0 ? (
        <p>{t('review.nothingChanged', { round })}</p>
      ) : (
        <>
          <p>{t('review.changes', { round })}</p>
          <ul className="changes">
            {outcome.changes.slice(0, CHANGES_SHOWN).map((c, i) => (
              <li key={i}>{changeText(c, words)}</li>
            ))}
          </ul>
          {outcome.changes.length > CHANGES_SHOWN ? <p className="muted">{t('review.moreChanges', { n: outcome.changes.length - CHANGES_SHOWN })}</p> : null}
        </>
      )}
    </div>
  );
}

export function ReviewCard({ roadmapId, round, outline, request, repaired, onAnswer }: Props) {
  const { t, fmt } = useLang();
  const [feedback, setFeedback] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [previous, setPrevious] = useState<ReviewList['items'][number]>();

  useEffect(() => {
    if (round < 2) return;
    let current = true;
    // What the last repair did is extra information: without it (a failed read), the card still works.
    api.reviews(roadmapId).then(
      (list) => current && setPrevious(list.items.find((r) => r.round === round - 1)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [roadmapId, round]);

  async function answer(approve: boolean) {
    if (!approve && !feedback.trim()) return setMissing(true);
    setBusy(true);
    await onAnswer(approve, approve ? undefined : feedback.trim()).finally(() => setBusy(false));
  }
  const reject = (e: FormEvent) => {
    e.preventDefault();
    void answer(false);
  };

  return (
    <section className="card review" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title', { round })}</h2>
      {repaired ? <p className="notice">{t('review.repaired')}</p> : null}
      {previous?.outcome ? <ReviewOutcome round={previous.round} outcome={previous.outcome} /> : null}
      <p>
        {t('review.summary', {
          stages: fmt.number(outline.stages.length),
          concepts: fmt.number(conceptsOf(outline).length),
          hours: fmt.hours(outline.totalHours),
          budget: fmt.hours(request.hoursPerWeek * request.weeks),
        })}{' '}
        {t('review.outlineBelow')}
      </p>
      <p>{t('review.intro')}</p>
      <button type="button" className="primary" disabled={busy} onClick={() => void answer(true)}>
        {t('review.approve')}
      </button>
      <form onSubmit={reject} noValidate>
        <label htmlFor="review-feedback">{t('review.feedback')}</label>
        <textarea
          id="review-feedback"
          rows={3}
          value={feedback}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? 'review-missing' : undefined}
          onChange={(e) => {
            setFeedback(e.target.value);
            setMissing(false);
          }}
        />
        {missing ? (
          <p className="problem" id="review-missing">
            {t('review.feedbackRequired')}
          </p>
        ) : null}
        <button type="submit" disabled={busy}>
          {t('review.reject')}
        </button>
      </form>
    </section>
  );
}
