/**
 * Each role SIGKILLed in the middle of a run and started again: the API (requests in flight are lost, stored
 * rows are not), the content worker (its jobs are taken over once their locks expire) and the logs worker (its
 * batches are redelivered). Every roadmap completes, once, with nothing lost — on Redis queues, and the
 * content worker's case again on the PostgreSQL queue backend, whose stalled-job handling is its own.
 */
import { describeFaults } from '../helpers/fault-suite.js';

describeFaults('a role SIGKILLed mid-run (Redis queues)', {}, [
  { fault: 'kill-api', then: 'every roadmap completes' },
  { fault: 'kill-content', then: 'every roadmap completes' },
  { fault: 'kill-logs', then: 'every roadmap completes' },
]);

describeFaults('a role SIGKILLed mid-run (queues on PostgreSQL)', { backend: 'postgres' }, [
  { fault: 'kill-content', then: 'every roadmap completes' },
]);
