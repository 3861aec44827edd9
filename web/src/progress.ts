/**
 * Concepts the learner marked done, kept in localStorage under one key per roadmap and concept until the API
 * has progress endpoints.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'pathsmith:done:';
const keyOf = (roadmapId: string, conceptId: string) => `${PREFIX}${roadmapId}:${conceptId}`;

function load(roadmapId: string): Set<string> {
  const prefix = `${PREFIX}${roadmapId}:`;
  const done = new Set<string>();
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    if (key?.startsWith(prefix)) done.add(key.slice(prefix.length));
  }
  return done;
}

export function useProgress(roadmapId: string) {
  const [done, setDone] = useState(() => load(roadmapId));
  const mark = useCallback(
    (conceptId: string, isDone: boolean) => {
      if (isDone) window.localStorage.setItem(keyOf(roadmapId, conceptId), new Date().toISOString());
      else window.localStorage.removeItem(keyOf(roadmapId, conceptId));
      setDone(load(roadmapId));
    },
    [roadmapId],
  );
  return { done, mark };
}
