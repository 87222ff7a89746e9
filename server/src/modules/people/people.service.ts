import type { CreatePartnership, Partnership, UserSummary } from '@alongside/shared';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { ConflictError, NotFoundError } from '../../lib/errors.js';
import type { AccessRevoked } from '../../lib/notify.js';
import type { Audit } from '../access-log/index.js';
import type { SignInSessionsRepo } from '../auth/index.js';
import type { PartnershipsRepo } from './partnerships.repo.js';
import type { UserRow, UsersRepo } from './users.repo.js';

function toUserSummary(u: UserRow): UserSummary {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt.toISOString(),
  };
}

type PartnershipRow = Awaited<ReturnType<PartnershipsRepo['list']>>[number];
function toPartnership(p: PartnershipRow): Partnership {
  return {
    id: p.id,
    specialist: { id: p.specialistId, name: p.specialistName },
    participant: { id: p.participantId, name: p.participantName },
    startedAt: p.startedAt.toISOString(),
    endedAt: p.endedAt?.toISOString() ?? null,
  };
}

/** Notified when someone's access ends, so live connections can be closed (see the live hub). */
export type AccessRevokedListener = (event: AccessRevoked) => void;

/**
 * Accounts and partnerships, as admins manage them. Admins see account details (name, email,
 * role) but never a plan or a note; each time a participant's account is read or changed, the
 * access log says so.
 */
export interface PeopleDeps {
  users: Pick<UsersRepo, 'listInOrg'>;
  partnerships: Pick<PartnershipsRepo, 'list'>;
  audit: Pick<Audit, 'record'>;
  unitOfWork: UnitOfWork<{
    users: Pick<UsersRepo, 'update' | 'findInOrg'>;
    partnerships: Pick<PartnershipsRepo, 'findActive' | 'insert' | 'findInOrg' | 'end'>;
    signIns: Pick<SignInSessionsRepo, 'endAllForUser'>;
    audit: Pick<Audit, 'record'>;
  }>;
  clock: Clock;
  onAccessRevoked?: AccessRevokedListener;
}

export function createPeopleService(deps: PeopleDeps) {
  const { users, partnerships, audit, unitOfWork, clock } = deps;
  const participantIds = (rows: { id: string; role: string }[]) =>
    rows.filter((r) => r.role === 'participant').map((r) => r.id);

  return {
    async listUsers(ctx: RequestContext): Promise<UserSummary[]> {
      const rows = await users.listInOrg(ctx.actor.organisationId);
      await audit.record(ctx, 'account.list', participantIds(rows));
      return rows.map(toUserSummary);
    },

    async setDisabled(ctx: RequestContext, userId: string, disabled: boolean): Promise<UserSummary> {
      const { actor } = ctx;
      if (userId === actor.userId) {
        throw new ConflictError('cannot_disable_self', 'You cannot disable your own account.');
      }
      const updated = await unitOfWork.run(async (tx) => {
        const row = await tx.users.update(actor.organisationId, userId, { disabledAt: disabled ? clock.now() : null });
        if (!row) throw new NotFoundError();
        // Disabling ends every sign-in of that account at once.
        if (disabled) await tx.signIns.endAllForUser(userId, clock.now());
        if (row.role === 'participant') {
          await tx.audit.record(ctx, disabled ? 'account.disable' : 'account.enable', [row.id]);
        }
        return row;
      });
      if (disabled) deps.onAccessRevoked?.({ userId });
      return toUserSummary(updated);
    },

    /** Admins see the whole organisation; specialists and participants see their own partnerships. */
    async listPartnerships(ctx: RequestContext): Promise<Partnership[]> {
      const { actor } = ctx;
      const filter =
        actor.role === 'specialist'
          ? { specialistId: actor.userId }
          : actor.role === 'participant'
            ? { participantId: actor.userId }
            : {};
      const rows = await partnerships.list(actor.organisationId, filter);
      if (actor.role !== 'participant')
        await audit.record(
          ctx,
          'partnership.list',
          rows.map((r) => r.participantId),
        );
      return rows.map(toPartnership);
    },

    async createPartnership(ctx: RequestContext, input: CreatePartnership): Promise<Partnership> {
      const { actor } = ctx;
      return unitOfWork.run(async (tx) => {
        const [specialist, participant] = await Promise.all([
          tx.users.findInOrg(actor.organisationId, input.specialistId),
          tx.users.findInOrg(actor.organisationId, input.participantId),
        ]);
        // Wrong role, another organisation and "no such id" all look the same from outside.
        if (specialist?.role !== 'specialist' || specialist.disabledAt) throw new NotFoundError();
        if (participant?.role !== 'participant' || participant.disabledAt) throw new NotFoundError();
        if (await tx.partnerships.findActive(actor.organisationId, specialist.id, participant.id)) {
          throw new ConflictError('partnership_exists', 'These two already have an active partnership.');
        }
        const { id } = await tx.partnerships.insert({
          organisationId: actor.organisationId,
          specialistId: specialist.id,
          participantId: participant.id,
          startedAt: clock.now(),
        });
        await tx.audit.record(ctx, 'partnership.create', [participant.id]);
        const created = await tx.partnerships.findInOrg(actor.organisationId, id);
        if (!created) throw new Error('partnership vanished inside its own transaction');
        return toPartnership(created);
      });
    },

    async endPartnership(ctx: RequestContext, partnershipId: string): Promise<Partnership> {
      const { actor } = ctx;
      const ended = await unitOfWork.run(async (tx) => {
        const row = await tx.partnerships.findInOrg(actor.organisationId, partnershipId);
        if (!row) throw new NotFoundError();
        if (!(await tx.partnerships.end(actor.organisationId, partnershipId, clock.now()))) {
          throw new ConflictError('partnership_ended', 'This partnership has already ended.');
        }
        await tx.audit.record(ctx, 'partnership.end', [row.participantId]);
        const after = await tx.partnerships.findInOrg(actor.organisationId, partnershipId);
        if (!after) throw new Error('partnership vanished inside its own transaction');
        return toPartnership(after);
      });
      deps.onAccessRevoked?.({ specialistId: ended.specialist.id, participantId: ended.participant.id });
      return ended;
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
