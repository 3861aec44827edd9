import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- A stable cursor for live readers. Rows are read in (tx, pos) order, and only rows whose transaction is
    -- older than every transaction still running (tx < pg_snapshot_xmin): no row can later appear before a
    -- cursor that was handed out, so a replay that turns into a live feed has no gap and no duplicate.
    ALTER TABLE execution_logs
      ADD COLUMN pos bigserial,
      ADD COLUMN tx xid8 NOT NULL DEFAULT pg_current_xact_id();
    CREATE INDEX execution_logs_roadmap_tx_pos ON execution_logs (roadmap_id, tx, pos);

    -- Rows a batch could not store (after the batch was split to isolate them), with the reason.
    CREATE TABLE execution_logs_dead (
      id          bigserial PRIMARY KEY,
      event       jsonb NOT NULL,
      error       text NOT NULL,
      created_at  timestamptz NOT NULL DEFAULT now()
    );
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`DROP TABLE execution_logs_dead; ALTER TABLE execution_logs DROP COLUMN tx, DROP COLUMN pos;`);
}
