import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';

/**
 * Channels every server instance listens on (LISTEN/NOTIFY). Inside a transaction PostgreSQL
 * delivers a notification only if the transaction commits, which is what makes "announce after
 * commit" hold without extra bookkeeping.
 */
export const channels = {
  planEvents: 'plan_events',
  liveSession: 'live_session',
  sessionNotes: 'session_notes',
  accessRevoked: 'access_revoked',
  presence: 'live_presence',
} as const;
export type Channel = (typeof channels)[keyof typeof channels];

export interface AccessRevoked {
  userId?: string;
  signInSessionId?: string;
  /** A partnership ended: this specialist loses this participant. */
  specialistId?: string;
  participantId?: string;
}

export async function notify(db: DbOrTx, channel: Channel, payload: object): Promise<void> {
  await db.execute(sql`select pg_notify(${channel}, ${JSON.stringify(payload)})`);
}

/**
 * What the server announces to every instance's live hub, bound to one handle. Inside a
 * transaction (a unit of work's), PostgreSQL delivers an announcement only if the change commits.
 */
export function createAnnouncer(db: DbOrTx) {
  return {
    /** A live session changed: the people following the plan see it. */
    liveSessionChanged: (session: { id: string; participantId: string }) =>
      notify(db, channels.liveSession, { participantId: session.participantId, liveSessionId: session.id }),
    /**
     * A note changed, so both people see it as it happens. The notice names the note only; each
     * client reads it over REST (authorized and access-logged).
     */
    noteChanged: (note: { id: string; participantId: string }) =>
      notify(db, channels.sessionNotes, { participantId: note.participantId, noteId: note.id }),
    /** Someone's access ended: every instance closes the sockets it concerns. */
    accessRevoked: (event: AccessRevoked) => notify(db, channels.accessRevoked, event),
  };
}

export type Announcer = ReturnType<typeof createAnnouncer>;
