/**
 * Group commit for the request path: concurrent requests are gathered and written together — one statement,
 * one commit, one bulk enqueue for all of them — and each is answered when its own part is done.
 *
 * A batch starts on the next turn of the event loop after its first item, so a lone request waits for nothing
 * but that turn. While `maxInFlight` batches are being written, new items gather for the next one (at most
 * `maxBatch`): under load, batches grow with the round-trip time, and the database and queue see a few large
 * writes instead of many small ones.
 *
 * `run` answers each item, in order, with its result or the error that item alone gets. If it throws, the whole
 * batch shares that failure when it is the dependency being away (the database, the queue); any other error
 * may belong to one item, so the items are run again one by one and only the item that fails alone fails.
 */
import { isDependencyUnavailable } from '../dependency-errors.js';

export interface GroupCommitOptions {
  maxBatch: number;
  maxInFlight: number;
}

interface Pending<In, Out> {
  item: In;
  resolve(out: Out): void;
  reject(err: unknown): void;
}

export class GroupCommit<In, Out> {
  private pending: Array<Pending<In, Out>> = [];
  private inFlight = 0;
  private scheduled = false;
  readonly stats = { batches: 0, items: 0, largest: 0 };

  constructor(
    private readonly run: (items: In[]) => Promise<Array<Out | Error>>,
    private readonly opts: GroupCommitOptions,
  ) {}

  submit(item: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.opts.maxInFlight || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.startBatch();
    });
  }

  private startBatch(): void {
    if (this.inFlight >= this.opts.maxInFlight || this.pending.length === 0) return;
    const batch = this.pending.splice(0, this.opts.maxBatch);
    this.inFlight++;
    this.stats.batches++;
    this.stats.items += batch.length;
    this.stats.largest = Math.max(this.stats.largest, batch.length);
    void this.write(batch).finally(() => {
      this.inFlight--;
      this.schedule();
    });
    // More than one batch's worth waiting, and room for another batch: start it too.
    this.schedule();
  }

  private async write(batch: Array<Pending<In, Out>>): Promise<void> {
    try {
      settle(batch, await this.run(batch.map((p) => p.item)));
    } catch (err) {
      if (batch.length === 1 || isDependencyUnavailable(err)) {
        for (const p of batch) p.reject(err);
        return;
      }
      for (const p of batch) {
        try {
          settle([p], await this.run([p.item]));
        } catch (alone) {
          p.reject(alone);
        }
      }
    }
  }
}

function settle<In, Out>(batch: Array<Pending<In, Out>>, results: Array<Out | Error>): void {
  if (results.length !== batch.length) throw new Error(`a group commit answered ${results.length} of ${batch.length} items`);
  batch.forEach((p, i) => {
    const r = results[i]!;
    if (r instanceof Error) p.reject(r);
    else p.resolve(r);
  });
}
