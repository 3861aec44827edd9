import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- The outline's version: every learner edit and module regeneration is a conditional UPDATE on it
    -- (WHERE outline_version = the base the edit was made on), so of two edits on one base exactly one wins.
    ALTER TABLE roadmaps ADD COLUMN outline_version integer NOT NULL DEFAULT 1;
    -- Concepts removed from the outline: their progress, quiz attempts, review cards and pieces stay stored
    -- under their ids, hidden from the outline's readers, and their review cards do not come due.
    ALTER TABLE roadmaps ADD COLUMN hidden_concepts text[] NOT NULL DEFAULT '{}';

    -- Every change to an outline after it was final: who made it, when, from which version to which, and
    -- what (the operations asked for, or the module regenerated) with the changes found by diffing.
    CREATE TABLE outline_edits (
      roadmap_id   uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      from_version integer NOT NULL,
      to_version   integer NOT NULL,
      user_id      uuid REFERENCES users(id) ON DELETE SET NULL,
      kind         text NOT NULL CHECK (kind IN ('edit', 'regenerate_module')),
      operations   jsonb NOT NULL,
      changes      jsonb NOT NULL,
      created_at   timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (roadmap_id, to_version)
    );

    -- A module's regeneration, asked for by the learner and done by the content worker; the reconciler
    -- re-creates the job of one still pending whose job the queue no longer has.
    CREATE TABLE module_regenerations (
      id           uuid PRIMARY KEY,
      roadmap_id   uuid NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
      module_id    text NOT NULL,
      user_id      uuid REFERENCES users(id) ON DELETE SET NULL,
      instructions text NOT NULL,
      status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'failed')),
      result       jsonb,
      created_at   timestamptz NOT NULL DEFAULT now(),
      updated_at   timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX module_regenerations_pending ON module_regenerations (updated_at) WHERE status = 'pending';
    CREATE INDEX module_regenerations_roadmap ON module_regenerations (roadmap_id, created_at);
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`
    DROP TABLE module_regenerations;
    DROP TABLE outline_edits;
    ALTER TABLE roadmaps DROP COLUMN hidden_concepts;
    ALTER TABLE roadmaps DROP COLUMN outline_version;
  `);
}
