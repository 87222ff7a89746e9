import { randomUUID } from 'node:crypto';
import {
  type Focus,
  type LiveClientMessage,
  liveCloseCodes,
  type PlanEvent,
  zLiveClientMessage,
} from '@alongside/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { Database } from '../../db/client.js';
import type { Actor, RequestContext } from '../../lib/actor.js';
import { isDatabaseUnavailable } from '../../lib/db-errors.js';
import { AppError } from '../../lib/errors.js';
import { type AccessRevoked, channels, notify } from '../../lib/notify.js';
import { createAccessLogRepo, createAudit } from '../access-log/index.js';
import type { AuthService } from '../auth/index.js';
import type { LiveSessionsService } from '../live-sessions/index.js';
import {
  authorizePlan,
  createPlanRepo,
  decodeAnnouncement,
  type PlanEventAnnouncement,
  type PlanExecutor,
  type PlanService,
  toPlanEvent,
} from '../plan/index.js';
import { type ConnectionLimits, defaultConnectionLimits, LiveConnection } from './live.connection.js';
import { badMessageReply } from './live.faults.js';
import { SocketSlots } from './live.limits.js';
import { type PresenceAnnouncement, PresenceTable } from './live.presence.js';

/** A subscriber further behind than this gets a fresh snapshot instead of the missed events. */
const maxCatchUpEvents = 500;

interface Room {
  organisationId: string;
  connections: Set<LiveConnection>;
  /** Deliveries to one room run one after another, so events arrive in order and exactly once. */
  queue: Promise<void>;
}

export interface LiveHubDeps {
  database: Database;
  executor: PlanExecutor;
  plan: PlanService;
  auth: AuthService;
  sessions: LiveSessionsService;
  log: FastifyBaseLogger;
  limits?: Partial<ConnectionLimits>;
  socketsPerSignIn?: number;
  /** The plan access check a subscribe runs (the policy's own unless a test holds it back). */
  authorizePlan?: typeof authorizePlan;
  /** How often presence is re-announced and sign-in sessions re-checked. */
  heartbeatMs?: number;
}

/**
 * The live hub of one server instance: the sockets it holds, grouped in rooms (one per plan).
 * Committed plan events, session and note changes, presence and access revocations all arrive by
 * LISTEN/NOTIFY — from this instance or any other — and are forwarded to the sockets here.
 */
