/** The largest quota values there are (settings and admin overrides alike); 0 means no limit. */
export const QUOTA_MAX = {
  roadmapsPerDay: 1_000_000,
  activeRoadmaps: 10_000,
  /** A trillion tokens: far beyond any budget, well inside the bigint column. */
  tokensPerMonth: 1_000_000_000_000,
} as const;
