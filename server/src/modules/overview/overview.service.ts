import type { PartnerOverview } from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import type { Audit } from '../access-log/index.js';
import type { OverviewRepo } from './overview.repo.js';

export interface OverviewDeps {
  overview: OverviewRepo;
  audit: Pick<Audit, 'record'>;
}

/**
 * The specialist's home: for every active partnership, the last session, suggestions the person
 * has not decided, and their next steps. It reads each person's plan, so each one gets an
 * access-log row.
 */
export function createOverviewService(deps: OverviewDeps) {
  const { overview: repo, audit } = deps;

  return {
    async forSpecialist(ctx: RequestContext): Promise<PartnerOverview[]> {
      const { organisationId, userId } = ctx.actor;
      const people = await repo.activePartnerships(organisationId, userId);
      if (people.length === 0) return [];
      const ids = people.map((p) => p.participantId);
      const [liveSessions, pending, active, next] = await Promise.all([
        repo.lastLiveSessions(organisationId, userId, ids),
        repo.pendingSuggestions(organisationId, ids),
        repo.activeGoals(organisationId, ids),
        repo.nextSteps(organisationId, ids),
      ]);
      await audit.record(ctx, 'plan.overview', ids);
      const countFor = (rows: { participantId: string; n: number }[], id: string) =>
        Number(rows.find((r) => r.participantId === id)?.n ?? 0);
      return people.map((p) => {
        const last = liveSessions.find((s) => s.participantId === p.participantId);
        return {
          participant: { id: p.participantId, name: p.participantName },
          partnershipId: p.partnershipId,
          since: p.since.toISOString(),
          lastSession: last
            ? { id: last.id, startedAt: last.startedAt.toISOString(), mode: last.mode, open: last.endedAt === null }
            : null,
          suggestionsWaiting: countFor(pending, p.participantId),
          nextSteps: next
            .filter((s) => s.participantId === p.participantId)
            .map((s) => ({ id: s.id, text: s.text, goalTitle: s.goalTitle })),
          activeGoals: countFor(active, p.participantId),
        };
      });
    },
  };
}

export type OverviewService = ReturnType<typeof createOverviewService>;