export function createLiveHub(deps: LiveHubDeps) {
  const { database, log, authorizePlan: authorize = authorizePlan } = deps;
  const db = database.db;
  const instanceId = randomUUID();
  const limits = { ...defaultConnectionLimits, ...deps.limits };
  const heartbeatMs = deps.heartbeatMs ?? 15_000;
  const rooms = new Map<string, Room>();
  const connections = new Set<LiveConnection>();
  const presence = new PresenceTable(heartbeatMs * 3);
  const audit = createAudit({ repo: createAccessLogRepo(db) });
  const unlisteners: (() => Promise<void>)[] = [];
  let timer: NodeJS.Timeout | undefined;

  const slots = new SocketSlots(deps.socketsPerSignIn);
  const ctxOf = (c: LiveConnection): RequestContext => ({ actor: c.actor, requestId: `live:${randomUUID()}` });

  function enqueue(participantId: string, work: (room: Room) => Promise<void>): void {
    const room = rooms.get(participantId);
    if (!room) return;
    room.queue = room.queue.then(() => work(room)).catch((err: unknown) => log.error({ err }, 'live delivery failed'));
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
    const repo = createPlanRepo(db, { organisationId: room.organisationId, participantId });
    const rows = await repo.eventsAfter(from, maxCatchUpEvents + 1);
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

  function announced(a: PlanEventAnnouncement): void {
    enqueue(a.participantId, (room) => deliver(a.participantId, room, a));
  }

  /**
   * Whether every subscriber here has had the event. (A subscription still catching up counts as
   * having it: its catch-up reads the log, where a committed event already is.)
   */
  function deliveredToAll(a: PlanEventAnnouncement): boolean {
    const room = rooms.get(a.participantId);
    if (!room) return true;
    for (const c of room.connections) {
      const sub = c.subscriptions.get(a.participantId);
      if (sub && sub.lastSeq < a.seq) return false;
    }
    return true;
  }

  async function sendSnapshot(c: LiveConnection, participantId: string): Promise<void> {
    const plan = await deps.plan.snapshot(ctxOf(c), participantId);
    c.send({ type: 'snapshot', participantId, plan });
    const sub = c.subscriptions.get(participantId);
    if (sub) sub.lastSeq = plan.seq;
  }

  function broadcastPresence(participantId: string): void {
    const room = rooms.get(participantId);
    if (!room) return;
    const members = presence.members(participantId);
    for (const c of room.connections) c.send({ type: 'presence', participantId, members });
  }

  async function announcePresence(
    c: LiveConnection,
    participantId: string,
    focus: Focus,
    gone: boolean,
  ): Promise<void> {
    const a: PresenceAnnouncement = {
      instanceId,
      connectionId: c.id,
      participantId,
      userId: c.actor.userId,
      name: c.actor.name,
      role: c.actor.role,
      focus,
      gone,
    };
    // One socket's announcements go out one after another. Sent at once on separate pooled
    // connections they could commit out of order: a focus shown that was already left, or a
    // "gone" overtaken by the "here" before it — a ghost that every heartbeat would keep alive.
    const sent = c.presenceSent.then(() => notify(db, channels.presence, a));
    c.presenceSent = sent.catch(() => undefined);
    await sent;
  }
  const focusOf = new Map<string, Focus>();
  const focusKey = (c: LiveConnection, participantId: string) => `${c.id}:${participantId}`;

  async function subscribe(c: LiveConnection, participantId: string, lastSeq: number | undefined): Promise<void> {
    const ctx = ctxOf(c);
    // Nothing is awaited from the end of the check to the join (`checkAccess` says why).
    const plan = await c.checkAccess(participantId, () => authorize(db, c.actor, participantId));
    if (!plan) {
      await audit.record(ctx, 'plan.read.live', [participantId], 'denied');
      c.send({ type: 'error', code: 'not_found', message: 'Not found.', field: 'participantId' });
      return;
    }
    // The socket closed while this was being checked: its cleanup has run, so adding it to the room
    // now would leave it there for good, shown as present to everyone else.
    if (c.closed) return;
    let room = rooms.get(participantId);
    if (!room) {
      room = { organisationId: plan.scope.organisationId, connections: new Set(), queue: Promise.resolve() };
      rooms.set(participantId, room);
    }
    room.connections.add(c);
    // Until its own catch-up below has run, deliveries already queued pass this socket by: they
    // would send it what it is about to get anyway (a second snapshot, events before `subscribed`)
    // and, reading the log from its lastSeq, could leave the others without the newest event.
    const sub = { lastSeq: Number.MAX_SAFE_INTEGER };
    c.joined(participantId, sub);
    enqueue(participantId, async () => {
      // Closed, unsubscribed, or subscribed again (that later subscription catches up instead).
      if (c.closed || c.subscriptions.get(participantId) !== sub) return;
      sub.lastSeq = lastSeq ?? 0;
      const current = await createPlanRepo(db, plan.scope).currentSeq();
      if (lastSeq === undefined || lastSeq > current || current - lastSeq > maxCatchUpEvents) {
        await sendSnapshot(c, participantId);
      } else {
        await audit.record(ctx, 'plan.read.live', [participantId]);
        await deliver(participantId, { ...(rooms.get(participantId) as Room), connections: new Set([c]) });
      }
      c.send({ type: 'subscribed', participantId, seq: c.subscriptions.get(participantId)?.lastSeq ?? current });
      const open = await deps.sessions.openSessionFor(plan.scope.organisationId, participantId);
      if (open) c.send({ type: 'session', participantId, session: open });
    });
    focusOf.set(focusKey(c, participantId), null);
    await announcePresence(c, participantId, null, false);
  }

  async function unsubscribe(c: LiveConnection, participantId: string): Promise<void> {
    if (!c.subscriptions.delete(participantId)) return;
    focusOf.delete(focusKey(c, participantId));
    const room = rooms.get(participantId);
    room?.connections.delete(c);
    if (room && room.connections.size === 0) rooms.delete(participantId);
    await announcePresence(c, participantId, null, true);
  }

  async function handleCommand(c: LiveConnection, m: Extract<LiveClientMessage, { type: 'command' }>): Promise<void> {
    try {
      const result = await deps.executor.execute(ctxOf(c), m.participantId, m.command, m.clientOpId);
      c.send({ type: 'ack', clientOpId: m.clientOpId, seq: result.seq, ids: result.ids });
    } catch (error) {
      if (error instanceof AppError) {
        c.send({
          type: 'nack',
          clientOpId: m.clientOpId,
          status: error.status,
          error: {
            code: error.code,
            message: error.message,
            ...(error.field ? { field: error.field } : {}),
            ...(error.current === undefined ? {} : { current: error.current }),
          },
        });
        return;
      }
      const unavailable = isDatabaseUnavailable(error);
      if (!unavailable) log.error({ err: error }, 'live command failed');
      c.send({
        type: 'nack',
        clientOpId: m.clientOpId,
        status: unavailable ? 503 : 500,
        error: unavailable
          ? { code: 'database_unavailable', message: 'The change was not saved. It will be retried.' }
          : { code: 'internal', message: 'Something went wrong on our side; the change was not saved.' },
      });
    }
  }

  async function handleMessage(c: LiveConnection, raw: string): Promise<void> {
    if (!c.takeToken()) {
      c.send({ type: 'error', code: 'rate_limited', message: 'Too many messages; slow down.' });
      c.strike();
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      c.send({ type: 'error', code: 'bad_json', message: 'Messages must be JSON.' });
      c.strike();
      return;
    }
    const parsed = zLiveClientMessage.safeParse(json);
    if (!parsed.success) {
      c.send(badMessageReply(parsed.error));
      c.strike();
      return;
    }
    const m = parsed.data;
    // Acting here keeps the person signed in; the heartbeat tells their sign-in session.
    if (m.type !== 'ping') c.actedSinceHeartbeat = true;
    switch (m.type) {
      case 'ping':
        c.send({ type: 'pong' });
        return;
      case 'subscribe':
        return subscribe(c, m.participantId, m.lastSeq);
      case 'unsubscribe':
        return unsubscribe(c, m.participantId);
      case 'command':
        return handleCommand(c, m);
      case 'presence':
        if (!c.subscriptions.has(m.participantId)) {
          c.send({
            type: 'error',
            code: 'not_subscribed',
            message: 'Subscribe to this plan first.',
            field: 'participantId',
          });
          return;
        }
        focusOf.set(focusKey(c, m.participantId), m.focus);
        return announcePresence(c, m.participantId, m.focus, false);
    }
  }

  function onAccessRevoked(r: AccessRevoked): void {
    for (const c of connections) {
      const match =
        (r.userId && c.actor.userId === r.userId) ||
        (r.signInSessionId && c.actor.signInSessionId === r.signInSessionId) ||
        (r.specialistId && r.participantId && c.actor.userId === r.specialistId && c.watches(r.participantId));
      if (match) c.close(liveCloseCodes.accessEnded, 'access ended');
    }
  }

  /**
   * Every heartbeat: mark the sign-in sessions of people who acted on a socket as seen, close
   * sockets whose sign-in session has ended or expired and refresh who the others are (one read
   * and one write for all; a changed name is announced to their rooms), tell the other instances
   * this one's people are still here (one notification), forget people of instances that went
   * quiet, and end idle sessions.
   */
  async function heartbeat(): Promise<void> {
    const open = [...connections];
    const acted = open.filter((c) => c.actedSinceHeartbeat);
    for (const c of acted) c.actedSinceHeartbeat = false;
    let current: Map<string, Actor>;
    try {
      current = await deps.auth.socketSignIns(
        open.map((c) => c.actor.signInSessionId),
        acted.map((c) => c.actor.signInSessionId),
      );
    } catch (error) {
      // Not told this time: the next heartbeat tells it.
      for (const c of acted) c.actedSinceHeartbeat = true;
      throw error;
    }
    const renamed: LiveConnection[] = [];
    for (const c of open) {
      const actor = current.get(c.actor.signInSessionId);
      if (!actor) {
        c.close(liveCloseCodes.accessEnded, 'signed out');
        continue;
      }
      if (actor.name !== c.actor.name) renamed.push(c);
      c.actor = actor;
    }
    // Whoever shares a room with a renamed person sees the new name now, not at their next move.
    for (const c of renamed) {
      for (const participantId of c.subscriptions.keys()) {
        await announcePresence(c, participantId, focusOf.get(focusKey(c, participantId)) ?? null, false);
      }
    }
    await notify(db, channels.presence, { instanceId, heartbeat: true });
    for (const participantId of presence.expire(Date.now())) broadcastPresence(participantId);
    await deps.sessions.endIdleSessions();
  }

  const parse = <T>(payload: string): T | undefined => {
    try {
      return JSON.parse(payload) as T;
    } catch {
      return undefined;
    }
  };

  return {
    instanceId,

    async start(): Promise<void> {
      // This instance's own events go out the moment they commit (before the sender's ack, in the
      // same write); their notifications, a round trip later, find every subscriber here has them.
      const stopAnnouncements = deps.executor.onCommitted(announced);
      unlisteners.push(
        async () => stopAnnouncements(),
        await database.listen(channels.planEvents, (payload) => {
          const a = decodeAnnouncement(payload);
          // Its length only: the payload is a person's plan.
          if (!a) log.warn({ length: payload.length }, 'unreadable plan event notification');
          else if (!deliveredToAll(a)) announced(a);
        }),
        await database.listen(channels.liveSession, (payload) => {
          const p = parse<{ participantId: string; liveSessionId: string }>(payload);
          if (!p) return;
          enqueue(p.participantId, async (room) => {
            const session = await deps.sessions.view(p.liveSessionId);
            for (const c of room.connections) c.send({ type: 'session', participantId: p.participantId, session });
          });
        }),
        await database.listen(channels.sessionNotes, (payload) => {
          const p = parse<{ participantId: string; noteId: string }>(payload);
          if (!p) return;
          const message = { type: 'note', participantId: p.participantId, noteId: p.noteId } as const;
          // Through the room's queue, so it follows the session change a draft announces first.
          enqueue(p.participantId, async (room) => {
            for (const c of room.connections) c.send(message);
          });
        }),
        await database.listen(channels.presence, (payload) => {
          const a = parse<PresenceAnnouncement | { instanceId: string; heartbeat: true }>(payload);
          if (!a) return;
          if ('heartbeat' in a) presence.touchInstance(a.instanceId, Date.now());
          else broadcastPresence(presence.apply(a, Date.now()));
        }),
        await database.listen(channels.accessRevoked, (payload) => {
          const r = parse<AccessRevoked>(payload);
          if (r) onAccessRevoked(r);
        }),
      );
      timer = setInterval(() => {
        heartbeat().catch((err: unknown) => log.warn({ err }, 'live heartbeat failed'));
      }, heartbeatMs);
      timer.unref();
    },

    /** Takes over a freshly upgraded socket. Listeners are attached before anything is awaited. */
    handle(socket: WebSocket, actor: Actor): void {
      const c = new LiveConnection(socket, actor, limits);
      connections.add(c);
      socket.on('message', (data, isBinary) => {
        if (isBinary) {
          c.send({ type: 'error', code: 'bad_message', message: 'Messages must be JSON text.' });
          c.strike();
          return;
        }
        handleMessage(c, data.toString()).catch((err: unknown) => {
          log.error({ err }, 'live message handler failed');
          c.send({ type: 'error', code: 'internal', message: 'Something went wrong on our side.' });
        });
      });
      socket.on('close', () => {
        c.closed = true;
        connections.delete(c);
        for (const participantId of [...c.subscriptions.keys()]) {
          unsubscribe(c, participantId).catch((err: unknown) => log.debug({ err }, 'presence cleanup failed'));
        }
      });
    },

    async stop(): Promise<void> {
      if (timer) clearInterval(timer);
      for (const c of connections) c.close(1001, 'server shutting down');
      // One after another: they share the one LISTEN connection, which takes a query at a time.
      for (const unlisten of unlisteners.splice(0)) await unlisten().catch(() => undefined);
    },

    slots,
    /** Runs a heartbeat now (the timer runs one every `heartbeatMs`); for tests. */
    heartbeat,

    /** For tests and benchmarks: how many sockets this instance holds. */
    get connectionCount(): number {
      return connections.size;
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
