import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- The concept tutor's conversations, one row per message. The learner's message is stored before the tutor
    -- is asked; the tutor's when its answer ends: complete, partial (the learner left while it streamed) or
    -- failed (the LLM failed mid-way; error_code says why). tokens: what the answer cost (prompt + completion,
    -- also counted in llm_usage for the token quota); 0 on a learner's message.
    CREATE TABLE tutor_messages (
      id          bigserial PRIMARY KEY,
      roadmap_id  uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      concept_id  text NOT NULL,
      user_id     uuid NOT NULL REFERENCES users(id),
      role        text NOT NULL CHECK (role IN ('learner', 'tutor')),
      content     text NOT NULL,
      status      text NOT NULL CHECK (status IN ('complete', 'partial', 'failed')),
      error_code  text,
      tokens      integer NOT NULL DEFAULT 0,
      created_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX tutor_messages_conversation ON tutor_messages (roadmap_id, concept_id, user_id, id);
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`DROP TABLE tutor_messages;`);
}
