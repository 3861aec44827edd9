/** A labelled form field with an optional hint and its problem; the control inside names them in aria-describedby. */
import type { ReactNode } from 'react';
import type { Problem } from '../logic.js';
import { ProblemText } from './Problem.js';

/** The ids a field's control points to with aria-describedby: its hint, and its problem when it has one. */
export function describedBy(id: string, { hint, problem }: { hint?: unknown; problem?: Problem }): string | undefined {
  return [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

export function Field({ id, label, hint, problem, children }: { id: string; label: string; hint?: string; problem?: Problem; children: ReactNode }) {
  return (
    <div className={problem ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <ProblemText problem={problem} id={`${id}-error`} />
    </div>
  );
}
