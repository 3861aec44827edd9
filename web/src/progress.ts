/**
 * The learner's progress on a roadmap, kept by the API under stable concept ids: the concepts marked done
 * (PUT /progress/:conceptId) and the concepts whose quiz was attempted.
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from './api.js';

export function useProgress(roadmapId: string) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    api.progress(roadmapId).then(
      (p) => {
        if (!live) return;
        setDone(new Set(p.conceptsDone));
        setAttempted(new Set(p.quizAttempts.map((a) => a.conceptId)));
      },
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
  return { done, attempted, mark };
}
