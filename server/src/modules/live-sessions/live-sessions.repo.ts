import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { liveSessions, partnerships, planEvents, sessionNotes, users } from '../../db/schema/index.js';
import { type DbStep, statementTemplate } from '../../db/statement.js';
import type { JoinedLiveSession } from './live-session-gate.js';

const specialist = alias(users, 'specialist');
const participant = alias(users, 'participant');
export type LiveSessionRow = typeof liveSessions.$inferSelect;

/** The open, joined session of a plan — for a specialist, of their own partnership — touched as active. */
function touchOpenStatement(forSpecialist: boolean) {
  return statementTemplate<{
    organisationId: string;
    participantId: string;
    activeSince: string;
    now: string;
    specialistId?: string;
  }>(forSpecialist ? 'alongside_touch_specialists_session' : 'alongside_touch_participants_session', (db) => {
    const open = db
      .select({ id: liveSessions.id })
      .from(liveSessions)
      .where(
        and(
          eq(liveSessions.organisationId, sql.placeholder('organisationId')),
          eq(liveSessions.participantId, sql.placeholder('participantId')),
          forSpecialist ? eq(liveSessions.specialistId, sql.placeholder('specialistId')) : undefined,
          isNull(liveSessions.endedAt),
          isNotNull(liveSessions.participantJoinedAt),
          gt(liveSessions.lastActivityAt, sql`${sql.placeholder('activeSince')}::timestamptz`),
        ),
      )
      .orderBy(asc(liveSessions.startedAt))
      .limit(1);
    return db
      .update(liveSessions)
      .set({ lastActivityAt: sql`${sql.placeholder('now')}::timestamptz` })
      .where(inArray(liveSessions.id, open))
      .returning({
        id: liveSessions.id,
        // Named here, since the group commit reads the row as PostgreSQL names its columns.
        oneScreen: sql<boolean>`(${liveSessions.joinMethod} = 'shared-screen-code')`.as('one_screen'),
      });
  });
}
const touchSpecialistsOpen = touchOpenStatement(true);
const touchParticipantsOpen = touchOpenStatement(false);

export function createLiveSessionsRepo(db: DbOrTx) {
  const select = () =>
    db
      .select({
        session: liveSessions,
        specialistName: specialist.name,
        participantName: participant.name,
        hasNote: sql<boolean>`exists (select 1 from ${sessionNotes} where ${sessionNotes.liveSessionId} = ${liveSessions.id})`,
        eventSeqs: sql<
          number[]
        >`coalesce((select array_agg(${planEvents.seq} order by ${planEvents.seq}) from ${planEvents} where ${planEvents.liveSessionId} = ${liveSessions.id}), '{}')`,
      })
      .from(liveSessions)
      .innerJoin(specialist, eq(specialist.id, liveSessions.specialistId))
      .innerJoin(participant, eq(participant.id, liveSessions.participantId));

  /**
   * Who may see a session: its participant, or its specialist while the partnership is active.
   * Checked inside the query, like every participant-data read.
   */
  const visibleTo = (organisationId: string, userId: string): SQL | undefined =>
    and(
      eq(liveSessions.organisationId, organisationId),
      or(
        eq(liveSessions.participantId, userId),
        and(
          eq(liveSessions.specialistId, userId),
          sql`exists (select 1 from ${partnerships} where ${partnerships.id} = ${liveSessions.partnershipId} and ${partnerships.endedAt} is null)`,
        ),
      ),
    );

  return {
    async findVisible(organisationId: string, userId: string, id: string) {
      const [row] = await select()
        .where(and(visibleTo(organisationId, userId), eq(liveSessions.id, id)))
        .limit(1);
      return row;
    },

    async findById(id: string) {
      const [row] = await select().where(eq(liveSessions.id, id)).limit(1);
      return row;
    },

    /** Newest first; the first 200 unless told (the record export asks for all of them). */
    async listVisible(organisationId: string, userId: string, participantId?: string, limit = 200) {
      return select()
        .where(
          and(
            visibleTo(organisationId, userId),
            participantId ? eq(liveSessions.participantId, participantId) : undefined,
          ),
        )
        .orderBy(desc(liveSessions.startedAt))
        .limit(limit);
    },

    async findOpenForPartnership(partnershipId: string) {
      const [row] = await db
        .select()
        .from(liveSessions)
        .where(and(eq(liveSessions.partnershipId, partnershipId), isNull(liveSessions.endedAt)))
        .limit(1);
      return row;
    },

    async findOpenForParticipant(organisationId: string, participantId: string, activeSince: Date) {
      const [row] = await db
        .select({ id: liveSessions.id })
        .from(liveSessions)
        .where(
          and(
            eq(liveSessions.organisationId, organisationId),
            eq(liveSessions.participantId, participantId),
            isNull(liveSessions.endedAt),
            gt(liveSessions.lastActivityAt, activeSince),
          ),
        )
        .limit(1);
      return row;
    },

    async insert(row: typeof liveSessions.$inferInsert): Promise<LiveSessionRow> {
      const [created] = await db.insert(liveSessions).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },

    /** Counts one presence-code attempt if fewer than `max` have been made; false when none are left. */
    async claimPresenceCodeAttempt(id: string, max: number): Promise<boolean> {
      const [row] = await db
        .update(liveSessions)
        .set({ presenceCodeAttempts: sql`${liveSessions.presenceCodeAttempts} + 1` })
        .where(and(eq(liveSessions.id, id), lt(liveSessions.presenceCodeAttempts, max)))
        .returning({ id: liveSessions.id });
      return row !== undefined;
    },

    async update(id: string, patch: Partial<typeof liveSessions.$inferInsert>): Promise<LiveSessionRow | undefined> {
      const [row] = await db.update(liveSessions).set(patch).where(eq(liveSessions.id, id)).returning();
      return row;
    },

    /**
     * The open, joined session a command counts as part of (for a specialist: their own), marked
     * active now — found and touched in one statement, since every plan command asks. A step, so
     * the executor's group commit can send it together with the command's other statements.
     */
    touchJoinedOpenDbStep(
      organisationId: string,
      participantId: string,
      activeSince: Date,
      now: Date,
      specialistId?: string,
    ): DbStep<JoinedLiveSession | null> {
      const values = {
        organisationId,
        participantId,
        activeSince: activeSince.toISOString(),
        now: now.toISOString(),
      };
      return {
        statement: specialistId
          ? touchSpecialistsOpen(db, { ...values, specialistId })
          : touchParticipantsOpen(db, values),
        read: ([row]) =>
          row ? { id: String(row.id), oneScreen: row.one_screen === true || row.one_screen === 't' } : null,
      };
    },

    /** Ends every session idle since before `idleSince`; returns them for announcing. */
    async endIdle(idleSince: Date, now: Date) {
      return db
        .update(liveSessions)
        .set({ endedAt: now, endReason: 'idle' })
        .where(and(isNull(liveSessions.endedAt), lt(liveSessions.lastActivityAt, idleSince)))
        .returning({ id: liveSessions.id, participantId: liveSessions.participantId });
    },
  };
}

export type LiveSessionsRepo = ReturnType<typeof createLiveSessionsRepo>;
