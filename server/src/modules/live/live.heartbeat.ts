import { liveCloseCodes } from '@alongside/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Actor } from '../../lib/actor.js';
import type { AuthService } from '../auth/index.js';
import type { LiveSessionsService } from '../live-sessions/index.js';
import type { LiveConnection } from './live.connection.js';
import type { LivePresence } from './live.presence.js';

export interface LiveHeartbeatDeps {
  /** The sockets this instance holds. */
  connections: ReadonlySet<LiveConnection>;
  auth: Pick<AuthService, 'socketSignIns'>;
  presence: Pick<LivePresence, 'renamed' | 'beat'>;
  sessions: Pick<LiveSessionsService, 'endIdleSessions'>;
  everyMs: number;
  log: Pick<FastifyBaseLogger, 'warn'>;
}

/** The live channel's periodic upkeep on this instance, one beat every `everyMs`. */
export function createLiveHeartbeat(deps: LiveHeartbeatDeps) {
  let timer: NodeJS.Timeout | undefined;

  /**
   * Marks the sign-in sessions of people who acted on a socket as seen, closes sockets whose
   * sign-in session has ended or expired and refreshes who the others are (one read and one write
   * for all; a changed name is announced to their rooms), tells the other instances this one's
   * people are still here (one notification), forgets people of instances that went quiet, and
   * ends idle live sessions.
   */
  async function beat(): Promise<void> {
    const open = [...deps.connections];
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
    for (const c of renamed) await deps.presence.renamed(c);
    await deps.presence.beat();
    await deps.sessions.endIdleSessions();
  }

  return {
    beat,

    start(): void {
      timer = setInterval(() => {
        beat().catch((err: unknown) => deps.log.warn({ err }, 'live heartbeat failed'));
      }, deps.everyMs);
      timer.unref();
    },

    stop(): void {
      if (timer) clearInterval(timer);
    },
  };
}
