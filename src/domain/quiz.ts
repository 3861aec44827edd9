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

export function scoreQuiz(questions: readonly Question[], answers: readonly (readonly number[])[]): QuizScore {
  const corrections = questions.map((q, i) => {
    const chosen = [...new Set(answers[i] ?? [])].sort((a, b) => a - b);
    const answer = [...q.answer].sort((a, b) => a - b);
    const correct = chosen.length === answer.length && chosen.every((c, j) => c === answer[j]);
    return { questionId: q.id, correct, chosen, answer, explanation: q.explanation };
  });
  const correct = corrections.filter((c) => c.correct).length;
  return { correct, total: questions.length, score: questions.length ? Math.round((correct / questions.length) * 100) : 0, corrections };
}
