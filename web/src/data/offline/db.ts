import type { Me, PlanCommand } from '@alongside/shared';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/** What the server said when it refused a queued command (the nack's error, with its status). */
export interface RefusalDetail {
  status: number;
  code: string;
  message: string;
  field?: string | undefined;
  /** On a 409 `stale_version`: the item as it is now. */
  current?: unknown;
}

/**
 * One plan command in the outbox: made by `userId` on `participantId`'s plan, kept until the
 * server acknowledges it. `order` is its place in that person's queue; `clientOpId` stays the
 * same on every re-send, so the server applies it once however often it arrives.
 */
export interface OutboxEntry {
  userId: string;
  participantId: string;
  clientOpId: string;
  command: PlanCommand;
  atOneScreen?: true;
  order: number;
  queuedAt: string;
  /** pending: waiting to be sent; conflict: met newer text (the person chooses); refused: the server said no. */
  state: 'pending' | 'conflict' | 'refused';
  refusal?: RefusalDetail;
}

/** A read kept for offline use: the signed-in person's own data, as of `savedAt`. */
export interface CachedRead {
  userId: string;
  key: string;
  value: unknown;
  savedAt: string;
}

/** Who was signed in on this device last, so a reload with no signal still knows whose data to show. */
export interface DeviceSignIn {
  key: 'signed-in';
  me: Me;
  savedAt: string;
}

interface OfflineSchema extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { byUser: [string, number] } };
  reads: { key: [string, string]; value: CachedRead; indexes: { byUser: string } };
  device: { key: string; value: DeviceSignIn };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

const dbName = 'alongside-offline';
let opening: Promise<OfflineDb> | undefined;

/** The one offline database, opened on first use. */
export function offlineDb(): Promise<OfflineDb> {
  opening ??= openDB<OfflineSchema>(dbName, 1, {
    upgrade(db) {
      // Keyed by user: every read of the outbox or the cache names whose it is.
      const outbox = db.createObjectStore('outbox', { keyPath: 'clientOpId' });
      outbox.createIndex('byUser', ['userId', 'order']);
      const reads = db.createObjectStore('reads', { keyPath: ['userId', 'key'] });
      reads.createIndex('byUser', 'userId');
      db.createObjectStore('device', { keyPath: 'key' });
    },
  });
  return opening;
}

/** Forgets the open connection (tests delete the database between cases). */
export function closeOfflineDb(): void {
  void opening?.then((db) => db.close());
  opening = undefined;
}
