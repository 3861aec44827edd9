import type { MigrationBuilder } from 'node-pg-migrate';

// Frozen history: this file states the values as they were when it was written, and never imports live
// modules. test/store/schema.test.ts checks that the constraints still match src/domain/enums.ts.
const STATUSES = `'queued', 'running', 'awaiting_review', 'completed', 'partial', 'failed', 'cancelled'`;
const STEPS = `'queued', 'intent_analysis', 'outline', 'validation', 'repair', 'review', 'content', 'done'`;
const LEVELS = `'debug', 'info', 'warn', 'error'`;
const CATEGORIES = `'workflow', 'agent', 'llm', 'content', 'api'`;
const ANONYMOUS_USER_ID = '00000000-0000-4000-8000-000000000000';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    CREATE TABLE users (
      id           uuid PRIMARY KEY,
      email        text UNIQUE,
      display_name text NOT NULL DEFAULT '',
      created_at   timestamptz NOT NULL DEFAULT now()
    );
    -- Until accounts land, every roadmap belongs to this user; ownership checks then become one hook.
    INSERT INTO users (id, display_name) VALUES ('${ANONYMOUS_USER_ID}', 'anonymous');

    CREATE TABLE api_keys (
      id          uuid PRIMARY KEY,
      user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      key_hash    text NOT NULL UNIQUE,
      created_at  timestamptz NOT NULL DEFAULT now(),
      revoked_at  timestamptz
    );

    CREATE TABLE roadmaps (
      id               uuid PRIMARY KEY,
      owner_id         uuid NOT NULL REFERENCES users(id),
      status           text NOT NULL DEFAULT 'queued' CHECK (status IN (${STATUSES})),
      step             text NOT NULL DEFAULT 'queued' CHECK (step IN (${STEPS})),
      request          jsonb NOT NULL,
      outline          jsonb,
      error            jsonb,
      idempotency_key  text,
      request_hash     text NOT NULL,
      request_id       text,
      attempts         integer NOT NULL DEFAULT 0,
      created_at       timestamptz NOT NULL DEFAULT now(),
      updated_at       timestamptz NOT NULL DEFAULT now(),
      started_at       timestamptz,
      finished_at      timestamptz,
      UNIQUE (owner_id, idempotency_key)
    );
    CREATE INDEX roadmaps_owner_newest ON roadmaps (owner_id, created_at DESC, id DESC);
    CREATE INDEX roadmaps_newest ON roadmaps (created_at DESC, id DESC);
    -- The sweeper looks for queued rows whose job may be missing (rule 1); keep that scan small.
    CREATE INDEX roadmaps_queued ON roadmaps (created_at) WHERE status = 'queued';

    -- The output of each workflow step; a redelivered job skips every step that has one.
    CREATE TABLE step_checkpoints (
      roadmap_id  uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      key         text NOT NULL,
      step        text NOT NULL CHECK (step IN (${STEPS})),
      output      jsonb NOT NULL,
      duration_ms integer NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (roadmap_id, key)
    );

    -- No foreign key to roadmaps: the logs worker writes tens of thousands of rows a second and a log line
    -- must never be rejected because its roadmap row is not yet visible to this transaction.
    CREATE TABLE execution_logs (
      id          uuid PRIMARY KEY,
      roadmap_id  uuid NOT NULL,
      seq         bigint NOT NULL,
      level       text NOT NULL CHECK (level IN (${LEVELS})),
      category    text NOT NULL CHECK (category IN (${CATEGORIES})),
      step        text CHECK (step IN (${STEPS})),
      agent       text,
      concept_id  text,
      message     text NOT NULL,
      details     jsonb,
      duration_ms integer,
      request_id  text,
      created_at  timestamptz NOT NULL,
      written_at  timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX execution_logs_roadmap_seq ON execution_logs (roadmap_id, seq, id);
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`DROP TABLE execution_logs, step_checkpoints, roadmaps, api_keys, users;`);
}
