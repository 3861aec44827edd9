/** Due review counts per roadmap, fetched once for a whole page (never one request per roadmap). */
import { useEffect, useState } from 'react';
import { api } from './api.js';
import { reviewHorizon } from './plan.js';
import { useSession } from './session.js';

export function useDueCounts(): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const { mode, me } = useSession();
  // Nobody logged in (accounts mode): there is nothing of theirs to count, and asking would only be refused.
  const caller = mode === 'local' ? 'local' : (me?.id ?? null);
  useEffect(() => {
    if (caller === null) {
      setCounts(new Map());
      return;
    }
    let live = true;
    api.dueReviews(reviewHorizon(), 0).then(
      (d) => live && setCounts(new Map(d.byRoadmap.map((r) => [r.roadmapId, r.due]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [caller]);
  return counts;
}
