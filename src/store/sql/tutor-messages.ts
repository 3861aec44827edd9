/** SQL for `tutor_messages`: a concept's tutor conversation, per learner, in order. */
import type { TutorMessageStatus, TutorRole } from '../../domain/enums.js';
import type { LlmUsage } from '../../domain/usage.js';
import type { Queryable } from '../db.js';
import { insertUsage } from './usage.js';

export interface TutorMessageRow {
  id: string;
  role: TutorRole;
  content: string;
  status: TutorMessageStatus;
  error_code: string | null;
  tokens: number;
  created_at: Date;
}

export interface ConversationKey {
  roadmapId: string;
  conceptId: string;
  userId: string;
}

const COLUMNS = 'id::text, role, content, status, error_code, tokens, created_at';

export async function insertLearnerMessage(db: Queryable, k: ConversationKey, content: string): Promise<TutorMessageRow> {
  const { rows } = await db.query<TutorMessageRow>(
    `INSERT INTO tutor_messages (roadmap_id, concept_id, user_id, role, content, status)
     VALUES ($1, $2, $3, 'learner', $4, 'complete') RETURNING ${COLUMNS}`,
    [k.roadmapId, k.conceptId, k.userId, content],
  );
  return rows[0]!;
}

/** The tutor's answer and what it cost; run it in a transaction, so neither is ever stored without the other. */
export async function insertTutorAnswer(
  db: Queryable,
  k: ConversationKey,
  a: { content: string; status: TutorMessageStatus; errorCode: string | null; usage: LlmUsage },
): Promise<TutorMessageRow> {
  const tokens = a.usage.promptTokens + a.usage.completionTokens;
  const { rows } = await db.query<TutorMessageRow>(
    `INSERT INTO tutor_messages (roadmap_id, concept_id, user_id, role, content, status, error_code, tokens)
     VALUES ($1, $2, $3, 'tutor', $4, $5, $6, $7) RETURNING ${COLUMNS}`,
    [k.roadmapId, k.conceptId, k.userId, a.content, a.status, a.errorCode, tokens],
  );
  if (tokens > 0) await insertUsage(db, a.usage);
  return rows[0]!;
}

/** The newest `limit` messages of a conversation, oldest first. */
export async function conversation(db: Queryable, k: ConversationKey, limit: number): Promise<TutorMessageRow[]> {
  const { rows } = await db.query<TutorMessageRow>(
    `SELECT ${COLUMNS} FROM (
       SELECT * FROM tutor_messages WHERE roadmap_id = $1 AND concept_id = $2 AND user_id = $3
       ORDER BY id DESC LIMIT $4) newest
     ORDER BY newest.id`,
    [k.roadmapId, k.conceptId, k.userId, limit],
  );
  return rows;
}
