import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { passwordResets, users } from '../../db/schema/index.js';

export type PasswordResetRow = typeof passwordResets.$inferSelect;

export function createPasswordResetsRepo(db: DbOrTx) {
  return {
    async insert(row: typeof passwordResets.$inferInsert): Promise<PasswordResetRow> {
      const [created] = await db.insert(passwordResets).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    /** A new link for an account makes any earlier unused one stop working. */
    async revokeUnusedFor(organisationId: string, userId: string, at: Date): Promise<void> {
      await db
        .update(passwordResets)
        .set({ revokedAt: at })
        .where(
          and(
            eq(passwordResets.organisationId, organisationId),
            eq(passwordResets.userId, userId),
            isNull(passwordResets.usedAt),
            isNull(passwordResets.revokedAt),
          ),
        );
    },

    /** With `forUpdate`, the row stays locked until the transaction ends: a link is used once. */
    async findByTokenHash(tokenHash: string, forUpdate = false) {
      const query = db
        .select({ reset: passwordResets, user: users })
        .from(passwordResets)
        .innerJoin(users, eq(users.id, passwordResets.userId))
        .where(eq(passwordResets.tokenHash, tokenHash))
        .limit(1);
      const [row] = forUpdate ? await query.for('update', { of: passwordResets }) : await query;
      return row;
    },

    async markUsed(id: string, at: Date): Promise<void> {
      await db.update(passwordResets).set({ usedAt: at }).where(eq(passwordResets.id, id));
    },
  };
}

export type PasswordResetsRepo = ReturnType<typeof createPasswordResetsRepo>;
