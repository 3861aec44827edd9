/** The concepts the learner marked done, kept by the API (PUT /progress/:conceptId) under stable concept ids. */
import { useCallback, useEffect, useState } from 'react';
import { api } from './api.js';

export function useProgress(roadmapId: string) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    api.progress(roadmapId).then(
      (p) => live && setDone(new Set(p.conceptsDone)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [roadmapId]);
  const mark = useCallback(
    (conceptId: string, isDone: boolean) => {
      // Optimistic: the tick shows at once; a failed save puts it back.
      const apply = (value: boolean) =>
        setDone((prev) => {
          const next = new Set(prev);
          if (value) next.add(conceptId);
          else next.delete(conceptId);
          return next;
        });
      apply(isDone);
      api.setDone(roadmapId, conceptId, isDone).catch(() => apply(!isDone));
    },
    [roadmapId],
  );
  return { done, mark };
}
