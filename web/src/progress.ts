/**
 * The learner's progress on a roadmap, kept by the API under stable concept ids: the concepts marked done
 * (PUT /progress/:conceptId), the concepts whose quiz was attempted, and from spaced review each concept's
 * mastery and whether it has cards due today (by the review page's horizon, so both agree).
 */
import { useCallback, useEffect, useState } from 'react';
import { api } from './api.js';
import { reviewHorizon } from './plan.js';

export function useProgress(roadmapId: string) {
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<string>>(new Set());
  const [mastery, setMastery] = useState<ReadonlyMap<string, number>>();
  const [due, setDue] = useState<ReadonlySet<string>>();
  useEffect(() => {
    let live = true;
    api.progress(roadmapId, reviewHorizon()).then(
      (p) => {
        if (!live) return;
        setDone(new Set(p.conceptsDone));
        setAttempted(new Set(p.quizAttempts.map((a) => a.conceptId)));
        setMastery(new Map(p.mastery.map((m) => [m.conceptId, m.mastery])));
        setDue(new Set(p.mastery.filter((m) => m.due > 0).map((m) => m.conceptId)));
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
  return { done, attempted, mastery, due, mark };
}
