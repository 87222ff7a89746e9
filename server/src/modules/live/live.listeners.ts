import { liveCloseCodes } from '@alongside/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../db/client.js';
import { type AccessRevoked, channels } from '../../lib/notify.js';
import type { LiveSessionsService } from '../live-sessions/index.js';
import type { PlanExecutor } from '../plan/index.js';
import { decodeAnnouncement } from '../plan/index.js';
import type { LiveConnection } from './live.connection.js';
import type { InstanceHeartbeat, LivePresence, PresenceAnnouncement } from './live.presence.js';
import type { LiveRooms } from './live.rooms.js';

export interface LiveListenersDeps {
  database: Pick<Database, 'listen' | 'onListenResumed'>;
  executor: Pick<PlanExecutor, 'onCommitted'>;
  sessions: Pick<LiveSessionsService, 'view'>;
  rooms: Pick<LiveRooms, 'enqueue' | 'announced' | 'deliveredToAll' | 'catchUpAll'>;
  presence: Pick<LivePresence, 'heard'>;
  /** The sockets this instance holds. */
  connections: ReadonlySet<LiveConnection>;
  log: Pick<FastifyBaseLogger, 'warn'>;
}

const parse = <T>(payload: string): T | undefined => {
  try {
    return JSON.parse(payload) as T;
  } catch {
    return undefined;
  }
};

/**
 * What reaches the live channel from outside a socket, from this instance or any other: committed
 * plan events, live session and note changes, presence, and access revocations (LISTEN/NOTIFY).
 */
export function createLiveListeners(deps: LiveListenersDeps) {
  const { database, rooms, log } = deps;
  const stops: (() => Promise<void>)[] = [];

  function onAccessRevoked(r: AccessRevoked): void {
    for (const c of deps.connections) {
      const match =
        (r.userId && c.actor.userId === r.userId) ||
        (r.signInSessionId && c.actor.signInSessionId === r.signInSessionId) ||
        (r.specialistId && r.participantId && c.actor.userId === r.specialistId && c.watches(r.participantId));
      if (match) c.close(liveCloseCodes.accessEnded, 'access ended');
    }
  }

  return {
    async start(): Promise<void> {
      // This instance's own events go out the moment they commit (before the sender's ack, in the
      // same write); their notifications, a round trip later, find every subscriber here has them.
      const stopAnnouncements = deps.executor.onCommitted(rooms.announced);
      // Plan events committed elsewhere while LISTEN was down were never announced here: every
      // room reads from its log what its sockets have not had, rather than wait for the next one.
      const stopResumed = database.onListenResumed(() => rooms.catchUpAll());
      stops.push(
        async () => stopAnnouncements(),
        async () => stopResumed(),
        await database.listen(channels.planEvents, (payload) => {
          const a = decodeAnnouncement(payload);
          // Its length only: the payload is a person's plan.
          if (!a) log.warn({ length: payload.length }, 'unreadable plan event notification');
          else if (!rooms.deliveredToAll(a)) rooms.announced(a);
        }),
        await database.listen(channels.liveSession, (payload) => {
          const p = parse<{ participantId: string; liveSessionId: string }>(payload);
          if (!p) return;
          rooms.enqueue(p.participantId, async (room) => {
            const session = await deps.sessions.view(p.liveSessionId);
            for (const c of room.connections) c.send({ type: 'session', participantId: p.participantId, session });
          });
        }),
        await database.listen(channels.sessionNotes, (payload) => {
          const p = parse<{ participantId: string; noteId: string }>(payload);
          if (!p) return;
          const message = { type: 'note', participantId: p.participantId, noteId: p.noteId } as const;
          // Through the room's queue, so it follows the session change a draft announces first.
          rooms.enqueue(p.participantId, async (room) => {
            for (const c of room.connections) c.send(message);
          });
        }),
        await database.listen(channels.presence, (payload) => {
          const a = parse<PresenceAnnouncement | InstanceHeartbeat>(payload);
          if (a) deps.presence.heard(a);
        }),
        await database.listen(channels.accessRevoked, (payload) => {
          const r = parse<AccessRevoked>(payload);
          if (r) onAccessRevoked(r);
        }),
      );
    },

    async stop(): Promise<void> {
      // One after another: they share the one LISTEN connection, which takes a query at a time.
      for (const stop of stops.splice(0)) await stop().catch(() => undefined);
    },
  };
}
