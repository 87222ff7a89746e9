import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organisationSetupLinks } from '../../db/schema/index.js';

export type OrganisationLinkRow = typeof organisationSetupLinks.$inferSelect;

/** The operator's one-time links that give another organisation its first admin (hashed tokens). */
export function createOrganisationLinksRepo(db: DbOrTx) {
  return {
    /** Stores the organisation's link, replacing any earlier one: only the newest link works. */
    async put(row: OrganisationLinkRow): Promise<void> {
      const { tokenHash, createdAt, expiresAt } = row;
      await db.insert(organisationSetupLinks).values(row).onConflictDoUpdate({
        target: organisationSetupLinks.organisationId,
        set: { tokenHash, createdAt, expiresAt },
      });
    },

    async findByTokenHash(tokenHash: string): Promise<OrganisationLinkRow | undefined> {
      const [row] = await db
        .select()
        .from(organisationSetupLinks)
        .where(eq(organisationSetupLinks.tokenHash, tokenHash))
        .limit(1);
      return row;
    },

    /** The link's row locked to the end of the transaction: two people opening it cannot both become admin. */
    async lockByTokenHash(tokenHash: string): Promise<OrganisationLinkRow | undefined> {
      const [row] = await db
        .select()
        .from(organisationSetupLinks)
        .where(eq(organisationSetupLinks.tokenHash, tokenHash))
        .for('update');
      return row;
    },

    async remove(organisationId: string): Promise<void> {
      await db.delete(organisationSetupLinks).where(eq(organisationSetupLinks.organisationId, organisationId));
    },
  };
}

export type OrganisationLinksRepo = ReturnType<typeof createOrganisationLinksRepo>;
