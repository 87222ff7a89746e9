import type { Organisation, UpdateOrganisation } from '@alongside/shared';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations } from '../../db/schema/index.js';
import type { RequestContext } from '../../lib/actor.js';
import { NotFoundError } from '../../lib/errors.js';

type OrganisationRow = typeof organisations.$inferSelect;
const toOrganisation = (o: OrganisationRow): Organisation => ({
  id: o.id,
  name: o.name,
  settings: o.settings,
  createdAt: o.createdAt.toISOString(),
});

/** The admin's view of their own organisation and its settings. */
export function createOrganisationService(deps: { db: Db }) {
  const { db } = deps;
  async function load(id: string): Promise<OrganisationRow> {
    const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
    if (!row) throw new NotFoundError();
    return row;
  }
  return {
    async get(ctx: RequestContext): Promise<Organisation> {
      return toOrganisation(await load(ctx.actor.organisationId));
    },
    async update(ctx: RequestContext, patch: UpdateOrganisation): Promise<Organisation> {
      const current = await load(ctx.actor.organisationId);
      const [row] = await db
        .update(organisations)
        .set({
          name: patch.name ?? current.name,
          settings: { ...current.settings, ...patch.settings },
        })
        .where(eq(organisations.id, ctx.actor.organisationId))
        .returning();
      if (!row) throw new NotFoundError();
      return toOrganisation(row);
    },
  };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
