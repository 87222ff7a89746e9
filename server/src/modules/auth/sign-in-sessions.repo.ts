import type { Language, Role } from '@alongside/shared';
import { and, desc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organisations, secondFactors, signInSessions, users } from '../../db/schema/index.js';

export interface SignInWithUser {
  id: string;
  userId: string;
  organisationId: string;
  lastSeenAt: Date;
  idleTimeoutSeconds: number;
  absoluteExpiresAt: Date;
  endedAt: Date | null;
  role: Role;
  name: string;
  language: Language;
  disabledAt: Date | null;
  secondFactorPending: boolean;
}

/** With what a request's access rules read: when each factor was last given, and the account's factors. */
export interface SignInForRequest extends SignInWithUser {
  createdAt: Date;
  secondFactorAt: Date | null;
  passwordAt: Date | null;
  hasSecondFactor: boolean;
  /** The organisation's "staff must use a second factor" rule is on. */
  staffRule: boolean;
}

/** A session and who it is: what `authenticate` and the live hub's heartbeat read. */
const withUser = {
  id: signInSessions.id,
  userId: signInSessions.userId,
  organisationId: signInSessions.organisationId,
  lastSeenAt: signInSessions.lastSeenAt,
  idleTimeoutSeconds: signInSessions.idleTimeoutSeconds,
  absoluteExpiresAt: signInSessions.absoluteExpiresAt,
  endedAt: signInSessions.endedAt,
  role: users.role,
  name: users.name,
  language: users.language,
  disabledAt: users.disabledAt,
  secondFactorPending: signInSessions.secondFactorPending,
};

export function createSignInSessionsRepo(db: DbOrTx) {
  const byTokenHash = db
    .select({
      ...withUser,
      createdAt: signInSessions.createdAt,
      secondFactorAt: signInSessions.secondFactorAt,
      passwordAt: signInSessions.passwordAt,
      hasSecondFactor: sql<boolean>`exists (select 1 from ${secondFactors} where ${secondFactors.userId} = ${users.id} and ${secondFactors.confirmedAt} is not null)`,
      staffRule: sql<boolean>`coalesce((${organisations.settings} ->> 'staffSecondFactor')::boolean, false)`,
    })
    .from(signInSessions)
    .innerJoin(users, eq(users.id, signInSessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(signInSessions.tokenHash, sql.placeholder('tokenHash')))
    .prepare('sign_in_session_by_token');

  return {
    async findByTokenHash(tokenHash: string): Promise<SignInForRequest | undefined> {
      const rows = await byTokenHash.execute({ tokenHash });
      return rows[0];
    },

    async findByIds(ids: string[]): Promise<SignInWithUser[]> {
      if (ids.length === 0) return [];
      return db
        .select(withUser)
        .from(signInSessions)
        .innerJoin(users, eq(users.id, signInSessions.userId))
        .where(inArray(signInSessions.id, ids));
    },

    async insert(row: typeof signInSessions.$inferInsert): Promise<{ id: string }> {
      const [created] = await db.insert(signInSessions).values(row).returning({ id: signInSessions.id });
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    /** The second factor was given: the sign-in is complete, and fresh for re-confirmation. */
    async markSecondFactor(id: string, at: Date): Promise<void> {
      await db
        .update(signInSessions)
        .set({ secondFactorPending: false, secondFactorAt: at })
        .where(eq(signInSessions.id, id));
    },

    async markPassword(id: string, at: Date): Promise<void> {
      await db.update(signInSessions).set({ passwordAt: at }).where(eq(signInSessions.id, id));
    },

    async setPasskeyChallenge(id: string, challenge: string, expiresAt: Date): Promise<void> {
      await db
        .update(signInSessions)
        .set({ passkeyChallenge: challenge, passkeyChallengeExpiresAt: expiresAt })
        .where(eq(signInSessions.id, id));
    },

    /** The challenge this sign-in was given, if still good — and forgotten, so it is answered once. */
    async takePasskeyChallenge(id: string, now: Date): Promise<string | null> {
      const [row] = await db
        .select({ c: signInSessions.passkeyChallenge, e: signInSessions.passkeyChallengeExpiresAt })
        .from(signInSessions)
        .where(eq(signInSessions.id, id));
      if (!row?.c) return null;
      const taken = await db
        .update(signInSessions)
        .set({ passkeyChallenge: null, passkeyChallengeExpiresAt: null })
        .where(and(eq(signInSessions.id, id), eq(signInSessions.passkeyChallenge, row.c)))
        .returning({ id: signInSessions.id });
      // Cleared only if unchanged since read: of two answers to one challenge, one wins.
      return taken.length > 0 && row.e && row.e > now ? row.c : null;
    },

    async touch(id: string, at: Date): Promise<void> {
      await db.update(signInSessions).set({ lastSeenAt: at }).where(eq(signInSessions.id, id));
    },

    /** `touch` for many sign-ins in one statement. */
    async touchMany(ids: string[], at: Date): Promise<void> {
      if (ids.length === 0) return;
      await db
        .update(signInSessions)
        .set({ lastSeenAt: at })
        .where(and(inArray(signInSessions.id, ids), isNull(signInSessions.endedAt)));
    },

    async end(id: string, userId: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(signInSessions)
        .set({ endedAt: at })
        .where(and(eq(signInSessions.id, id), eq(signInSessions.userId, userId), isNull(signInSessions.endedAt)))
        .returning({ id: signInSessions.id });
      return rows.length > 0;
    },

    /** Ends every sign-in of the account, but `keepId` (the one changing its password) when given. */
    async endAllForUser(userId: string, at: Date, keepId?: string): Promise<string[]> {
      const rows = await db
        .update(signInSessions)
        .set({ endedAt: at })
        .where(
          and(
            eq(signInSessions.userId, userId),
            isNull(signInSessions.endedAt),
            keepId ? ne(signInSessions.id, keepId) : undefined,
          ),
        )
        .returning({ id: signInSessions.id });
      return rows.map((r) => r.id);
    },

    async listActive(userId: string, now: Date) {
      return db
        .select({
          id: signInSessions.id,
          createdAt: signInSessions.createdAt,
          lastSeenAt: signInSessions.lastSeenAt,
          idleTimeoutSeconds: signInSessions.idleTimeoutSeconds,
          absoluteExpiresAt: signInSessions.absoluteExpiresAt,
          userAgent: signInSessions.userAgent,
        })
        .from(signInSessions)
        .where(
          and(
            eq(signInSessions.userId, userId),
            isNull(signInSessions.endedAt),
            gt(signInSessions.absoluteExpiresAt, now),
          ),
        )
        .orderBy(desc(signInSessions.lastSeenAt));
    },
  };
}

export type SignInSessionsRepo = ReturnType<typeof createSignInSessionsRepo>;
