import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { organisations } from '../../db/schema/index.js';

export type OrganisationRow = typeof organisations.$inferSelect;

/** Organisations (tenants): the admin's settings, and the first run that makes one. */
export function createOrganisationsRepo(db: DbOrTx) {
  return {
    async findById(id: string): Promise<OrganisationRow | undefined> {
      const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
      return row;
    },

    /** Whether any organisation exists yet (first run: none does). */
    async any(): Promise<boolean> {
      const rows = await db.select({ id: organisations.id }).from(organisations).limit(1);
      return rows.length > 0;
    },

    async insert(row: typeof organisations.$inferInsert): Promise<OrganisationRow> {
      const [created] = await db.insert(organisations).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    async update(id: string, patch: Pick<OrganisationRow, 'name' | 'settings'>): Promise<OrganisationRow | undefined> {
      const [row] = await db.update(organisations).set(patch).where(eq(organisations.id, id)).returning();
      return row;
    },
  };
}

export type OrganisationsRepo = ReturnType<typeof createOrganisationsRepo>;
