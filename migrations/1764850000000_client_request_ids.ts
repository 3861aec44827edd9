import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- request_id is the server's own id of a request (unique); the client's X-Request-Id, when it sent a safe
    -- one, is kept beside it. Clients reuse ids, so nothing may assume this column unique.
    ALTER TABLE roadmaps ADD COLUMN client_request_id text;
    ALTER TABLE execution_logs ADD COLUMN client_request_id text;
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`ALTER TABLE execution_logs DROP COLUMN client_request_id; ALTER TABLE roadmaps DROP COLUMN client_request_id;`);
}
