import type { Organisation, UpdateOrganisation } from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import { NotFoundError } from '../../lib/errors.js';
import type { OrganisationRow, OrganisationsRepo } from './organisation.repo.js';

const toOrganisation = (o: OrganisationRow): Organisation => ({
  id: o.id,
  name: o.name,
  settings: o.settings,
  createdAt: o.createdAt.toISOString(),
});

export interface OrganisationDeps {
  organisations: Pick<OrganisationsRepo, 'findById' | 'update'>;
}

/** The admin's view of their own organisation and its settings. */
export function createOrganisationService(deps: OrganisationDeps) {
  const { organisations } = deps;
  async function load(id: string): Promise<OrganisationRow> {
    const row = await organisations.findById(id);
    if (!row) throw new NotFoundError();
    return row;
  }
  return {
    async get(ctx: RequestContext): Promise<Organisation> {
      return toOrganisation(await load(ctx.actor.organisationId));
    },
    async update(ctx: RequestContext, patch: UpdateOrganisation): Promise<Organisation> {
      const current = await load(ctx.actor.organisationId);
      const row = await organisations.update(ctx.actor.organisationId, {
        name: patch.name ?? current.name,
        settings: { ...current.settings, ...patch.settings },
      });
      if (!row) throw new NotFoundError();
      return toOrganisation(row);
    },
  };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
