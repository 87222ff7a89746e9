import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { invitations, organisations, users } from '../../db/schema/index.js';

export type InvitationRow = typeof invitations.$inferSelect;
const inviter = alias(users, 'inviter');

export function createInvitationsRepo(db: DbOrTx) {
  const listSelect = () =>
    db
      .select({ invitation: invitations, inviterName: inviter.name })
      .from(invitations)
      .innerJoin(inviter, eq(inviter.id, invitations.invitedById));

  return {
    async insert(row: typeof invitations.$inferInsert): Promise<InvitationRow> {
      const [created] = await db.insert(invitations).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async list(organisationId: string, invitedById?: string) {
      const where: SQL[] = [eq(invitations.organisationId, organisationId)];
      if (invitedById) where.push(eq(invitations.invitedById, invitedById));
      return listSelect()
        .where(and(...where))
        .orderBy(desc(invitations.createdAt))
        .limit(500);
    },

    async findInOrg(organisationId: string, id: string) {
      const [row] = await listSelect()
        .where(and(eq(invitations.organisationId, organisationId), eq(invitations.id, id)))
        .limit(1);
      return row;
    },

    /** With `forUpdate`, the row stays locked until the transaction ends: an invitation is used once. */
    async findByTokenHash(tokenHash: string, forUpdate = false) {
      const query = db
        .select({
          invitation: invitations,
          inviterName: inviter.name,
          organisationName: organisations.name,
          organisationSettings: organisations.settings,
        })
        .from(invitations)
        .innerJoin(inviter, eq(inviter.id, invitations.invitedById))
        .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
        .where(eq(invitations.tokenHash, tokenHash))
        .limit(1);
      const [row] = forUpdate ? await query.for('update', { of: invitations }) : await query;
      return row;
    },

    async revokePendingFor(organisationId: string, email: string, at: Date): Promise<void> {
      await db
        .update(invitations)
        .set({ revokedAt: at })
        .where(
          and(
            eq(invitations.organisationId, organisationId),
            eq(invitations.email, email),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
          ),
        );
    },

    async update(
      id: string,
      patch: Partial<Pick<InvitationRow, 'acceptedAt' | 'acceptedUserId' | 'revokedAt' | 'tokenHash' | 'expiresAt'>>,
    ) {
      await db.update(invitations).set(patch).where(eq(invitations.id, id));
    },
  };
}

export type InvitationsRepo = ReturnType<typeof createInvitationsRepo>;
