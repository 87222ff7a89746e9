import { inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { signInThrottle } from '../../db/schema/index.js';
import { TooManyRequestsError } from '../../lib/errors.js';

/**
 * Failed sign-ins are counted per account and per client address in the database, so every
 * server instance shares one allowance. After `limit` failures inside the window the key is
 * locked for the lock period; a success clears the account's counter.
 */
export interface ThrottleRule {
  readonly limit: number;
  readonly windowSeconds: number;
  readonly lockSeconds: number;
}

export const throttleRules = {
  account: { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  address: { limit: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>;

export function accountKey(email: string): string {
  return `account:${email}`;
}
export function addressKey(ip: string): string {
  return `address:${ip}`;
}

export function createSignInThrottle(db: DbOrTx) {
  return {
    /** Throws 429 with Retry-After when any of the keys is locked. */
    async assertAllowed(keys: string[], now: Date): Promise<void> {
      const rows = await db
        .select({ lockedUntil: signInThrottle.lockedUntil })
        .from(signInThrottle)
        .where(inArray(signInThrottle.key, keys));
      const waits = rows
        .map((r) => (r.lockedUntil ? (r.lockedUntil.getTime() - now.getTime()) / 1000 : 0))
        .filter((s) => s > 0);
      if (waits.length > 0) throw new TooManyRequestsError(Math.max(...waits));
    },

    async recordFailure(key: string, rule: ThrottleRule, now: Date): Promise<void> {
      const lockUntil = new Date(now.getTime() + rule.lockSeconds * 1000);
      // Raw parameters are sent as ISO text with an explicit cast: both drivers agree on that.
      const windowStart = sql`${new Date(now.getTime() - rule.windowSeconds * 1000).toISOString()}::timestamptz`;
      const nowParam = sql`${now.toISOString()}::timestamptz`;
      const lockParam = sql`${lockUntil.toISOString()}::timestamptz`;
      const t = signInThrottle;
      // One statement, so concurrent failures on several instances cannot lose a count.
      await db
        .insert(t)
        .values({ key, failures: 1, windowStartedAt: now, lockedUntil: rule.limit <= 1 ? lockUntil : null })
        .onConflictDoUpdate({
          target: t.key,
          set: {
            failures: sql`case when ${t.windowStartedAt} < ${windowStart} then 1 else ${t.failures} + 1 end`,
            windowStartedAt: sql`case when ${t.windowStartedAt} < ${windowStart} then ${nowParam} else ${t.windowStartedAt} end`,
            lockedUntil: sql`case when ${t.windowStartedAt} >= ${windowStart} and ${t.failures} + 1 >= ${rule.limit} then ${lockParam} else ${t.lockedUntil} end`,
          },
        });
    },

    async clear(key: string): Promise<void> {
      await db.delete(signInThrottle).where(sql`${signInThrottle.key} = ${key}`);
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
