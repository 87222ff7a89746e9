import type { Organisation, UpdateOrganisation } from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { NotFoundError } from '../../lib/errors.js';
import type { OrganisationRow, OrganisationsRepo } from './organisation.repo.js';
import type { ReportThresholdsRepo } from './report-thresholds.repo.js';

const toOrganisation = (o: OrganisationRow): Organisation => ({
  id: o.id,
  name: o.name,
  settings: o.settings,
  createdAt: o.createdAt.toISOString(),
});

export interface OrganisationDeps {
  organisations: Pick<OrganisationsRepo, 'findById'>;
  unitOfWork: UnitOfWork<{
    organisations: Pick<OrganisationsRepo, 'update'>;
    reportThresholds: Pick<ReportThresholdsRepo, 'schedule'>;
  }>;
  clock: Clock;
  /** Staff of the organisation with no second factor (see second-factors.repo). */
  staffWithoutSecondFactor: (organisationId: string) => Promise<string[]>;
  /** Closes a person's live sockets on every instance. */
  onAccessRevoked: (event: { userId: string }) => void;
}

/** The admin's view of their own organisation and its settings. */
export function createOrganisationService(deps: OrganisationDeps) {
  const { organisations, unitOfWork, clock } = deps;
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
      const id = ctx.actor.organisationId;
      const current = await load(id);
      const settings = { ...current.settings, ...patch.settings };
      const row = await unitOfWork.run(async (tx) => {
        const updated = await tx.organisations.update(id, { name: patch.name ?? current.name, settings });
        const before = current.settings.smallCellThreshold;
        if (updated && settings.smallCellThreshold !== before) {
          // Reports of this year keep the threshold they started with; the new one starts next year.
          await tx.reportThresholds.schedule(id, clock.now().getUTCFullYear(), before, settings.smallCellThreshold);
        }
        return updated;
      });
      if (!row) throw new NotFoundError();
      if (settings.staffSecondFactor === true && current.settings.staffSecondFactor !== true) {
        // The rule is on: staff without a method reach only enrolment from their next request, and
        // a live socket they already hold is closed now rather than at its next reconnect.
        for (const userId of await deps.staffWithoutSecondFactor(id)) deps.onAccessRevoked({ userId });
      }
      return toOrganisation(row);
    },
  };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;
