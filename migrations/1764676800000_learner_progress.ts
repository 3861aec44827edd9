import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- The learner's own progress, keyed by the stable concept ids, so it survives repairs and regeneration.
    CREATE TABLE concept_progress (
      owner_id    uuid NOT NULL REFERENCES users(id),
      roadmap_id  uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      concept_id  text NOT NULL,
      done        boolean NOT NULL,
      updated_at  timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (owner_id, roadmap_id, concept_id)
    );

    CREATE TABLE quiz_attempts (
      id            bigserial PRIMARY KEY,
      owner_id      uuid NOT NULL REFERENCES users(id),
      roadmap_id    uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      concept_id    text NOT NULL,
      quiz_version  integer NOT NULL,
      answers       jsonb NOT NULL,
      correct       integer NOT NULL,
      total         integer NOT NULL,
      score         integer NOT NULL CHECK (score BETWEEN 0 AND 100),
      created_at    timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX quiz_attempts_roadmap ON quiz_attempts (roadmap_id, owner_id, created_at);
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`DROP TABLE quiz_attempts, concept_progress;`);
}
