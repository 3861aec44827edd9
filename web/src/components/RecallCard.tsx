/**
 * One review card: the question, the learner's choice, then the answer revealed with its explanation and the
 * four FSRS ratings — the one the answer suggests (right: good, wrong: again) stands out.
 */
import { useState } from 'react';
import type { Question } from '../../../src/domain/content.js';
import { REVIEW_RATINGS, type ReviewRating } from '../../../src/domain/enums.js';
import { useLang } from '../lang.js';
import { choose, isCorrect, optionMark } from '../logic.js';

interface Props {
  question: Question;
  /** Disables the ratings while one is being saved. */
  busy: boolean;
  onRate: (rating: ReviewRating) => void;
}

export function RecallCard({ question: q, busy, onRate }: Props) {
  const { t } = useLang();
  const [chosen, setChosen] = useState<number[]>([]);
  const [revealed, setRevealed] = useState(false);
  const right = isCorrect(q, chosen);
  const suggested: ReviewRating = right ? 'good' : 'again';
  return (
    <div className="recall quiz">
      <fieldset disabled={revealed} className={revealed ? (right ? 'right' : 'wrong') : undefined}>
        <legend>{q.question}</legend>
        {q.options.map((option, i) => {
          const mark = revealed ? optionMark(q, chosen, i) : 'none';
          return (
            <label key={i} className={`check option mark-${mark}`}>
              <input type={q.type === 'multiple_choice' ? 'checkbox' : 'radio'} name={`r-${q.id}`} checked={chosen.includes(i)} onChange={() => setChosen(choose(q, chosen, i))} />
              <span>
                {option}
                {mark === 'none' ? null : <span className="option-mark">{t(`quiz.mark.${mark}`)}</span>}
              </span>
            </label>
          );
        })}
      </fieldset>
      {revealed ? (
        <>
          <p className="explanation">
            <strong>{right ? t('quiz.correct') : t('quiz.incorrect', { answer: q.answer.map((i) => q.options[i]).join(', ') })}</strong> {q.explanation}
          </p>
          <p id="rate-label">{t('reviews.rate')}</p>
          <div className="ratings" role="group" aria-labelledby="rate-label">
            {REVIEW_RATINGS.map((r) => (
              <button key={r} type="button" className={r === suggested ? 'primary' : undefined} disabled={busy} onClick={() => onRate(r)}>
                {t(`reviews.rating.${r}`)}
                {r === suggested ? <span className="muted"> {t('reviews.suggested')}</span> : null}
              </button>
            ))}
          </div>
        </>
      ) : (
        <button type="button" className="primary" onClick={() => setRevealed(true)}>
          {t('reviews.reveal')}
        </button>
      )}
    </div>
  );
}
