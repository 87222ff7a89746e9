import type { CommandResult, PlanCommand } from '@alongside/shared';
import { ApiError } from '../api-error.js';
import type { OutboxEntry, RefusalDetail } from './db.js';
import type { OutboxStore } from './outbox-store.js';
import { Pacer } from './sync-loop.js';

/** How the outbox reaches the server: the live plan's socket, when subscribed. */
export interface OutboxTransport {
  /** Sends one command; false when the socket is not ready (it goes on the next `resume`). */
  send(entry: Pick<OutboxEntry, 'clientOpId' | 'command' | 'atOneScreen'>): boolean;
}

interface Waiter {
  resolve: (result: CommandResult) => void;
  reject: (error: ApiError) => void;
}

/**
 * Sends one plan's outbox, in order, one command at a time: the next goes once the server has
 * answered the one before, so the server applies them in the order they were made. A command
 * stays in IndexedDB until acknowledged; every re-send (after a drop, a reload, a 503) carries
 * the same client operation id, so it is applied once.
 *
 * Whoever sent a command while connected waits for its answer (and handles a refusal as before);
 * a command queued with no connection, or restored after a reload, has nobody waiting, so a
 * refusal stays in the outbox for the person to see (a conflict to settle, or a reason).
 */
export class OutboxSync {
  entries: OutboxEntry[] = [];
  private readonly waiters = new Map<string, Waiter>();
  private inFlight: string | undefined;
  private ready = false;
  private retryTimer: number | undefined;
  private readonly pacer = new Pacer();

  constructor(
    readonly store: OutboxStore,
    private readonly participantId: string,
    private readonly transport: OutboxTransport,
    private readonly changed: () => void,
  ) {}

  get pending(): OutboxEntry[] {
    return this.entries.filter((e) => e.state === 'pending');
  }

  /** Reads this plan's entries (after a reload, or signing in again) and sends what is pending. */
  async load(): Promise<void> {
    const stored = await this.store.list(this.participantId);
    const known = new Set(this.entries.map((e) => e.clientOpId));
    this.entries = [...this.entries, ...stored.filter((e) => !known.has(e.clientOpId))].sort(
      (a, b) => a.order - b.order,
    );
    this.changed();
    this.pump();
  }

  /**
   * Queues a command durably, then sends it in turn. Connected: resolves with the server's answer
   * (or rejects with its refusal). Not connected: resolves once it is safely queued.
   */
  async enqueue(clientOpId: string, command: PlanCommand, atOneScreen?: true): Promise<CommandResult | undefined> {
    const entry = await this.store.add({ participantId: this.participantId, clientOpId, command, atOneScreen });
    this.entries.push(entry);
    this.changed();
    if (!this.ready) return undefined;
    const answer = new Promise<CommandResult>((resolve, reject) => this.waiters.set(clientOpId, { resolve, reject }));
    this.pump();
    return answer;
  }

  /** The socket is subscribed: send from the head of the queue (the one in flight again, same id). */
  resume(): void {
    this.ready = true;
    this.inFlight = undefined;
    this.pump();
  }

  /** The connection dropped: nobody waits at a busy button; the queue keeps everything. */
  pause(): void {
    this.ready = false;
    this.inFlight = undefined;
    window.clearTimeout(this.retryTimer);
    for (const [id, w] of this.waiters) {
      this.waiters.delete(id);
      w.resolve({ seq: 0, ids: [] });
    }
  }

  /** An ack for one of ours: it leaves the outbox; returns its waiter's resolve, if any. */
  acked(clientOpId: string): ((result: CommandResult) => void) | undefined | false {
    const entry = this.entries.find((e) => e.clientOpId === clientOpId);
    if (!entry) return false;
    this.entries = this.entries.filter((e) => e !== entry);
    if (this.inFlight === clientOpId) this.inFlight = undefined;
    const waiter = this.waiters.get(clientOpId);
    this.waiters.delete(clientOpId);
    // Removed from IndexedDB before the next goes: a reload in between re-sends nothing acknowledged.
    void this.store.remove(clientOpId).then(() => this.pump());
    this.changed();
    return waiter?.resolve;
  }

  /** A nack for one of ours; false when it was not ours. */
  nacked(clientOpId: string, refusal: RefusalDetail): boolean {
    const entry = this.entries.find((e) => e.clientOpId === clientOpId);
    if (!entry) return false;
    if (this.inFlight === clientOpId) this.inFlight = undefined;
    if (refusal.status === 503) {
      // The server could not save it just now: the same id again shortly.
      this.retryLater(2000);
      return true;
    }
    const waiter = this.waiters.get(clientOpId);
    this.waiters.delete(clientOpId);
    if (waiter) {
      // Someone is looking at the form that sent it: it shows the refusal, as it always did.
      this.entries = this.entries.filter((e) => e !== entry);
      void this.store.remove(clientOpId).then(() => this.pump());
      waiter.reject(new ApiError(refusal));
    } else {
      const state = refusal.code === 'stale_version' ? 'conflict' : 'refused';
      this.entries = this.entries.map((e) => (e === entry ? { ...e, state, refusal } : e));
      void this.store.refuse(clientOpId, refusal).then(() => this.pump());
    }
    this.changed();
    return true;
  }

  /** The server dropped a message for going too fast: the one in flight goes again a little later. */
  rateLimited(): void {
    this.inFlight = undefined;
    this.retryLater(1500);
  }

  /** Puts a settled entry back in the queue (as a new operation), e.g. "keep mine" or "try again". */
  async requeue(entry: OutboxEntry, clientOpId: string, command: PlanCommand): Promise<void> {
    const next = await this.store.requeue(entry.clientOpId, clientOpId, command);
    this.entries = this.entries.filter((e) => e.clientOpId !== entry.clientOpId);
    if (next) this.entries.push(next);
    this.changed();
    this.pump();
  }

  /** The person let a conflict or refusal go: it leaves the outbox, and nothing is sent. */
  async dismiss(entry: OutboxEntry): Promise<void> {
    await this.store.remove(entry.clientOpId);
    this.entries = this.entries.filter((e) => e.clientOpId !== entry.clientOpId);
    this.changed();
  }

  stop(): void {
    this.pause();
  }

  private retryLater(ms: number): void {
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => this.pump(), ms);
  }

  /** Sends the first pending entry when nothing is in flight. */
  pump(): void {
    if (!this.ready || this.inFlight) return;
    const next = this.entries.find((e) => e.state === 'pending');
    if (!next) return;
    const wait = this.pacer.take();
    if (wait > 0) {
      this.retryLater(wait);
      return;
    }
    if (this.transport.send(next)) this.inFlight = next.clientOpId;
  }
}
