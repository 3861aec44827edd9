/** Scoring a quiz attempt: a question is right when exactly its correct options were chosen. */
import type { Question } from './content.js';

export interface Correction {
  questionId: string;
  correct: boolean;
  chosen: number[];
  answer: number[];
  explanation: string;
}

export interface QuizScore {
  correct: number;
  total: number;
  /** 0–100, rounded. */
  score: number;
  corrections: Correction[];
}

const sorted = (xs: readonly number[]) => [...new Set(xs)].sort((a, b) => a - b);

/** The rule, shared by the API and the web app: exactly the correct options, in any order. */
export function isCorrect(q: Pick<Question, 'answer'>, chosen: readonly number[] = []): boolean {
  const a = sorted(q.answer);
  const c = sorted(chosen);
  return c.length === a.length && c.every((x, i) => x === a[i]);
}

export function scoreQuiz(questions: readonly Question[], answers: readonly (readonly number[])[]): QuizScore {
  const corrections = questions.map((q, i) => {
    const chosen = sorted(answers[i] ?? []);
    return { questionId: q.id, correct: isCorrect(q, chosen), chosen, answer: sorted(q.answer), explanation: q.explanation };
  });
  const correct = corrections.filter((c) => c.correct).length;
  return { correct, total: questions.length, score: questions.length ? Math.round((correct / questions.length) * 100) : 0, corrections };
}
