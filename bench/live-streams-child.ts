/**
 * Child process: the live-streams measurement (bench/live-streams.ts), reported over IPC. It runs in a fresh
 * process because its 2,000 watchers and its load generator share one event loop and heap: in the long-lived
 * benchmark process, the garbage of the earlier sections made the generator's own pauses show up as the API's
 * read latency.
 */
import { measureLiveStreams } from './live-streams.js';

const result = await measureLiveStreams();
process.send?.({ result }, () => process.exit(0));
