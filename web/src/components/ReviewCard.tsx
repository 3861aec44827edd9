/** Approve the outline, or reject it with the feedback the repair step needs. */
import { useState, type FormEvent } from 'react';
import { useLang } from '../lang.js';

export function ReviewCard({ onAnswer }: { onAnswer: (approve: boolean, feedback?: string) => Promise<void> }) {
  const { t } = useLang();
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
      <h2 id="review-title">{t('review.title')}</h2>
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
