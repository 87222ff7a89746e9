import type { MyOverview, PartnerOverview } from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import type { Audit } from '../access-log/index.js';
import type { OverviewRepo } from './overview.repo.js';

export interface OverviewDeps {
  overview: OverviewRepo;
  audit: Pick<Audit, 'record'>;
  clock: Clock;
}

/** How far ahead a referral's follow-up counts as coming up on the person's home. */
const followUpDays = 7;
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The specialist's home: for every active partnership, the last session, suggestions the person
 * has not decided, and their next steps. It reads each person's plan, so each one gets an
 * access-log row.
 */
export function createOverviewService(deps: OverviewDeps) {
  const { overview: repo, audit, clock } = deps;

  return {
    /** The person's own home: what is waiting for them. Logged as them looking at their plan. */
    async forParticipant(ctx: RequestContext): Promise<MyOverview> {
      const { organisationId, userId } = ctx.actor;
      const now = clock.now();
      const today = day(now);
      const until = day(new Date(now.getTime() + followUpDays * 86_400_000));
      const [pending, notes, next, followUps] = await Promise.all([
        repo.pendingSuggestions(organisationId, [userId]),
        repo.draftNotes(organisationId, userId),
        repo.nextSteps(organisationId, [userId]),
        repo.followUpsBy(organisationId, userId, until),
      ]);
      await audit.record(ctx, 'plan.overview', [userId]);
      return {
        suggestionsWaiting: Number(pending[0]?.n ?? 0),
        notesWaiting: notes.slice(0, 3).map((n) => ({
          id: n.id,
          specialistName: n.specialistName,
          sessionStartedAt: n.sessionStartedAt.toISOString(),
        })),
        notesWaitingCount: notes.length,
        nextSteps: next.map((s) => ({ id: s.id, text: s.text, goalTitle: s.goalTitle })),
        followUps: followUps.flatMap((r) =>
          r.followUpOn
            ? [{ id: r.id, resourceName: r.resourceName, followUpOn: r.followUpOn, due: r.followUpOn <= today }]
            : [],
        ),
      };
    },

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
