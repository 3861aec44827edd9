/**
 * Redis SIGKILLed mid-run and started again on the same port. Without persistence it comes back empty: every
 * job, lock and log batch in it is gone, and the reconciler must re-create the work PostgreSQL says is due
 * (issue 9, item 4). With an append-only file fsynced on every write it comes back with its jobs, and the
 * workers carry on. Either way every roadmap completes.
 */
import { describeFaults } from '../helpers/fault-suite.js';

describeFaults('Redis restarted without its data', { redisAppendOnly: false }, [
  { fault: 'redis-data-lost', then: 'every roadmap completes (lost jobs are re-created)' },
]);

describeFaults('Redis with AOF restarted', { redisAppendOnly: true }, [
  { fault: 'redis-aof', then: 'every roadmap completes' },
]);
