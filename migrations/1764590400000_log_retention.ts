import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  // Retention deletes the oldest rows in small batches; this index finds them without a scan.
  pgm.sql(`CREATE INDEX execution_logs_created_at ON execution_logs (created_at);`);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`DROP INDEX execution_logs_created_at;`);
}
