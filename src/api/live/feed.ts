/**
 * One reader per roadmap per API process (DESIGN.md "Progress to clients"). Every event stream of a roadmap
 * subscribes to its feed: the feed alone follows the execution log through the stable (tx, pos) cursor, woken
 * by one notifier subscription, and renders each new row's SSE frame once for all its watchers. So the
 * database work and the memory of live streams grow with the roadmaps being watched, not with the watchers.
 *
 * A watcher joins in two steps, with no gap and no duplicate at the seam: it subscribes first (frames that
 * arrive meanwhile are held), replays the stored log after its own cursor — from the feed's memory when the feed
 * already holds every frame after that cursor (the roadmap is being watched; the first watcher's replay and the
 * feed's own reads are kept, up to RECENT_FRAMES), else from the database — then takes the held frames that lie
 * beyond what it replayed. Both read the same ordered stream, so every row reaches it
 * exactly once. When the run has ended and its outcome event has gone out, the feed sends `end` to everyone —
 * unless pieces of the finished roadmap are still being written (a regeneration, or an on-demand concept that
 * was just opened): then their events follow first, and the stream ends once none is left.
 */
import { isTerminal, type RoadmapStatus } from '../../domain/enums.js';
import { stableEventId } from '../../logsink/producer.js';
import type { Services } from '../../runtime.js';
import type { Queryable } from '../../store/db.js';
import { listStableLogsAfter, sentBefore, type StreamCursor } from '../../store/sql/execution-logs.js';
import { getRoadmap } from '../../store/sql/roadmaps.js';
import { hasUnfinishedPieces } from '../../store/sql/content.js';
import { PIECE_JOBS_CARRY } from '../../domain/lifecycle.js';
import { logEntry } from '../views.js';

/** Rows still in open transactions are held back by the cursor; look again soon after a wake-up finds none. */
const RECHECK_MS = 250;
/** Without notifications (a lost one, or none configured) a feed still advances at this pace. */
const IDLE_POLL_MS = 2000;
export const PAGE = 500;
/** Watchers served between two turns of the event loop while a page goes out. */
const FANOUT_SLICE = 100;
/** Frames a feed keeps, so a watcher joining a watched roadmap replays from memory, not with a query of its own. */
export const RECENT_FRAMES = 5000;
/**
 * Events of a run are all queued before its outcome is announced, but several logs workers (or one with
 * concurrency) may commit them out of order: after the outcome, a feed waits until no row has arrived for this
 * long before it ends. Later rows stay readable from /logs.
 */
const END_QUIET_MS = 1500;
/** The outcome event of a finished run should follow within seconds; if it never comes, end anyway. */
const OUTCOME_GRACE_MS = 10_000;

export interface Frame {
  cursor: StreamCursor;
  text: string;
}

/** What a feed needs of a watcher: where it is, and how to hand it frames and the ending. */
export interface Watcher {
  cursor: StreamCursor;
  /** Frames in cursor order; the watcher takes those beyond its own cursor. */
  deliver(frames: readonly Frame[]): void;
  end(status: RoadmapStatus): void;
  fail(code: string, message: string): void;
}

export function after(a: StreamCursor, b: StreamCursor): boolean {
  const ta = BigInt(a.tx);
  const tb = BigInt(b.tx);
  return ta !== tb ? ta > tb : BigInt(a.pos) > BigInt(b.pos);
}

export function frameOf(row: Awaited<ReturnType<typeof listStableLogsAfter>>[number]): Frame & { writtenAt: number } {
  return { cursor: { tx: row.tx, pos: row.pos }, writtenAt: row.written_at.getTime(), text: `id: ${row.tx}-${row.pos}\nevent: log\ndata: ${JSON.stringify(logEntry(row))}\n\n` };
}

type StoredFrame = ReturnType<typeof frameOf>;

/**
 * The stored log after `from`, page by page, as frames: what a watcher's replay and a feed's follow both read.
 * Each page starts after the last frame of the one before.
 */
export async function* storedFrames(db: Queryable, roadmapId: string, from: StreamCursor): AsyncGenerator<StoredFrame[]> {
  let cursor = from;
  for (;;) {
    const rows = await listStableLogsAfter(db, roadmapId, cursor, PAGE);
    if (rows.length === 0) return;
    const frames = rows.map(frameOf);
    yield frames;
    if (rows.length < PAGE) return;
    cursor = frames.at(-1)!.cursor;
  }
}

/** When the newest of these frames was written (0 for none). */
export function lastWrittenAt(frames: readonly StoredFrame[], since = 0): number {
  return frames.reduce((at, f) => Math.max(at, f.writtenAt), since);
}

