import { and, eq, gte, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { signInThrottle } from '../../db/schema/index.js';
import { TooManyRequestsError } from '../../lib/errors.js';

/**
 * Sign-in attempts are counted in the database, so every server instance shares one allowance.
 * An attempt takes its place in each of its keys' allowances *before* the password is checked, in
 * one statement per key, so simultaneous guesses cannot all slip past the count. A failure that
 * spends the allowance locks the key for the lock period; a success gives places back.
 */
export interface ThrottleRule {
  readonly limit: number;
  readonly windowSeconds: number;
  readonly lockSeconds: number;
}

export const throttleRules = {
  /** An account, for browsers that have not signed in to it before. */
  account: { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  /** One browser that has signed in to the account before (it has a device cookie). */
  device: { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  address: { limit: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const satisfies Record<string, ThrottleRule>;

/**
 * What a success does to a key: `clear` forgives its failures (the owner has shown they know the
 * password); `refund` only gives back the success's own place, so signing in to one's own account
 * cannot reset an address that is guessing at others.
 */
export type OnSuccess = 'clear' | 'refund';

export interface ThrottleKey {
  readonly key: string;
  readonly rule: ThrottleRule;
  readonly onSuccess: OnSuccess;
}

export function accountKey(email: string): ThrottleKey {
  return { key: `account:${email}`, rule: throttleRules.account, onSuccess: 'clear' };
}
export function deviceKey(deviceId: string): ThrottleKey {
  return { key: `device:${deviceId}`, rule: throttleRules.device, onSuccess: 'clear' };
}
export function addressKey(ip: string): ThrottleKey {
  return { key: `address:${ip}`, rule: throttleRules.address, onSuccess: 'refund' };
}

/** An admitted attempt: say how it ended, once. */
export interface Attempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

// Raw parameters are sent as ISO text with an explicit cast: both drivers agree on that.
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const secondsAfter = (date: Date, seconds: number) => new Date(date.getTime() + seconds * 1000);

export function createSignInThrottle(db: DbOrTx) {
  const t = signInThrottle;

  /**
   * Takes one place in the key's allowance and says whether it got one. A single upsert: the
   * database row lock orders simultaneous attempts (on every instance), and an attempt that finds
   * the key locked or spent changes nothing and returns no row.
   */
  async function reserve({ key, rule }: ThrottleKey, now: Date): Promise<boolean> {
    const nowParam = at(now);
    const windowOver = sql`${t.windowStartedAt} < ${at(secondsAfter(now, -rule.windowSeconds))}`;
    const taken = await db
      .insert(t)
      .values({ key, failures: 1, windowStartedAt: now, lockedUntil: null })
      .onConflictDoUpdate({
        target: t.key,
        set: {
          failures: sql`case when ${windowOver} then 1 else ${t.failures} + 1 end`,
          windowStartedAt: sql`case when ${windowOver} then ${nowParam} else ${t.windowStartedAt} end`,
          lockedUntil: sql`case when ${windowOver} then null else ${t.lockedUntil} end`,
        },
        setWhere: sql`(${t.lockedUntil} is null or ${t.lockedUntil} <= ${nowParam}) and (${windowOver} or ${t.failures} < ${rule.limit})`,
      })
      .returning({ key: t.key });
    return taken.length > 0;
  }

  /** Until the lock lifts, or else until the window ends (its places are taken by attempts in flight). */
  async function secondsUntilFree({ key, rule }: ThrottleKey, now: Date): Promise<number> {
    const [row] = await db
      .select({ lockedUntil: t.lockedUntil, windowStartedAt: t.windowStartedAt })
      .from(t)
      .where(eq(t.key, key));
    if (!row) return 1;
    const until =
      row.lockedUntil && row.lockedUntil > now
        ? row.lockedUntil
        : secondsAfter(row.windowStartedAt, rule.windowSeconds);
    return (until.getTime() - now.getTime()) / 1000;
  }

  async function refund(key: string): Promise<void> {
    await db
      .update(t)
      .set({ failures: sql`greatest(${t.failures} - 1, 0)` })
      .where(eq(t.key, key));
  }

  async function clear(key: string): Promise<void> {
    await db.delete(t).where(eq(t.key, key));
  }

  /** A failure that leaves no place in the allowance locks the key. */
  async function lockIfSpent({ key, rule }: ThrottleKey, now: Date): Promise<void> {
    await db
      .update(t)
      .set({ lockedUntil: secondsAfter(now, rule.lockSeconds) })
      .where(and(eq(t.key, key), gte(t.failures, rule.limit)));
  }

  /**
   * Forgets keys whose window ended long ago and whose lock has lifted: such a row counts for
   * nothing (the next attempt would start afresh), and without this every address and email ever
   * tried would stay in the table. At most once a minute per process, so a burst of attempts does
   * not delete over and over.
   */
  let purgedAt = Number.NEGATIVE_INFINITY;
  async function purgeStale(now: Date): Promise<void> {
    if (now.getTime() - purgedAt < 60_000) return;
    purgedAt = now.getTime();
    const longestWindow = Math.max(...Object.values(throttleRules).map((r) => r.windowSeconds));
    await db
      .delete(t)
      .where(
        and(
          lt(t.windowStartedAt, secondsAfter(now, -2 * longestWindow)),
          or(isNull(t.lockedUntil), lte(t.lockedUntil, now)),
        ),
      );
  }

  return {
    /**
     * Admits one attempt against every key, or throws 429 with Retry-After and gives back the
     * places it took: an attempt refused by one key does not use up the others.
     */
    async admit(keys: readonly ThrottleKey[], now: Date): Promise<Attempt> {
      await purgeStale(now);
      const taken: ThrottleKey[] = [];
      for (const key of keys) {
        if (await reserve(key, now)) {
          taken.push(key);
          continue;
        }
        const wait = await secondsUntilFree(key, now);
        for (const k of taken) await refund(k.key);
        throw new TooManyRequestsError(wait);
      }
      return {
        async failed() {
          for (const k of keys) await lockIfSpent(k, now);
        },
        async succeeded() {
          for (const k of keys) await (k.onSuccess === 'clear' ? clear(k.key) : refund(k.key));
        },
      };
    },
  };
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>;
