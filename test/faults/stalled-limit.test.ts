/**
 * A content job that BullMQ fails for good on its stalled limit (its worker SIGKILLed three times while on it;
 * maxStalledCount is 2). Our failure path must still run (issue 9, item 2): that concept's pieces are failed
 * with a reason, its lane goes on, and the roadmap ends `partial` (or `failed`) with the reason stored — never
 * left `running`. Every other roadmap completes.
 */
import { describeFaults } from '../helpers/fault-suite.js';

describeFaults('a content job failed on its stalled limit', {}, [
  { fault: 'stalled-limit', then: 'its roadmap ends partial with the reason stored, the others complete' },
]);
