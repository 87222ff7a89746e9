import { staffRoles } from '@alongside/shared';
import { and, asc, count, eq, inArray, isNotNull, isNull, notExists, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { backupCodes, secondFactorResets, secondFactors, users } from '../../db/schema/index.js';

export type SecondFactorRow = typeof secondFactors.$inferSelect;

/** Second factors, backup codes and admin resets of one account; every query names the account. */
export function createSecondFactorsRepo(db: DbOrTx) {
  const f = secondFactors;
  return {
    /** The organisation's staff with no confirmed method: the ones its rule sends to enrolment. */
    async staffWithout(organisationId: string): Promise<string[]> {
      const confirmed = db
        .select({ one: sql`1` })
        .from(f)
        .where(and(eq(f.userId, users.id), isNotNull(f.confirmedAt)));
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(
          and(eq(users.organisationId, organisationId), inArray(users.role, [...staffRoles]), notExists(confirmed)),
        );
      return rows.map((r) => r.id);
    },

    async listConfirmed(userId: string): Promise<SecondFactorRow[]> {
      return db
        .select()
        .from(f)
        .where(and(eq(f.userId, userId), isNotNull(f.confirmedAt)))
        .orderBy(asc(f.createdAt), asc(f.id));
    },

    async find(userId: string, id: string): Promise<SecondFactorRow | undefined> {
      const [row] = await db
        .select()
        .from(f)
        .where(and(eq(f.userId, userId), eq(f.id, id)));
      return row;
    },

    async findPasskey(userId: string, credentialId: string): Promise<SecondFactorRow | undefined> {
      const [row] = await db
        .select()
        .from(f)
        .where(and(eq(f.userId, userId), eq(f.credentialId, credentialId), isNotNull(f.confirmedAt)));
      return row;
    },

    async insert(row: typeof f.$inferInsert): Promise<SecondFactorRow> {
      const [created] = await db.insert(f).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    /** Confirms a TOTP enrolment with the step its first code used (that code is then spent). */
    async confirmTotp(
      userId: string,
      id: string,
      at: Date,
      step: number,
      label: string,
    ): Promise<SecondFactorRow | undefined> {
      const [row] = await db
        .update(f)
        .set({ confirmedAt: at, totpLastStep: step, label })
        .where(and(eq(f.userId, userId), eq(f.id, id), eq(f.kind, 'totp'), isNull(f.confirmedAt)))
        .returning();
      return row;
    },

    /**
     * Spends a TOTP step: succeeds only if the step is later than the last one used, in one
     * statement, so a code (or an older one) replayed — even at the same moment — is refused.
     */
    async useTotpStep(id: string, step: number, at: Date): Promise<boolean> {
      const rows = await db
        .update(f)
        .set({ totpLastStep: step, lastUsedAt: at })
        .where(and(eq(f.id, id), sql`coalesce(${f.totpLastStep}, -1) < ${step}`))
        .returning({ id: f.id });
      return rows.length > 0;
    },

    async usePasskey(id: string, signCount: number, at: Date): Promise<void> {
      await db.update(f).set({ signCount, lastUsedAt: at }).where(eq(f.id, id));
    },

    /** Enrolments started and never finished: a new start replaces them. */
    async removeUnconfirmed(userId: string): Promise<void> {
      await db.delete(f).where(and(eq(f.userId, userId), isNull(f.confirmedAt)));
    },

    async remove(userId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(f)
        .where(and(eq(f.userId, userId), eq(f.id, id)))
        .returning({ id: f.id });
      return rows.length > 0;
    },

    async removeAll(userId: string): Promise<number> {
      const rows = await db.delete(f).where(eq(f.userId, userId)).returning({ id: f.id });
      await db.delete(backupCodes).where(eq(backupCodes.userId, userId));
      return rows.length;
    },

    /** Replaces the account's backup codes with these (hashes). */
    async replaceBackupCodes(userId: string, hashes: string[], at: Date): Promise<void> {
      await db.delete(backupCodes).where(eq(backupCodes.userId, userId));
      await db.insert(backupCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: at })));
    },

    async backupCodesLeft(userId: string): Promise<number> {
      const [row] = await db
        .select({ n: count() })
        .from(backupCodes)
        .where(and(eq(backupCodes.userId, userId), isNull(backupCodes.usedAt)));
      return row?.n ?? 0;
    },

    /** Spends a backup code: true once, false ever after (one statement, so two uses cannot both win). */
    async useBackupCode(userId: string, codeHash: string, at: Date): Promise<boolean> {
      const rows = await db
        .update(backupCodes)
        .set({ usedAt: at })
        .where(and(eq(backupCodes.userId, userId), eq(backupCodes.codeHash, codeHash), isNull(backupCodes.usedAt)))
        .returning({ id: backupCodes.id });
      return rows.length > 0;
    },

    async recordReset(userId: string, resetById: string, at: Date): Promise<void> {
      await db
        .insert(secondFactorResets)
        .values({ userId, resetById, resetAt: at })
        .onConflictDoUpdate({ target: secondFactorResets.userId, set: { resetById, resetAt: at } });
    },

    /** Whether there was a reset not yet told; it is told now (one statement: told once). */
    async takeReset(userId: string): Promise<boolean> {
      const rows = await db
        .delete(secondFactorResets)
        .where(eq(secondFactorResets.userId, userId))
        .returning({ userId: secondFactorResets.userId });
      return rows.length > 0;
    },
  };
}

export type SecondFactorsRepo = ReturnType<typeof createSecondFactorsRepo>;
