import type { MigrationBuilder } from 'node-pg-migrate';

export function up(pgm: MigrationBuilder): void {
  pgm.sql(`
    -- What became of a rejection, written by the content worker once the repair it asked for is validated:
    -- the provider, the parts of the feedback applied and not applied, and the changes found by diffing the
    -- outlines. NULL for an approval, and for a rejection whose repair has not finished yet.
    ALTER TABLE reviews ADD COLUMN outcome jsonb;
  `);
}

export function down(pgm: MigrationBuilder): void {
  pgm.sql(`ALTER TABLE reviews DROP COLUMN outcome;`);
}
