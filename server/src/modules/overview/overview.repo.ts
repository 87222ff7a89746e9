import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import {
  goals,
  liveSessions,
  partnerships,
  referrals,
  sessionNotes,
  steps,
  suggestions,
  users,
} from '../../db/schema/index.js';

/** Reads behind the specialist's home, each one query for all of their people at once. */
export function createOverviewRepo(db: DbOrTx) {
  return {
    async activePartnerships(organisationId: string, specialistId: string) {
      return db
        .select({
          partnershipId: partnerships.id,
          since: partnerships.startedAt,
          participantId: users.id,
          participantName: users.name,
        })
        .from(partnerships)
        .innerJoin(users, eq(users.id, partnerships.participantId))
        .where(
          and(
            eq(partnerships.organisationId, organisationId),
            eq(partnerships.specialistId, specialistId),
            sql`${partnerships.endedAt} is null`,
            sql`${users.disabledAt} is null`,
          ),
        )
        .orderBy(users.name);
    },

    /** Each person's latest session with this specialist. */
    async lastLiveSessions(organisationId: string, specialistId: string, participantIds: string[]) {
      return db
        .selectDistinctOn([liveSessions.participantId], {
          participantId: liveSessions.participantId,
          id: liveSessions.id,
          startedAt: liveSessions.startedAt,
          mode: liveSessions.mode,
          endedAt: liveSessions.endedAt,
        })
        .from(liveSessions)
        .where(
          and(
            eq(liveSessions.organisationId, organisationId),
            eq(liveSessions.specialistId, specialistId),
            inArray(liveSessions.participantId, participantIds),
          ),
        )
        .orderBy(liveSessions.participantId, desc(liveSessions.startedAt));
    },

    async pendingSuggestions(organisationId: string, participantIds: string[]) {
      return db
        .select({ participantId: suggestions.participantId, n: count() })
        .from(suggestions)
        .where(
          and(
            eq(suggestions.organisationId, organisationId),
            inArray(suggestions.participantId, participantIds),
            eq(suggestions.status, 'pending'),
          ),
        )
        .groupBy(suggestions.participantId);
    },

    async activeGoals(organisationId: string, participantIds: string[]) {
      return db
        .select({ participantId: goals.participantId, n: count() })
        .from(goals)
        .where(
          and(
            eq(goals.organisationId, organisationId),
            inArray(goals.participantId, participantIds),
            eq(goals.status, 'active'),
          ),
        )
        .groupBy(goals.participantId);
    },

    /** Up to three undone steps per person, from active goals, in the person's own order. */
    async nextSteps(organisationId: string, participantIds: string[]) {
      const ranked = db
        .select({
          participantId: steps.participantId,
          id: steps.id,
          text: steps.text,
          goalTitle: sql<string>`${goals.title}`.as('goal_title'),
          rank: sql<number>`row_number() over (partition by ${steps.participantId} order by ${goals.position}, ${steps.position})`.as(
            'rank',
          ),
        })
        .from(steps)
        .innerJoin(goals, eq(goals.id, steps.goalId))
        .where(
          and(
            eq(steps.organisationId, organisationId),
            inArray(steps.participantId, participantIds),
            sql`${steps.doneOn} is null`,
            eq(goals.status, 'active'),
          ),
        )
        .as('ranked');
      return db.select().from(ranked).where(sql`${ranked.rank} <= 3`).orderBy(ranked.participantId, ranked.rank);
    },

    /** The person's session notes still waiting for their answer (not locked), oldest session first. */
    async draftNotes(organisationId: string, participantId: string) {
      return db
        .select({ id: sessionNotes.id, specialistName: users.name, sessionStartedAt: liveSessions.startedAt })
        .from(sessionNotes)
        .innerJoin(users, eq(users.id, sessionNotes.specialistId))
        .innerJoin(liveSessions, eq(liveSessions.id, sessionNotes.liveSessionId))
        .where(
          and(
            eq(sessionNotes.organisationId, organisationId),
            eq(sessionNotes.participantId, participantId),
            isNull(sessionNotes.lockedAt),
          ),
        )
        .orderBy(asc(liveSessions.startedAt));
    },

    /** Open referrals (chosen or contacted) with a follow-up day on or before `until`, soonest first. */
    async followUpsBy(organisationId: string, participantId: string, until: string) {
      return db
        .select({ id: referrals.id, resourceName: referrals.resourceName, followUpOn: referrals.followUpOn })
        .from(referrals)
        .where(
          and(
            eq(referrals.organisationId, organisationId),
            eq(referrals.participantId, participantId),
            inArray(referrals.status, ['chosen', 'contacted']),
            isNotNull(referrals.followUpOn),
            lte(referrals.followUpOn, until),
          ),
        )
        .orderBy(asc(referrals.followUpOn))
        .limit(3);
    },
  };
}

export type OverviewRepo = ReturnType<typeof createOverviewRepo>;
