/**
 * PostgreSQL stopped for 90 s in the middle of a run (queues on Redis): longer than every retry budget of
 * today's jobs and well inside the transient-retry window (TRANSIENT_RETRY_WINDOW_MS, 10 minutes). Every
 * roadmap completes once the database is back. A file of its own, so each file stays within CI's pace.
 */
import { describeFaults } from '../helpers/fault-suite.js';

describeFaults('a long PostgreSQL outage mid-run (Redis queues)', {}, [
  { fault: 'postgres-90s', then: 'every roadmap completes once it is back' },
]);
