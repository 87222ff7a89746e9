/**
 * Group commit for the plan executor. On this kind of machine a round trip to PostgreSQL costs far
 * more than the SQL it carries, so commands that arrive while others are being saved wait a moment
 * and are then saved together, in one transaction with few round trips (see `runTogether` in
 * plan.executor.ts). Under light load every command goes at once, alone; under heavy load batches
 * grow by themselves, which is when sharing round trips pays.
 *
 * Ordering: a plan's commands keep their order. A plan has at most one command in a batch and one
 * batch being saved at a time, and its commands join batches in the order they arrived. That also
 * keeps two batches from ever waiting on each other's plan locks.
 */

export interface GroupCommitOptions {
  /** Batches being saved at once, each on its own connection. */
  readonly maxInFlight: number;
  /** Commands in one batch at most. */
  readonly maxBatch: number;
}

const defaults: GroupCommitOptions = { maxInFlight: 2, maxBatch: 32 };

export interface GroupCommitStats {
  batches: number;
  commands: number;
  largestBatch: number;
}

interface Waiting<J, R> {
  readonly job: J;
  resolve(value: R): void;
  reject(reason: unknown): void;
}

/**
 * Queues jobs and hands them to `settle` in batches. `settle` must answer one settled result per
 * job, in order, and never reject.
 */
export function createGroupCommit<J extends { participantId: string }, R>(
  settle: (jobs: J[]) => Promise<PromiseSettledResult<R>[]>,
  options: Partial<GroupCommitOptions> = {},
) {
  const { maxInFlight, maxBatch } = { ...defaults, ...options };
  let queue: Waiting<J, R>[] = [];
  /** Plans with commands in a batch being saved. */
  const saving = new Set<string>();
  let inFlight = 0;
  const stats: GroupCommitStats = { batches: 0, commands: 0, largestBatch: 0 };

  /** The next batch: waiting jobs in arrival order, skipping (and keeping) those of plans being saved. */
  function takeBatch(): Waiting<J, R>[] {
    const batch: Waiting<J, R>[] = [];
    const left: Waiting<J, R>[] = [];
    // Once one of a plan's commands stays behind, its later ones stay too: order is kept.
    const held = new Set<string>();
    // A batch holds one command per plan: its handlers run side by side.
    const taken = new Set<string>();
    for (const w of queue) {
      const plan = w.job.participantId;
      if (batch.length < maxBatch && !saving.has(plan) && !held.has(plan) && !taken.has(plan)) {
        batch.push(w);
        taken.add(plan);
      } else {
        left.push(w);
        held.add(plan);
      }
    }
    queue = left;
    for (const w of batch) saving.add(w.job.participantId);
    return batch;
  }

  function finish(batch: Waiting<J, R>[], results: PromiseSettledResult<R>[]): void {
    inFlight--;
    for (const w of batch) saving.delete(w.job.participantId);
    batch.forEach((w, i) => {
      const r = results[i];
      if (r?.status === 'fulfilled') w.resolve(r.value);
      else w.reject(r ? r.reason : new Error('no result for a batched command'));
    });
    pump();
  }

  function pump(): void {
    while (inFlight < maxInFlight && queue.length > 0) {
      const batch = takeBatch();
      if (batch.length === 0) return;
      inFlight++;
      stats.batches++;
      stats.commands += batch.length;
      stats.largestBatch = Math.max(stats.largestBatch, batch.length);
      settle(batch.map((w) => w.job)).then(
        (results) => finish(batch, results),
        (error: unknown) =>
          finish(
            batch,
            batch.map(() => ({ status: 'rejected', reason: error })),
          ),
      );
    }
  }

  return {
    submit(job: J): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ job, resolve, reject });
        pump();
      });
    },
    stats: (): GroupCommitStats => ({ ...stats }),
  };
}
