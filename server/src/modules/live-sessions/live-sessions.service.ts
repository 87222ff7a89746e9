import { randomInt } from 'node:crypto';
import type { LiveSession, StartLiveSession } from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { sqlState } from '../../lib/db-errors.js';
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
} from '../../lib/errors.js';
import type { Announcer } from '../../lib/notify.js';
import { hashToken } from '../../lib/tokens.js';
import type { Audit } from '../access-log/index.js';
import type { PartnershipsRepo } from '../people/index.js';
import type { LiveSessionGate } from './live-session-gate.js';
import type { LiveSessionRow, LiveSessionsRepo } from './live-sessions.repo.js';

type ViewRow = NonNullable<Awaited<ReturnType<LiveSessionsRepo['findById']>>>;

export function toLiveSession(r: ViewRow): LiveSession {
  const s = r.session;
  return {
    id: s.id,
    specialist: { id: s.specialistId, name: r.specialistName },
    participant: { id: s.participantId, name: r.participantName },
    mode: s.mode,
    placeLabel: s.placeLabel,
    startedAt: s.startedAt.toISOString(),
    endedAt: s.endedAt?.toISOString() ?? null,
    endReason: s.endReason,
    participantJoinedAt: s.participantJoinedAt?.toISOString() ?? null,
    joinMethod: s.joinMethod,
    eventSeqs: (r.eventSeqs ?? []).map(Number),
    hasNote: Boolean(r.hasNote),
  };
}

const presenceCodeLifetimeMs = 5 * 60_000;
const presenceCodeMaxAttempts = 5;

/**
 * Live (peer-support) sessions: a specialist starts one for a partnership; the participant joins from
 * their own device, or confirms they are at the shared screen with a short code their own phone
 * shows. Either person can end it; it ends by itself after the configured idle time.
 */
export interface LiveSessionsDeps {
  liveSessions: Pick<
    LiveSessionsRepo,
    | 'findVisible'
    | 'findById'
    | 'listVisible'
    | 'findOpenForPartnership'
    | 'findOpenForParticipant'
    | 'claimPresenceCodeAttempt'
    | 'touchJoinedOpenDbStep'
  >;
  partnerships: Pick<PartnershipsRepo, 'findActive'>;
  audit: Pick<Audit, 'record'>;
  unitOfWork: UnitOfWork<{
    liveSessions: Pick<LiveSessionsRepo, 'endIdle' | 'update' | 'insert'>;
    audit: Pick<Audit, 'record'>;
    announce: Pick<Announcer, 'liveSessionChanged'>;
  }>;
  clock: Clock;
  idleMinutes: number;
}

