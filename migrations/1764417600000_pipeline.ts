import type { MigrationBuilder } from 'node-pg-migrate';

// Frozen history: literal values, never imports of live modules (see 1764331200000_initial.ts).
const KINDS = `'tutorial', 'resources', 'quiz'`;
const PIECE_STATUSES = `'pending', 'generating', 'completed', 'failed'`;

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- Each (re)start of a roadmap's work gets a new job generation, so its job ids are new (a finished job's id
    -- is retained by the queue for a while, and re-adding it would be a no-op).
    ALTER TABLE roadmaps ADD COLUMN job_seq integer NOT NULL DEFAULT 0;

    -- The single source of truth for content (DESIGN.md rule 6): one row per concept, kind and version.
    -- The current piece of a concept and kind is its highest version; older versions are kept.
    CREATE TABLE concept_content (
      roadmap_id    uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      concept_id    text NOT NULL,
      kind          text NOT NULL CHECK (kind IN (${KINDS})),
      version       integer NOT NULL CHECK (version >= 1),
      status        text NOT NULL DEFAULT 'pending' CHECK (status IN (${PIECE_STATUSES})),
      body          jsonb,
      error         jsonb,
      attempts      integer NOT NULL DEFAULT 0,
      instructions  text,
      created_at    timestamptz NOT NULL DEFAULT now(),
      updated_at    timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (roadmap_id, concept_id, kind, version)
    );

    -- Every review round: the learner's decision, their feedback and the outline they saw.
    CREATE TABLE reviews (
      roadmap_id  uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      round       integer NOT NULL CHECK (round >= 1),
      approved    boolean NOT NULL,
      feedback    text,
      outline     jsonb NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (roadmap_id, round),
      CHECK (approved OR length(trim(feedback)) > 0)
    );

    -- Tokens and estimated cost of every LLM call, per roadmap and task.
    CREATE TABLE llm_usage (
      id                 bigserial PRIMARY KEY,
      roadmap_id         uuid NOT NULL,
      task               text NOT NULL,
      provider           text NOT NULL,
      model              text NOT NULL,
      prompt_tokens      integer NOT NULL,
      completion_tokens  integer NOT NULL,
      cost_usd           numeric(12, 6) NOT NULL,
      duration_ms        integer NOT NULL,
      attempts           integer NOT NULL,
      created_at         timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX llm_usage_roadmap ON llm_usage (roadmap_id);
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`DROP TABLE llm_usage, reviews, concept_content; ALTER TABLE roadmaps DROP COLUMN job_seq;`);
}
