/**
 * Prompt cancellation: every job registers an AbortController under its roadmap; one timer per process asks
 * the database which of those roadmaps were cancelled and aborts their controllers, which aborts in-flight LLM
 * calls. One query per interval, whatever the number of jobs, and it works the same on both queue backends.
 */
import type { Pool } from '../store/db.js';
import { cancelledAmong } from '../store/sql/roadmaps.js';
import type { Logger } from '../telemetry/logger.js';

export class RoadmapCancelled extends Error {
  constructor(readonly roadmapId: string) {
    super(`roadmap ${roadmapId} was cancelled`);
    this.name = 'RoadmapCancelled';
  }
}

export class CancellationWatcher {
  private readonly active = new Map<string, Set<AbortController>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: Pool,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  /** A controller for one job's work on a roadmap, aborted on cancel or after `timeoutMs`. */
  track(roadmapId: string, timeoutMs: number): { signal: AbortSignal; release(): void } {
    const controller = new AbortController();
    let set = this.active.get(roadmapId);
    if (!set) this.active.set(roadmapId, (set = new Set()));
    set.add(controller);
    this.start();
    const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(timeoutMs)]);
    return {
      signal,
      release: () => {
        set.delete(controller);
        if (set.size === 0) this.active.delete(roadmapId);
      },
    };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (this.active.size === 0) return;
    try {
      for (const id of await cancelledAmong(this.pool, [...this.active.keys()])) {
        for (const c of this.active.get(id) ?? []) c.abort(new RoadmapCancelled(id));
      }
    } catch (err) {
      this.logger.warn({ err }, 'cancellation check failed; will try again');
    }
  }
}
