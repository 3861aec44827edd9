import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- When a roadmap's content is written, stored with its request (resolved from the server's default when the
    -- request named none): eager, every concept once the outline is final; on_demand, a concept when it is first
    -- opened. Requests stored before this have none and were eager.
    ALTER TABLE roadmaps ADD CONSTRAINT roadmaps_content_mode
      CHECK ((request->>'content') IS NULL OR (request->>'content') IN ('eager', 'on_demand'));
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`ALTER TABLE roadmaps DROP CONSTRAINT roadmaps_content_mode;`);
}
