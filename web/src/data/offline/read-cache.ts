import type { Me } from '@alongside/shared';
import { type CachedRead, offlineDb } from './db.js';
import { OutboxStore } from './outbox-store.js';

/**
 * The signed-in person's own reads, kept for when there is no signal: their plan (with the
 * wellness plan and the resources saved to it) and the notes about them. Only ever written for
 * the person's own data (the pages decide), and every read names the user.
 */
export class ReadCache {
  constructor(readonly userId: string) {}

  async get<T>(
    key: string,
    parse: (value: unknown) => T | undefined,
  ): Promise<{ value: T; savedAt: string } | undefined> {
    const db = await offlineDb();
    const row = await db.get('reads', [this.userId, key]);
    if (!row) return undefined;
    const value = parse(row.value);
    return value === undefined ? undefined : { value, savedAt: row.savedAt };
  }

  async put(key: string, value: unknown): Promise<void> {
    const db = await offlineDb();
    const row: CachedRead = { userId: this.userId, key, value, savedAt: new Date().toISOString() };
    await db.put('reads', row);
  }

  async clear(): Promise<void> {
    const db = await offlineDb();
    const tx = db.transaction('reads', 'readwrite');
    for await (const cursor of tx.store.index('byUser').iterate(this.userId)) await cursor.delete();
    await tx.done;
  }
}

/** Remembers who is signed in, so a reload with no signal opens their app rather than sign-in. */
export async function rememberSignIn(me: Me): Promise<void> {
  const db = await offlineDb();
  await db.put('device', { key: 'signed-in', me, savedAt: new Date().toISOString() });
}

export async function lastSignIn(): Promise<Me | undefined> {
  const db = await offlineDb();
  return (await db.get('device', 'signed-in'))?.me;
}

export async function forgetSignIn(): Promise<void> {
  const db = await offlineDb();
  await db.delete('device', 'signed-in');
}

/** Signing out on a shared device: the person's outbox, their kept reads and the remembered sign-in go. */
export async function wipeUser(userId: string): Promise<void> {
  await Promise.all([new OutboxStore(userId).clear(), new ReadCache(userId).clear(), forgetSignIn()]);
}

/** How many of the person's commands have not reached the server (asked before signing out). */
export function unsentCount(userId: string): Promise<number> {
  return new OutboxStore(userId).count();
}
