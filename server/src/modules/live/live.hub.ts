import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { WebSocket } from 'ws';
import type { Database } from '../../db/client.js';

import type { Actor } from '../../lib/actor.js';
import { channels, notify } from '../../lib/notify.js';
import { createAccessLogRepo, createAudit } from '../access-log/index.js';
import type { AuthService } from '../auth/index.js';
import type { LiveSessionsService } from '../live-sessions/index.js';
import type { PlanExecutor, PlanService } from '../plan/index.js';
import { authorizePlan, createPlanRepo } from '../plan/index.js';
import { type ConnectionLimits, defaultConnectionLimits, LiveConnection } from './live.connection.js';
import { createLiveHeartbeat } from './live.heartbeat.js';
import { SocketSlots } from './live.limits.js';
import { createLiveListeners } from './live.listeners.js';
import { createLivePresence } from './live.presence.js';
import { createLiveProtocol } from './live.protocol.js';
import { createLiveRooms } from './live.rooms.js';

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
 *
 * This file only builds the parts and starts and stops them: rooms (delivery and catch-up),
 * protocol (what a socket says), presence, heartbeat and listeners, each in its own file.
 */
export function createLiveHub(deps: LiveHubDeps) {
  const { database, log, authorizePlan: authorize = authorizePlan } = deps;
  const db = database.db;
  const instanceId = randomUUID();
  const limits = { ...defaultConnectionLimits, ...deps.limits };
  const heartbeatMs = deps.heartbeatMs ?? 15_000;
  const connections = new Set<LiveConnection>();
  const slots = new SocketSlots(deps.socketsPerSignIn);
  const audit = createAudit({ repo: createAccessLogRepo(db) });

  const rooms = createLiveRooms({
    planLog: (scope) => createPlanRepo(db, scope),
    plan: deps.plan,
    sessions: deps.sessions,
    audit,
    log,
  });
  const presence = createLivePresence({
    instanceId,
    ttlMs: heartbeatMs * 3,
    announce: (message) => notify(db, channels.presence, message),
    rooms,
  });
  const protocol = createLiveProtocol({
    executor: deps.executor,
    authorize: (actor, participantId) => authorize(db, actor, participantId),
    audit,
    rooms,
    presence,
    log,
  });
  const heartbeat = createLiveHeartbeat({
    connections,
    auth: deps.auth,
    presence,
    sessions: deps.sessions,
    everyMs: heartbeatMs,
    log,
  });
  const listeners = createLiveListeners({
    database,
    executor: deps.executor,
    sessions: deps.sessions,
    rooms,
    presence,
    connections,
    log,
  });

  return {
    instanceId,

    async start(): Promise<void> {
      await listeners.start();
      heartbeat.start();
    },

    /** Takes over a freshly upgraded socket. Listeners are attached before anything is awaited. */
    handle(socket: WebSocket, actor: Actor): void {
      const c = new LiveConnection(socket, actor, limits);
      connections.add(c);
      socket.on('message', (data, isBinary) => protocol.received(c, data, isBinary));
      socket.on('close', () => {
        c.closed = true;
        connections.delete(c);
        protocol.closed(c);
      });
    },

    async stop(): Promise<void> {
      heartbeat.stop();
      for (const c of connections) c.close(1001, 'server shutting down');
      await listeners.stop();
    },

    slots,
    /** Runs a heartbeat now (the timer runs one every `heartbeatMs`); for tests. */
    heartbeat: heartbeat.beat,

    /** For tests and benchmarks: how many sockets this instance holds. */
    get connectionCount(): number {
      return connections.size;
    },
  };
}

export type LiveHub = ReturnType<typeof createLiveHub>;
