/**
 * Approve the outline, or reject it with the feedback the repair step needs: which round this is, what the
 * outline weighs against the learner's budget, and whether it is already a repair of earlier feedback.
 */
import { useState, type FormEvent } from 'react';
import { conceptsOf, type Outline, type RoadmapRequest } from '../../../src/domain/roadmap.js';
import { useLang } from '../lang.js';

interface Props {
  round: number;
  outline: Outline;
  request: RoadmapRequest;
  /** The outline was repaired after this learner's rejection. */
  repaired: boolean;
  onAnswer: (approve: boolean, feedback?: string) => Promise<void>;
}

export function ReviewCard({ round, outline, request, repaired, onAnswer }: Props) {
  const { t, fmt } = useLang();
  const [feedback, setFeedback] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

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
