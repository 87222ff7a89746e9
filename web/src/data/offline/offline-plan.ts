import { type CommandResult, type PlanCommand, type PlanSnapshot, zPlanSnapshot } from '@alongside/shared';
import { keepMine } from './conflicts.js';
import type { OutboxEntry, RefusalDetail } from './db.js';
import { OutboxStore } from './outbox-store.js';
import { OutboxSync, type OutboxTransport } from './outbox-sync.js';
import { ReadCache } from './read-cache.js';
import { SyncTriggers } from './sync-loop.js';

const planKey = (participantId: string) => `plan:${participantId}`;

/**
 * What makes a person's own plan work with no signal: the plan kept in IndexedDB as of the last
 * sync (shown when the network is not there), the durable outbox and what triggers its sending.
 * Only ever made for the signed-in participant's own plan; a specialist's screens need a
 * connection and keep nothing.
 */
export class OfflinePlan {
  readonly outbox: OutboxSync;
  /** When what is shown last came from the server (ISO); the offline notice says so. */
  syncedAt: string | undefined;
  private readonly cache: ReadCache;
  private readonly triggers: SyncTriggers;
  private saveTimer: number | undefined;
  private latest: PlanSnapshot | undefined;

  constructor(
    readonly userId: string,
    readonly participantId: string,
    transport: OutboxTransport,
    private readonly changed: () => void,
    poke: () => void,
  ) {
    this.outbox = new OutboxSync(new OutboxStore(userId), participantId, transport, changed);
    this.cache = new ReadCache(userId);
    this.triggers = new SyncTriggers(() => {
      poke();
      this.outbox.pump();
    });
  }

  /** Starts: the triggers, the stored outbox; answers the plan as last saved, if any. */
  async start(): Promise<PlanSnapshot | undefined> {
    this.triggers.start();
    const [cached] = await Promise.all([
      this.cache.get(planKey(this.participantId), (v) => {
        const parsed = zPlanSnapshot.safeParse(v);
        return parsed.success ? parsed.data : undefined;
      }),
      this.outbox.load(),
    ]);
    if (cached && !this.syncedAt) this.syncedAt = cached.savedAt;
    this.changed();
    return cached?.value;
  }

  stop(): void {
    this.triggers.stop();
    this.outbox.stop();
    // Not flushed: leaving may be signing out, which wipes what was kept; the next visit syncs anyway.
    window.clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }

  /** The plan changed from the server: keep it (a moment later, so a burst of events writes once). */
  synced(plan: PlanSnapshot): void {
    this.syncedAt = new Date().toISOString();
    this.latest = plan;
    if (this.saveTimer === undefined) this.saveTimer = window.setTimeout(() => this.flush(), 300);
  }

  send(clientOpId: string, command: PlanCommand, atOneScreen?: true): Promise<CommandResult | undefined> {
    return this.outbox.enqueue(clientOpId, command, atOneScreen);
  }

  nacked(clientOpId: string, refusal: RefusalDetail): boolean {
    return this.outbox.nacked(clientOpId, refusal);
  }

  /** "Keep mine": the person saw both versions and chose their own words. */
  async keepMine(entry: OutboxEntry, clientOpId: string): Promise<void> {
    const command = keepMine(entry);
    if (command) await this.outbox.requeue(entry, clientOpId, command);
  }

  /** "Try again": a refused command goes once more, as a new operation. */
  async retry(entry: OutboxEntry, clientOpId: string): Promise<void> {
    await this.outbox.requeue(entry, clientOpId, entry.command);
  }

  /** "Keep theirs" or "dismiss": the queued command is let go, having been seen. */
  dismiss(entry: OutboxEntry): Promise<void> {
    return this.outbox.dismiss(entry);
  }

  private flush(): void {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (this.latest) void this.cache.put(planKey(this.participantId), this.latest);
  }
}
