/**
 * Answer every question, submit, see the score (computed here from the answer indexes) and explanations.
 * After submitting, every option says in words whether it was picked and whether it is right.
 */
import { useState, type FormEvent } from 'react';
import type { Question } from '../../../src/domain/content.js';
import { useLang } from '../lang.js';
import { choose, isCorrect, optionMark, saysChooseAll, scoreQuiz, type Answers } from '../logic.js';

export function Quiz({ questions, onSubmit }: { questions: readonly Question[]; onSubmit?: (answers: number[][]) => void }) {
  const { t } = useLang();
  const [answers, setAnswers] = useState<Answers>({});
  const [submitted, setSubmitted] = useState(false);
  const score = scoreQuiz(questions, answers);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    onSubmit?.(questions.map((q) => [...(answers[q.id] ?? [])]));
  };
  const retake = () => {
    setAnswers({});
    setSubmitted(false);
  };

  return (
    <form onSubmit={submit} className="quiz">
      {questions.map((q, n) => (
        <fieldset key={q.id} disabled={submitted} className={submitted ? (isCorrect(q, answers[q.id]) ? 'right' : 'wrong') : undefined}>
          <legend>
            {n + 1}. {q.question} {q.type === 'multiple_choice' && !saysChooseAll(q.question) ? <span className="muted">({t('quiz.multiple')})</span> : null}
          </legend>
          {q.options.map((option, i) => {
            const mark = submitted ? optionMark(q, answers[q.id], i) : 'none';
            return (
              <label key={i} className={`check option mark-${mark}`}>
                <input
                  type={q.type === 'multiple_choice' ? 'checkbox' : 'radio'}
                  name={`q-${q.id}`}
                  checked={answers[q.id]?.includes(i) ?? false}
                  onChange={() => setAnswers((a) => ({ ...a, [q.id]: choose(q, a[q.id], i) }))}
                />
                <span>
                  {option}
                  {mark === 'none' ? null : <span className="option-mark">{t(`quiz.mark.${mark}`)}</span>}
                </span>
              </label>
            );
          })}
          {submitted ? (
            <p className="explanation">
              <strong>{isCorrect(q, answers[q.id]) ? t('quiz.correct') : t('quiz.incorrect', { answer: q.answer.map((i) => q.options[i]).join(', ') })}</strong>{' '}
              {q.explanation}
            </p>
          ) : null}
        </fieldset>
      ))}
      {submitted ? (
        <>
          <p className="score" role="status" data-testid="quiz-score">
            {t('quiz.score', { correct: score.correct, total: score.total, percent: score.percent })}
          </p>
          <button type="button" onClick={retake}>
            {t('quiz.retake')}
          </button>
        </>
      ) : (
        <button type="submit" className="primary">
          {t('quiz.submit')}
        </button>
      )}
    </form>
  );
}
