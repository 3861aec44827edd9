/** Due review counts per roadmap, fetched once for a whole page (never one request per roadmap). */
import { useEffect, useState } from 'react';
import { api } from './api.js';
import { reviewHorizon } from './plan.js';

export function useDueCounts(): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
  useEffect(() => {
    let live = true;
    api.dueReviews(reviewHorizon(), 0).then(
      (d) => live && setCounts(new Map(d.byRoadmap.map((r) => [r.roadmapId, r.due]))),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return counts;
}
