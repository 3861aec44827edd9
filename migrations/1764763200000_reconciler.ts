import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- One elected instance runs each background duty (the reconciler, log retention). A lease row with an
    -- expiry elects it: unlike a session advisory lock it works through PgBouncer in transaction mode, and a
    -- holder that dies simply stops renewing, so another takes over once the lease expires.
    CREATE TABLE leases (
      name        text PRIMARY KEY,
      holder      text NOT NULL,
      expires_at  timestamptz NOT NULL
    );

    -- The reconciler reads the roadmaps that must have live work (queued or running); keep that scan small.
    DROP INDEX roadmaps_queued;
    CREATE INDEX roadmaps_expecting_work ON roadmaps (updated_at) WHERE status IN ('queued', 'running');
    -- And the pieces still waiting for a job, to find regenerations whose job was lost.
    CREATE INDEX concept_content_unfinished ON concept_content (updated_at) WHERE status IN ('pending', 'generating');
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`
    DROP INDEX concept_content_unfinished;
    DROP INDEX roadmaps_expecting_work;
    CREATE INDEX roadmaps_queued ON roadmaps (created_at) WHERE status = 'queued';
    DROP TABLE leases;
  `);
}
