import { type LiveClientMessage, zLiveClientMessage } from '@alongside/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { RawData } from 'ws';
import type { Actor } from '../../lib/actor.js';
import { errorBodyOf, type ServerFaultWords } from '../../lib/error-body.js';
import type { Audit } from '../access-log/index.js';
import type { AuthorizedPlan, PlanExecutor } from '../plan/index.js';
import type { LiveConnection } from './live.connection.js';
import { badMessageReply } from './live.faults.js';
import type { LivePresence } from './live.presence.js';
import type { LiveRooms } from './live.rooms.js';

/** A command's nack when the fault is not the client's: the change was not saved (a 503 is resent). */
const commandFaultWords: ServerFaultWords = {
  unavailable: 'The change was not saved. It will be retried.',
  internal: 'Something went wrong on our side; the change was not saved.',
};

export interface LiveProtocolDeps {
  executor: Pick<PlanExecutor, 'execute'>;
  /** The plan access check a subscribe runs. */
  authorize: (actor: Actor, participantId: string) => Promise<AuthorizedPlan | null>;
  audit: Pick<Audit, 'record'>;
  rooms: Pick<LiveRooms, 'join' | 'leave'>;
  presence: Pick<LivePresence, 'entered' | 'focused' | 'left'>;
  log: Pick<FastifyBaseLogger, 'error' | 'warn' | 'debug'>;
}

/**
 * What a socket says and how it is answered: each message is parsed against the shared schema and
 * dispatched — subscribe, unsubscribe, a plan command (ack or nack), presence, ping.
 */
export function createLiveProtocol(deps: LiveProtocolDeps) {
  async function subscribe(c: LiveConnection, participantId: string, lastSeq: number | undefined): Promise<void> {
    const ctx = c.context();
    // Nothing is awaited from the end of the check to the join (`checkAccess` says why).
    const plan = await c.checkAccess(participantId, () => deps.authorize(c.actor, participantId));
    if (!plan) {
      await deps.audit.record(ctx, 'plan.read.live', [participantId], 'denied');
      c.send({ type: 'error', code: 'not_found', message: 'Not found.', field: 'participantId' });
      return;
    }
    // The socket closed while this was being checked: its cleanup has run, so adding it to the room
    // now would leave it there for good, shown as present to everyone else.
    if (c.closed) return;
    deps.rooms.join(c, plan.scope, lastSeq, ctx);
    await deps.presence.entered(c, participantId);
  }

  async function unsubscribe(c: LiveConnection, participantId: string): Promise<void> {
    if (!deps.rooms.leave(c, participantId)) return;
    await deps.presence.left(c, participantId);
  }

  async function command(c: LiveConnection, m: Extract<LiveClientMessage, { type: 'command' }>): Promise<void> {
    try {
      const result = await deps.executor.execute(c.context(), m.participantId, m.command, m.clientOpId, {
        atOneScreen: m.atOneScreen,
      });
      c.send({ type: 'ack', clientOpId: m.clientOpId, seq: result.seq, ids: result.ids });
    } catch (error) {
      // Worded as the same failure would be over HTTP; the code and status are the same too.
      const { status, body, log } = errorBodyOf(error, commandFaultWords);
      if (log === 'error') deps.log.error({ err: error }, 'live command failed');
      if (log === 'warn') deps.log.warn({ err: error }, 'live command: database unavailable');
      const { error: code, ...detail } = body;
      c.send({ type: 'nack', clientOpId: m.clientOpId, status, error: { code, ...detail } });
    }
  }

  async function dispatch(c: LiveConnection, raw: string): Promise<void> {
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
        return command(c, m);
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
        return deps.presence.focused(c, m.participantId, m.focus);
    }
  }

  return {
    /** One message from the socket; attached as its listener before anything is awaited. */
    received(c: LiveConnection, data: RawData, isBinary: boolean): void {
      if (isBinary) {
        c.send({ type: 'error', code: 'bad_message', message: 'Messages must be JSON text.' });
        c.strike();
        return;
      }
      dispatch(c, data.toString()).catch((err: unknown) => {
        deps.log.error({ err }, 'live message handler failed');
        c.send({ type: 'error', code: 'internal', message: 'Something went wrong on our side.' });
      });
    },

    /** The socket closed: it leaves every room, and everyone there sees it gone. */
    closed(c: LiveConnection): void {
      for (const participantId of [...c.subscriptions.keys()]) {
        unsubscribe(c, participantId).catch((err: unknown) => deps.log.debug({ err }, 'presence cleanup failed'));
      }
    },
  };
}

export type LiveProtocol = ReturnType<typeof createLiveProtocol>;