class Feed {
  readonly watchers = new Set<Watcher>();
  private cursor: StreamCursor | null = null;
  /** The frames read so far, in order: every frame of the log after `recentSince`, up to `cursor`. */
  private recent: Frame[] = [];
  private recentSince: StreamCursor | null = null;
  private lastRowAt = 0;
  private pending = true;
  private running = false;
  private wake: (() => void) | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly deps: Services,
    readonly roadmapId: string,
    private readonly onIdle: () => void,
  ) {
    this.unsubscribe = deps.notifier.subscribe(roadmapId, () => this.poke());
  }

  /**
   * A watcher has replayed the stored log up to `cursor`. The first one starts the feed from there; a later one
   * only wakes it (the feed's own cursor may lag behind or run ahead; each watcher takes only rows beyond its own).
   */
  startAt(cursor: StreamCursor, lastRowAt: number, replayed?: { since: StreamCursor; frames: readonly Frame[] }): void {
    this.lastRowAt = Math.max(this.lastRowAt, lastRowAt);
    if (this.running) return this.poke();
    this.cursor = cursor;
    // The first watcher's replay is where the feed starts: what it read is the feed's memory of the log so far.
    if (replayed) {
      this.recentSince = replayed.since;
      this.remember(replayed.frames);
    } else {
      this.recentSince = cursor;
    }
    this.running = true;
    void this.run();
  }

  /**
   * The frames after `cursor` from memory, when the feed has every one of them (it runs, and remembers from
   * `cursor` or earlier); otherwise null, and the watcher reads them from the database. Called right after the
   * watcher joined, before any await, so nothing is delivered between the two.
   */
  framesAfter(cursor: StreamCursor): Frame[] | null {
    if (!this.running || this.recentSince === null || after(this.recentSince, cursor)) return null;
    let i = this.recent.length;
    while (i > 0 && after(this.recent[i - 1]!.cursor, cursor)) i--;
    return this.recent.slice(i);
  }

  private remember(frames: readonly Frame[]): void {
    this.recent.push(...frames);
    const over = this.recent.length - RECENT_FRAMES;
    if (over > 0) this.recentSince = this.recent.splice(0, over).at(-1)!.cursor;
  }

  /** The last watcher left: a running feed stops at its next wake-up, one that never started at once. */
  leftEmpty(): void {
    if (this.running) this.poke();
    else this.close();
  }

  poke(): void {
    this.pending = true;
    this.wake?.();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(t);
        resolve();
      };
    });
  }

  /**
   * A page of frames to every watcher, one write each; every FANOUT_SLICE watchers the event loop is let go, so
   * thousands of streams of one roadmap do not hold up other requests while a page goes out. A watcher that
   * joins meanwhile is not missed: its own replay reads these rows, which are committed.
   */
  private async broadcast(frames: readonly Frame[]): Promise<void> {
    let n = 0;
    for (const w of [...this.watchers]) {
      w.deliver(frames);
      if (++n % FANOUT_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  private async run(): Promise<void> {
    try {
      while (this.watchers.size > 0) {
        if (!this.pending) await this.sleep(IDLE_POLL_MS);
        this.pending = false;
        // The status before the rows: if it is terminal now, every event of the run is committed (the outcome
        // commits before its event is emitted), so the rows read after it are complete.
        const row = await getRoadmap(this.deps.pool, this.roadmapId);
        for await (const frames of storedFrames(this.deps.pool, this.roadmapId, this.cursor!)) {
          this.cursor = frames.at(-1)!.cursor;
          this.remember(frames);
          this.lastRowAt = lastWrittenAt(frames, this.lastRowAt);
          await this.broadcast(frames);
        }
        if (row && isTerminal(row.status) && (await this.announced(row.job_seq, row.finished_at ?? row.updated_at)) && !(await this.piecesInFlight(row.status))) {
          if (Date.now() - this.lastRowAt >= END_QUIET_MS) {
            for (const w of this.watchers) w.end(row.status);
            break;
          }
        }
        if (!this.pending) await this.sleep(RECHECK_MS);
      }
    } catch (err) {
      this.deps.logger.warn({ err, roadmapId: this.roadmapId }, 'live feed failed; its streams end with an error event');
      for (const w of this.watchers) w.fail('DEPENDENCY_UNAVAILABLE', 'The live feed stopped; reconnect to resume after the last event received.');
    } finally {
      this.watchers.clear();
      this.close();
    }
  }

  /** The run's outcome event (its id derives from the roadmap and the run) has gone out, or never will. */
  /** Pieces of a finished roadmap still pending or generating, each carried by its piece job. */
  private async piecesInFlight(status: RoadmapStatus): Promise<boolean> {
    return (PIECE_JOBS_CARRY as readonly RoadmapStatus[]).includes(status) && hasUnfinishedPieces(this.deps.pool, this.roadmapId);
  }

  private async announced(jobSeq: number, finishedAt: Date): Promise<boolean> {
    if (await sentBefore(this.deps.pool, stableEventId(this.roadmapId, `outcome-${jobSeq}`), this.cursor!)) return true;
    return Date.now() - finishedAt.getTime() > OUTCOME_GRACE_MS;
  }

  close(): void {
    this.unsubscribe();
    this.wake?.();
    this.onIdle();
  }
}

/** The feeds of one process, one per roadmap being watched; a feed goes when its last watcher leaves. */
export class Feeds {
  private readonly feeds = new Map<string, Feed>();

  constructor(private readonly deps: Services) {}

  get watched(): number {
    return this.feeds.size;
  }

  /**
   * Subscribes `w` to the roadmap's feed at once — it must hold what arrives while it replays the stored log —
   * and returns `ready`, to call with where its replay ended, and `leave`.
   */
  join(
    roadmapId: string,
    w: Watcher,
  ): {
    /** The stored frames after `cursor`, if the feed already holds them all (a roadmap others are watching). */
    framesAfter(cursor: StreamCursor): Frame[] | null;
    /** The replay ended at `cursor`; with what it read (from `since`), so a feed starting here remembers it. */
    ready(cursor: StreamCursor, lastRowAt: number, replayed?: { since: StreamCursor; frames: readonly Frame[] }): void;
    leave(): void;
  } {
    let feed = this.feeds.get(roadmapId);
    if (!feed) {
      const created = new Feed(this.deps, roadmapId, () => {
        if (this.feeds.get(roadmapId) === created) this.feeds.delete(roadmapId);
      });
      this.feeds.set(roadmapId, (feed = created));
    }
    const joined = feed;
    joined.watchers.add(w);
    return {
      framesAfter: (cursor) => joined.framesAfter(cursor),
      ready: (cursor, lastRowAt, replayed) => joined.startAt(cursor, lastRowAt, replayed),
      leave: () => {
        if (joined.watchers.delete(w) && joined.watchers.size === 0) joined.leftEmpty();
      },
    };
  }
}
