import type { PlanEvent } from '@alongside/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { RequestContext } from '../../lib/actor.js';
import type { Audit } from '../access-log/index.js';
import type { LiveSessionsService } from '../live-sessions/index.js';
import type { PlanEventAnnouncement, PlanRepo, PlanScope, PlanService } from '../plan/index.js';
import { toPlanEvent } from '../plan/index.js';
import type { LiveConnection } from './live.connection.js';

/** A subscriber further behind than this gets a fresh snapshot instead of the missed events. */
const maxCatchUpEvents = 500;

export interface Room {
  organisationId: string;
  connections: Set<LiveConnection>;
  /** Deliveries to one room run one after another, so events arrive in order and exactly once. */
  queue: Promise<void>;
}

export interface LiveRoomsDeps {
  /** One plan's event log. */
  planLog: (scope: PlanScope) => Pick<PlanRepo, 'eventsAfter' | 'currentSeq'>;
  plan: Pick<PlanService, 'snapshot'>;
  sessions: Pick<LiveSessionsService, 'openSessionFor'>;
  audit: Pick<Audit, 'record'>;
  log: Pick<FastifyBaseLogger, 'error'>;
}

/**
 * The rooms of one instance, one per plan watched here: who is in each, and the delivery of the
 * plan's events to them — in order, exactly once, and from the log for whoever is behind.
 */
export function createLiveRooms(deps: LiveRoomsDeps) {
  const rooms = new Map<string, Room>();

  /** Queues work for the room (nothing if no one here watches the plan). */
  function enqueue(participantId: string, work: (room: Room) => Promise<void>): void {
    const room = rooms.get(participantId);
    if (!room) return;
    room.queue = room.queue
      .then(() => work(room))
      .catch((err: unknown) => deps.log.error({ err }, 'live delivery failed'));
  }

  /**
   * Sends every subscriber in the room the events it has not had yet (or a snapshot if far
   * behind). Given an announced event, subscribers that already have it are passed by, those
   * exactly one behind get it as it is, and anyone else is caught up from the log.
   */
  async function deliver(participantId: string, room: Room, announced?: PlanEventAnnouncement): Promise<void> {
    const subs = [...room.connections].filter((c) => c.subscriptions.has(participantId));
    if (subs.length === 0) return;
    let behind = subs;
    if (announced) {
      behind = [];
      const { seq, eventText } = announced;
      let text: string | undefined;
      for (const c of subs) {
        const sub = c.subscriptions.get(participantId);
        if (!sub || sub.lastSeq >= seq) continue;
        if (sub.lastSeq === seq - 1 && eventText !== undefined) {
          // The 'events' message, written around the event's text rather than parsed and re-encoded.
          text ??= `{"type":"events","participantId":${JSON.stringify(participantId)},"events":[${eventText}]}`;
          c.sendText(text);
          sub.lastSeq = seq;
        } else {
          behind.push(c);
        }
      }
      if (behind.length === 0) return;
    }
    const from = Math.min(...behind.map((c) => c.subscriptions.get(participantId)?.lastSeq ?? 0));
    const log = deps.planLog({ organisationId: room.organisationId, participantId });
    const rows = await log.eventsAfter(from, maxCatchUpEvents + 1);
    const events: PlanEvent[] = rows.map(toPlanEvent);
    for (const c of behind) {
      const sub = c.subscriptions.get(participantId);
      if (!sub) continue;
      const missed = events.filter((e) => e.seq > sub.lastSeq);
      if (missed.length === 0) continue;
      if (rows.length > maxCatchUpEvents && missed.length === events.length) {
        await sendSnapshot(c, participantId);
        continue;
      }
      c.send({ type: 'events', participantId, events: missed });
      sub.lastSeq = missed.at(-1)?.seq ?? sub.lastSeq;
    }
  }

  async function sendSnapshot(c: LiveConnection, participantId: string): Promise<void> {
    const plan = await deps.plan.snapshot(c.context(), participantId);
    c.send({ type: 'snapshot', participantId, plan });
    const sub = c.subscriptions.get(participantId);
    if (sub) sub.lastSeq = plan.seq;
  }

  return {
    enqueue,

    /** A committed event: to the room's sockets, after whatever the room has queued already. */
    announced(a: PlanEventAnnouncement): void {
      enqueue(a.participantId, (room) => deliver(a.participantId, room, a));
    },

    /** Every room here catches up from its log (after notifications may have been missed). */
    catchUpAll(): void {
      for (const participantId of rooms.keys()) enqueue(participantId, (room) => deliver(participantId, room));
    },

    /**
     * Whether every subscriber here has had the event. (A subscription still catching up counts
     * as having it: its catch-up reads the log, where a committed event already is.)
     */
    deliveredToAll(a: PlanEventAnnouncement): boolean {
      const room = rooms.get(a.participantId);
      if (!room) return true;
      for (const c of room.connections) {
        const sub = c.subscriptions.get(a.participantId);
        if (sub && sub.lastSeq < a.seq) return false;
      }
      return true;
    },

    /** The sockets in the plan's room, if anyone here watches it. */
    connectionsOf(participantId: string): ReadonlySet<LiveConnection> | undefined {
      return rooms.get(participantId)?.connections;
    },

    /**
     * Puts a socket whose access was just checked in the plan's room and queues its catch-up:
     * a snapshot, or the events after `lastSeq`, then `subscribed` and the open live session.
     * Synchronous, so nothing comes between the access check and the join.
     */
    join(c: LiveConnection, scope: PlanScope, lastSeq: number | undefined, ctx: RequestContext): void {
      const { participantId } = scope;
      let room = rooms.get(participantId);
      if (!room) {
        room = { organisationId: scope.organisationId, connections: new Set(), queue: Promise.resolve() };
        rooms.set(participantId, room);
      }
      room.connections.add(c);
      // Until its own catch-up below has run, deliveries already queued pass this socket by: they
      // would send it what it is about to get anyway (a second snapshot, events before `subscribed`)
      // and, reading the log from its lastSeq, could leave the others without the newest event.
      const sub = { lastSeq: Number.MAX_SAFE_INTEGER };
      c.joined(participantId, sub);
      enqueue(participantId, async (room) => {
        // Closed, unsubscribed, or subscribed again (that later subscription catches up instead).
        if (c.closed || c.subscriptions.get(participantId) !== sub) return;
        sub.lastSeq = lastSeq ?? 0;
        const current = await deps.planLog(scope).currentSeq();
        if (lastSeq === undefined || lastSeq > current || current - lastSeq > maxCatchUpEvents) {
          await sendSnapshot(c, participantId);
        } else {
          await deps.audit.record(ctx, 'plan.read.live', [participantId]);
          await deliver(participantId, { ...room, connections: new Set([c]) });
        }
        c.send({ type: 'subscribed', participantId, seq: c.subscriptions.get(participantId)?.lastSeq ?? current });
        const open = await deps.sessions.openSessionFor(scope.organisationId, participantId);
        if (open) c.send({ type: 'session', participantId, session: open });
      });
    },

    /** Takes the socket out of the plan's room; false if it was not subscribed. */
    leave(c: LiveConnection, participantId: string): boolean {
      if (!c.subscriptions.delete(participantId)) return false;
      const room = rooms.get(participantId);
      room?.connections.delete(c);
      if (room && room.connections.size === 0) rooms.delete(participantId);
      return true;
    },
  };
}

export type LiveRooms = ReturnType<typeof createLiveRooms>;
