/**
 * SQL for what quotas count, per user: roadmaps requested in the last 24 hours (forks are free: they cost no
 * generation), roadmaps generating now, and LLM tokens this calendar month (UTC).
 */
import type { Queryable } from '../db.js';

export interface UsageCounts {
  roadmapsToday: number;
  /** When the oldest roadmap of the last 24 hours was requested: the daily quota frees a slot 24 h after it. */
  oldestToday: Date | null;
  activeRoadmaps: number;
  tokensThisMonth: number;
}

/** A roadmap is generating while it is running, or queued and admitted to the queue. */
const ACTIVE = `(status = 'running' OR (status = 'queued' AND admitted_at IS NOT NULL))`;

export async function usageOf(db: Queryable, userIds: readonly string[]): Promise<Map<string, UsageCounts>> {
  const { rows } = await db.query<{ user_id: string; today: number; oldest: Date | null; active: number; tokens: string }>(
    `SELECT u.id AS user_id,
       (SELECT count(*)::int FROM roadmaps r WHERE r.owner_id = u.id AND r.forked_from IS NULL AND r.created_at > now() - interval '24 hours') AS today,
       (SELECT min(r.created_at) FROM roadmaps r WHERE r.owner_id = u.id AND r.forked_from IS NULL AND r.created_at > now() - interval '24 hours') AS oldest,
       (SELECT count(*)::int FROM roadmaps r WHERE r.owner_id = u.id AND ${ACTIVE}) AS active,
       (SELECT coalesce(sum(l.prompt_tokens + l.completion_tokens), 0)::text FROM llm_usage l JOIN roadmaps r ON r.id = l.roadmap_id
         WHERE r.owner_id = u.id AND l.created_at >= date_trunc('month', now(), 'UTC')) AS tokens
     FROM unnest($1::uuid[]) AS u(id)`,
    [userIds],
  );
  return new Map(rows.map((r) => [r.user_id, { roadmapsToday: r.today, oldestToday: r.oldest, activeRoadmaps: r.active, tokensThisMonth: Number(r.tokens) }]));
}

/**
 * Admits the owner's held roadmaps (queued, no job yet), oldest first, while they have free generation slots;
 * `activeLimit` 0 means no limit. Run it with the owner's row locked (`lockUser`), so two admissions of one
 * user are serialised. Returns the admitted rows, whose jobs the caller enqueues.
 */
export async function admitHeld(db: Queryable, ownerId: string, activeLimit: number): Promise<Array<{ id: string; request_id: string | null; job_seq: number }>> {
  const { rows } = await db.query<{ id: string; request_id: string | null; job_seq: number }>(
    `WITH free AS (
       SELECT CASE WHEN $2::int = 0 THEN NULL ELSE greatest(0, $2::int - (SELECT count(*) FROM roadmaps WHERE owner_id = $1 AND ${ACTIVE})) END AS n),
     next AS (
       SELECT id FROM roadmaps WHERE owner_id = $1 AND status = 'queued' AND admitted_at IS NULL
       ORDER BY created_at, id LIMIT (SELECT n FROM free))
     UPDATE roadmaps r SET admitted_at = now() FROM next WHERE r.id = next.id
     RETURNING r.id, r.request_id, r.job_seq`,
    [ownerId, activeLimit],
  );
  return rows;
}

/** Owners with held roadmaps, for the reconciler's admission round (a finish whose admission was lost). */
export async function ownersWithHeld(db: Queryable, limit: number): Promise<string[]> {
  const { rows } = await db.query<{ owner_id: string }>(
    `SELECT DISTINCT owner_id FROM roadmaps WHERE status = 'queued' AND admitted_at IS NULL LIMIT $1`,
    [limit],
  );
  return rows.map((r) => r.owner_id);
}
