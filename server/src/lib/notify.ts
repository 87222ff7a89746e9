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
