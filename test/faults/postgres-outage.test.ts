/**
 * PostgreSQL stopped for 20 s in the middle of a run (queues on Redis): half the batch is generating content,
 * half is in its workflow steps. An outage is a transient fault: work waits and retries it without spending
 * the content attempts (issue 9, item 3), so every roadmap completes once the database is back.
 */
import { describeFaults } from '../helpers/fault-suite.js';

describeFaults('PostgreSQL outage mid-run (Redis queues)', {}, [
  { fault: 'postgres-20s', then: 'every roadmap completes once it is back' },
]);