export function createLiveSessionsService(deps: LiveSessionsDeps) {
  const { liveSessions: repo, partnerships, audit, unitOfWork, clock } = deps;
  const idleSince = () => new Date(clock.now().getTime() - deps.idleMinutes * 60_000);

  /** Loads a session the actor may see, ending it first if it has gone idle. */
  async function load(ctx: RequestContext, id: string): Promise<ViewRow> {
    const row = await repo.findVisible(ctx.actor.organisationId, ctx.actor.userId, id);
    if (!row) {
      throw new NotFoundError();
    }
    if (!row.session.endedAt && row.session.lastActivityAt < idleSince()) {
      await endIdleSessions();
      return (await repo.findById(id)) ?? row;
    }
    return row;
  }

  async function endIdleSessions(): Promise<number> {
    return unitOfWork.run(async (tx) => {
      const ended = await tx.liveSessions.endIdle(idleSince(), clock.now());
      for (const row of ended) await tx.announce.liveSessionChanged(row);
      return ended.length;
    });
  }

  async function change(
    ctx: RequestContext,
    id: string,
    action: string,
    patch: (row: LiveSessionRow) => Partial<LiveSessionRow>,
  ) {
    const current = await load(ctx, id);
    if (current.session.endedAt) throw new ConflictError('session_ended', 'This session has ended.');
    await unitOfWork.run(async (tx) => {
      const updated = await tx.liveSessions.update(id, {
        ...patch(current.session),
        lastActivityAt: clock.now(),
      });
      if (!updated) throw new NotFoundError();
      await tx.audit.record(ctx, action, [current.session.participantId]);
      await tx.announce.liveSessionChanged(updated);
    });
    return view(id);
  }

  async function view(id: string): Promise<LiveSession> {
    const row = await repo.findById(id);
    if (!row) throw new NotFoundError();
    return toLiveSession(row);
  }

  return {
    view,
    endIdleSessions,

    /** The participant's open session, if any (for a socket that has just subscribed). */
    async openSessionFor(organisationId: string, participantId: string): Promise<LiveSession | null> {
      const row = await repo.findOpenForParticipant(organisationId, participantId, idleSince());
      return row ? view(row.id) : null;
    },

    async start(ctx: RequestContext, input: StartLiveSession): Promise<LiveSession> {
      const { actor } = ctx;
      const partnership = await partnerships.findActive(actor.organisationId, actor.userId, input.participantId);
      if (!partnership) {
        await audit.record(ctx, 'live-session.start', [input.participantId], 'denied');
        throw new NotFoundError();
      }
      await endIdleSessions();
      const sessionOpen = async (openId: string) => {
        const err = new ConflictError('session_open', 'A session with this person is already open.');
        err.current = await view(openId);
        return err;
      };
      const open = await repo.findOpenForPartnership(partnership.id);
      if (open) throw await sessionOpen(open.id);
      const now = clock.now();
      const row = await unitOfWork
        .run(async (tx) => {
          const created = await tx.liveSessions.insert({
            organisationId: actor.organisationId,
            partnershipId: partnership.id,
            specialistId: actor.userId,
            participantId: input.participantId,
            mode: input.mode,
            placeLabel: input.placeLabel || null,
            startedAt: now,
            lastActivityAt: now,
          });
          await tx.audit.record(ctx, 'live-session.start', [input.participantId]);
          await tx.announce.liveSessionChanged(created);
          return created;
        })
        .catch(async (error: unknown) => {
          // Two starts at once (a double tap): the unique index on open live sessions lets one through.
          const winner = sqlState(error) === '23505' ? await repo.findOpenForPartnership(partnership.id) : undefined;
          throw winner ? await sessionOpen(winner.id) : error;
        });
      return view(row.id);
    },

    async list(ctx: RequestContext, participantId?: string): Promise<LiveSession[]> {
      await endIdleSessions();
      const rows = await repo.listVisible(ctx.actor.organisationId, ctx.actor.userId, participantId);
      await audit.record(
        ctx,
        'live-session.list',
        rows.map((r) => r.session.participantId),
      );
      return rows.map(toLiveSession);
    },

    async get(ctx: RequestContext, id: string): Promise<LiveSession> {
      const row = await load(ctx, id);
      await audit.record(ctx, 'live-session.read', [row.session.participantId]);
      return toLiveSession(row);
    },

    /** The participant joins from their own device. */
    async join(ctx: RequestContext, id: string): Promise<LiveSession> {
      if (ctx.actor.role !== 'participant')
        throw new ForbiddenError('participant_only', 'Only the participant joins a session.');
      return change(ctx, id, 'live-session.join', (row) => ({
        participantJoinedAt: row.participantJoinedAt ?? clock.now(),
        joinMethod: row.joinMethod ?? 'own-device',
      }));
    },

    /** Shared screen, step 1: the participant's own phone shows a 6-digit code (valid 5 minutes). */
    async presenceCode(ctx: RequestContext, id: string): Promise<{ code: string; expiresAt: string }> {
      if (ctx.actor.role !== 'participant')
        throw new ForbiddenError('participant_only', 'Only the participant can show a code.');
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const expiresAt = new Date(clock.now().getTime() + presenceCodeLifetimeMs);
      await change(ctx, id, 'live-session.presence-code', () => ({
        presenceCodeHash: hashToken(`${id}:${code}`),
        presenceCodeExpiresAt: expiresAt,
        presenceCodeAttempts: 0,
      }));
      return { code, expiresAt: expiresAt.toISOString() };
    },

    /** Shared screen, step 2: the code is typed in at the specialist's screen. */
    async confirmPresence(ctx: RequestContext, id: string, code: string): Promise<LiveSession> {
      if (ctx.actor.role !== 'specialist')
        throw new ForbiddenError('specialist_only', 'The code is entered at the shared screen.');
      const current = await load(ctx, id);
      const s = current.session;
      if (s.endedAt) throw new ConflictError('session_ended', 'This session has ended.');
      // Each attempt is counted before the code is checked, in one statement, so that guesses sent
      // all at once cannot each read the same count and all be checked.
      if (!(await repo.claimPresenceCodeAttempt(id, presenceCodeMaxAttempts))) throw new TooManyRequestsError(60);
      const valid =
        s.presenceCodeHash !== null &&
        s.presenceCodeExpiresAt !== null &&
        s.presenceCodeExpiresAt > clock.now() &&
        s.presenceCodeHash === hashToken(`${id}:${code}`);
      if (!valid) {
        throw new BadRequestError(
          'code_invalid',
          'That code does not match. Ask for the code on their phone again.',
          'code',
        );
      }
      return change(ctx, id, 'live-session.confirm-presence', (row) => ({
        participantJoinedAt: row.participantJoinedAt ?? clock.now(),
        joinMethod: 'shared-screen-code',
        presenceCodeHash: null,
        presenceCodeExpiresAt: null,
      }));
    },

    async end(ctx: RequestContext, id: string): Promise<LiveSession> {
      const reason = ctx.actor.role === 'participant' ? 'ended-by-participant' : 'ended-by-specialist';
      return change(ctx, id, 'live-session.end', () => ({ endedAt: clock.now(), endReason: reason }));
    },

    /** For the plan executor: the open session this command belongs to, if the participant has joined one. */
    gate: {
      joinedLiveSessionDbStep(scope, specialistId) {
        return repo.touchJoinedOpenDbStep(
          scope.organisationId,
          scope.participantId,
          idleSince(),
          clock.now(),
          specialistId,
        );
      },
    } satisfies LiveSessionGate,
  };
}

export type LiveSessionsService = ReturnType<typeof createLiveSessionsService>;
