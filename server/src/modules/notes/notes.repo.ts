import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { liveSessions, noteAmendments, partnerships, sessionNotes, users } from '../../db/schema/index.js';

const specialist = alias(users, 'specialist');
const participant = alias(users, 'participant');
export type NoteRow = typeof sessionNotes.$inferSelect;

export function createNotesRepo(db: DbOrTx) {
  const select = () =>
    db
      .select({
        note: sessionNotes,
        specialistName: specialist.name,
        participantName: participant.name,
        sessionStartedAt: liveSessions.startedAt,
      })
      .from(sessionNotes)
      .innerJoin(specialist, eq(specialist.id, sessionNotes.specialistId))
      .innerJoin(participant, eq(participant.id, sessionNotes.participantId))
      .innerJoin(liveSessions, eq(liveSessions.id, sessionNotes.liveSessionId));

  /** The person the note is about, or a specialist in an active partnership with them. */
  const readableBy = (organisationId: string, userId: string): SQL | undefined =>
    and(
      eq(sessionNotes.organisationId, organisationId),
      or(
        eq(sessionNotes.participantId, userId),
        sql`exists (select 1 from ${partnerships} where ${partnerships.participantId} = ${sessionNotes.participantId}
              and ${partnerships.specialistId} = ${userId} and ${partnerships.endedAt} is null)`,
      ),
    );

  return {
    async findReadable(organisationId: string, userId: string, noteId: string) {
      const [row] = await select()
        .where(and(readableBy(organisationId, userId), eq(sessionNotes.id, noteId)))
        .limit(1);
      return row;
    },
    async listReadable(organisationId: string, userId: string, participantId: string) {
      return select()
        .where(and(readableBy(organisationId, userId), eq(sessionNotes.participantId, participantId)))
        .orderBy(desc(liveSessions.startedAt));
    },
    /** Whom a note is about, whoever asks (same organisation only): for logging a refused attempt. */
    async participantOfNote(organisationId: string, noteId: string): Promise<string | null> {
      const [row] = await db
        .select({ participantId: sessionNotes.participantId })
        .from(sessionNotes)
        .where(and(eq(sessionNotes.id, noteId), eq(sessionNotes.organisationId, organisationId)))
        .limit(1);
      return row?.participantId ?? null;
    },
    /** Whom a live session is with (same organisation only): for logging a refused attempt. */
    async participantOfLiveSession(organisationId: string, liveSessionId: string): Promise<string | null> {
      const [row] = await db
        .select({ participantId: liveSessions.participantId })
        .from(liveSessions)
        .where(and(eq(liveSessions.id, liveSessionId), eq(liveSessions.organisationId, organisationId)))
        .limit(1);
      return row?.participantId ?? null;
    },
    async findByLiveSession(liveSessionId: string) {
      const [row] = await db.select().from(sessionNotes).where(eq(sessionNotes.liveSessionId, liveSessionId)).limit(1);
      return row;
    },
    async amendments(noteIds: string[]) {
      if (noteIds.length === 0) return [];
      return db
        .select({ amendment: noteAmendments, authorName: users.name })
        .from(noteAmendments)
        .innerJoin(users, eq(users.id, noteAmendments.authorId))
        .where(inArray(noteAmendments.noteId, noteIds))
        .orderBy(asc(noteAmendments.at));
    },
    async insert(row: typeof sessionNotes.$inferInsert): Promise<NoteRow> {
      const [created] = await db.insert(sessionNotes).values(row).returning();
      if (!created) throw new Error('insert returned no row');
      return created;
    },
    /** Updates only if still at `version` and unlocked; undefined means someone changed it first. */
    async updateAt(id: string, version: number, patch: Partial<typeof sessionNotes.$inferInsert>) {
      const [row] = await db
        .update(sessionNotes)
        .set({ ...patch, version: version + 1 })
        .where(and(eq(sessionNotes.id, id), eq(sessionNotes.version, version), sql`${sessionNotes.lockedAt} is null`))
        .returning();
      return row;
    },
    async addAmendment(row: typeof noteAmendments.$inferInsert) {
      await db.insert(noteAmendments).values(row);
    },
  };
}

export type NotesRepo = ReturnType<typeof createNotesRepo>;
