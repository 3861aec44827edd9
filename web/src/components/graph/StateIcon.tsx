/** A small mark per concept state, so the states differ by shape as well as by colour. */
import type { ReactNode } from 'react';
import type { ConceptState } from '../../graph/status.js';

const MARKS: Record<ConceptState, ReactNode> = {
  done: <path d="M4.5 8.2 7 10.6 11.5 5.6" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />,
  in_progress: <path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" />,
  due: <path d="M8 4.5v3.8l2.4 1.5" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />,
  ready: null,
  waiting: <path d="M5.6 7.4h4.8v3.8H5.6zM6.5 7.4V6a1.5 1.5 0 0 1 3 0v1.4" fill="none" stroke="currentColor" strokeWidth="1.2" />,
};

export function StateIcon({ state }: { state: ConceptState }) {
  const filled = state === 'done' || state === 'due';
  return (
    <svg className={`state-icon st-${state}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" strokeDasharray={state === 'waiting' ? '2.2 1.8' : undefined} />
      {MARKS[state]}
    </svg>
  );
}
