import { and, eq, lt, or } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { signInDevices, users } from '../../db/schema/index.js';

export interface SignInDeviceRow {
  id: string;
  /** The email of the account the device signed in to. */
  email: string;
  expiresAt: Date;
}

export function createSignInDevicesRepo(db: DbOrTx) {
  const d = signInDevices;
  return {
    async findByTokenHash(tokenHash: string): Promise<SignInDeviceRow | undefined> {
      const [row] = await db
        .select({ id: d.id, email: users.email, expiresAt: d.expiresAt })
        .from(d)
        .innerJoin(users, eq(users.id, d.userId))
        .where(eq(d.tokenHash, tokenHash));
      return row;
    },

    /** Gives a known device its new token and a new expiry (the old token stops working). */
    async renew(id: string, tokenHash: string, signedInAt: Date, expiresAt: Date): Promise<void> {
      await db.update(d).set({ tokenHash, signedInAt, expiresAt }).where(eq(d.id, id));
    },

    async insert(row: typeof signInDevices.$inferInsert): Promise<void> {
      await db.insert(d).values(row);
    },

    /**
     * Forgets the device a browser's replaced cookie named (any account), and the user's devices
     * that have expired, so the table holds only cookies that can still be presented.
     */
    async forget(userId: string, replacedTokenHash: string | undefined, now: Date): Promise<void> {
      const expired = and(eq(d.userId, userId), lt(d.expiresAt, now));
      await db.delete(d).where(replacedTokenHash ? or(expired, eq(d.tokenHash, replacedTokenHash)) : expired);
    },
  };
}

export type SignInDevicesRepo = ReturnType<typeof createSignInDevicesRepo>;
