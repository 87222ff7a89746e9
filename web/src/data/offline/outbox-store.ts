import type { PlanCommand } from '@alongside/shared';
import { type OutboxEntry, offlineDb, type RefusalDetail } from './db.js';

/** The range of one person's entries in the `byUser` index, in queue order. */
function userRange(userId: string): IDBKeyRange {
  return IDBKeyRange.bound([userId, Number.NEGATIVE_INFINITY], [userId, Number.POSITIVE_INFINITY]);
}

/**
 * One signed-in person's outbox in IndexedDB. Every read names the user, so a different person
 * signing in on the same device never sees — or sends — someone else's queued commands.
 */
export class OutboxStore {
  constructor(readonly userId: string) {}

  /** Queues a command at the end of this person's outbox; durable once the promise resolves. */
  async add(input: {
    participantId: string;
    clientOpId: string;
    command: PlanCommand;
    atOneScreen?: true | undefined;
  }): Promise<OutboxEntry> {
    const db = await offlineDb();
    const tx = db.transaction('outbox', 'readwrite');
    // The last entry's order, read in the same transaction as the write: two tabs cannot take one place.
    const last = await tx.store.index('byUser').openCursor(userRange(this.userId), 'prev');
    const entry: OutboxEntry = {
      userId: this.userId,
      participantId: input.participantId,
      clientOpId: input.clientOpId,
      command: input.command,
      ...(input.atOneScreen ? { atOneScreen: true as const } : {}),
      order: (last?.value.order ?? 0) + 1,
      queuedAt: new Date().toISOString(),
      state: 'pending',
    };
    await tx.store.put(entry);
    await tx.done;
    return entry;
  }

  /** This person's entries in the order they were made (of one plan, when named). */
  async list(participantId?: string): Promise<OutboxEntry[]> {
    const db = await offlineDb();
    const all = await db.getAllFromIndex('outbox', 'byUser', userRange(this.userId));
    return participantId ? all.filter((e) => e.participantId === participantId) : all;
  }

  async count(): Promise<number> {
    const db = await offlineDb();
    return db.countFromIndex('outbox', 'byUser', userRange(this.userId));
  }

  /** The server acknowledged it (or the person let it go): it leaves the outbox. */
  async remove(clientOpId: string): Promise<void> {
    const db = await offlineDb();
    const tx = db.transaction('outbox', 'readwrite');
    const entry = await tx.store.get(clientOpId);
    if (entry?.userId === this.userId) await tx.store.delete(clientOpId);
    await tx.done;
  }

  /** Keeps a refused command for the person to see, with the server's reason. */
  async refuse(clientOpId: string, refusal: RefusalDetail): Promise<OutboxEntry | undefined> {
    const state = refusal.code === 'stale_version' ? 'conflict' : 'refused';
    return this.update(clientOpId, (e) => ({ ...e, state, refusal }));
  }

  /**
   * Puts a conflict or refused command back in the queue as a new operation (the first one was
   * not applied, so it gets a fresh id), at the end, possibly changed (e.g. the newer version).
   */
  async requeue(clientOpId: string, newClientOpId: string, command: PlanCommand): Promise<OutboxEntry | undefined> {
    const db = await offlineDb();
    const old = await db.get('outbox', clientOpId);
    if (!old || old.userId !== this.userId) return undefined;
    await this.remove(clientOpId);
    return this.add({
      participantId: old.participantId,
      clientOpId: newClientOpId,
      command,
      atOneScreen: old.atOneScreen,
    });
  }

  /** Signing out on a shared device: this person's outbox goes. */
  async clear(): Promise<void> {
    const db = await offlineDb();
    const tx = db.transaction('outbox', 'readwrite');
    for await (const cursor of tx.store.index('byUser').iterate(userRange(this.userId))) await cursor.delete();
    await tx.done;
  }

  private async update(clientOpId: string, change: (e: OutboxEntry) => OutboxEntry): Promise<OutboxEntry | undefined> {
    const db = await offlineDb();
    const tx = db.transaction('outbox', 'readwrite');
    const entry = await tx.store.get(clientOpId);
    if (!entry || entry.userId !== this.userId) {
      await tx.done;
      return undefined;
    }
    const next = change(entry);
    await tx.store.put(next);
    await tx.done;
    return next;
  }
}
