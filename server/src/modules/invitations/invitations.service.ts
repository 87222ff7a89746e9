import type {
  AcceptInvitation,
  CreatedInvitation,
  CreateInvitation,
  Invitation,
  InvitationPreview,
  Role,
} from '@alongside/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { Actor, RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { ConflictError, ForbiddenError, GoneError, NotFoundError } from '../../lib/errors.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { invitationMail } from '../../mail/mail-texts.js';
import type { Mailer } from '../../mail/mailer.js';
import type { Audit } from '../access-log/index.js';
import { assertAcceptablePassword, hashPassword } from '../auth/index.js';
import type { PartnershipsRepo, UsersRepo } from '../people/index.js';
import type { InvitationRow, InvitationsRepo } from './invitations.repo.js';

const invitationLifetimeMs = 7 * 24 * 3600_000;

export function invitationStatus(row: InvitationRow, now: Date): Invitation['status'] {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  if (row.expiresAt <= now) return 'expired';
  return 'pending';
}

function toInvitation(row: { invitation: InvitationRow; inviterName: string }, now: Date): Invitation {
  const i = row.invitation;
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    status: invitationStatus(i, now),
    invitedBy: { id: i.invitedById, name: row.inviterName },
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
  };
}

/**
 * Invitations are single-use links (token stored hashed, 7-day expiry). There is no mail server,
 * so the link is returned once, to the inviter, to pass on. An admin invites any role; a
 * specialist invites participants only, and acceptance then creates their partnership.
 */
export interface InvitationsDeps {
  users: Pick<UsersRepo, 'findInOrg' | 'findByEmail' | 'findWithOrganisation'>;
  invitations: Pick<InvitationsRepo, 'list' | 'findInOrg' | 'update' | 'findByTokenHash'>;
  unitOfWork: UnitOfWork<{
    invitations: Pick<InvitationsRepo, 'revokePendingFor' | 'insert' | 'findByTokenHash' | 'update'>;
    users: Pick<UsersRepo, 'findByEmail' | 'findInOrg' | 'insert'>;
    partnerships: Pick<PartnershipsRepo, 'insert'>;
    audit: Pick<Audit, 'recordAnonymous'>;
  }>;
  /** Set when mail is configured: an invitation may then also be mailed. */
  mailer?: Mailer | undefined;
  clock: Clock;
  config: Pick<Config, 'publicUrl'>;
  log?: Pick<FastifyBaseLogger, 'warn'>;
}

export function createInvitationsService(deps: InvitationsDeps) {
  const { users, invitations, unitOfWork, clock, config } = deps;
  // In the fragment, so the token never reaches a server log or a Referer header.
  const linkFor = (token: string) => `${config.publicUrl}/invite#${token}`;

  /**
   * Mails the link in the organisation's language; false (never a 5xx) when the mail server is
   * down or refuses: the link is on the inviter's screen anyway.
   */
  async function mailLink(ctx: RequestContext, email: string, link: string): Promise<boolean> {
    if (!deps.mailer) return false;
    const org = await users.findWithOrganisation(ctx.actor.userId);
    const language = org?.organisationSettings.defaultLanguage;
    try {
      await deps.mailer.send(invitationMail(email, org?.organisationName ?? '', link, language));
      return true;
    } catch (err) {
      deps.log?.warn({ err, requestId: ctx.requestId }, 'could not send an invitation mail');
      return false;
    }
  }

  /** Finds a usable invitation by token or says exactly why it cannot be used. */
  function assertUsable(
    row: { invitation: InvitationRow } | undefined,
    now: Date,
  ): asserts row is { invitation: InvitationRow } {
    if (!row) throw new NotFoundError('This invitation link is not valid. Ask for a new one.');
    const status = invitationStatus(row.invitation, now);
    if (status === 'accepted')
      throw new GoneError('invitation_used', 'This invitation has already been used. Please sign in.');
    if (status === 'revoked')
      throw new GoneError('invitation_revoked', 'This invitation was withdrawn. Ask for a new one.');
    if (status === 'expired')
      throw new GoneError('invitation_expired', 'This invitation has expired. Ask for a new one.');
  }

  return {
    async create(ctx: RequestContext, input: CreateInvitation): Promise<CreatedInvitation> {
      const { actor } = ctx;
      let specialistId = input.specialistId;
      if (actor.role === 'specialist') {
        if (input.role !== 'participant') {
          throw new ForbiddenError('role_not_allowed', 'Specialists can invite participants only.');
        }
        if (specialistId && specialistId !== actor.userId) throw new NotFoundError();
        specialistId = actor.userId;
      } else if (specialistId) {
        if (input.role !== 'participant') {
          throw new ConflictError(
            'specialist_only_for_participants',
            'Only a participant invitation names a specialist.',
            'specialistId',
          );
        }
        const specialist = await users.findInOrg(actor.organisationId, specialistId);
        if (specialist?.role !== 'specialist' || specialist.disabledAt) throw new NotFoundError();
      }
      const now = clock.now();
      const existing = await users.findByEmail(input.email);
      if (existing && existing.organisationId === actor.organisationId) {
        throw new ConflictError(
          'email_taken',
          'Someone in your organisation already has an account with this email.',
          'email',
        );
      }
      const token = newToken();
      const row = await unitOfWork.run(async (tx) => {
        // A new invitation replaces any pending one for the same person: only the newest link works.
        await tx.invitations.revokePendingFor(actor.organisationId, input.email, now);
        return tx.invitations.insert({
          organisationId: actor.organisationId,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          invitedById: actor.userId,
          specialistId: specialistId ?? null,
          createdAt: now,
          expiresAt: new Date(now.getTime() + invitationLifetimeMs),
        });
      });
      const link = linkFor(token);
      return {
        invitation: toInvitation({ invitation: row, inviterName: actor.name }, now),
        link,
        mailed: input.sendEmail ? await mailLink(ctx, input.email, link) : false,
      };
    },

    /**
     * A fresh link for a pending invitation (the first was lost, or never passed on): the old
     * link stops working and the seven days start again.
     */
    async reissue(ctx: RequestContext, invitationId: string): Promise<CreatedInvitation> {
      const { actor } = ctx;
      const row = await invitations.findInOrg(actor.organisationId, invitationId);
      if (!row || (actor.role !== 'admin' && row.invitation.invitedById !== actor.userId)) throw new NotFoundError();
      const now = clock.now();
      if (invitationStatus(row.invitation, now) !== 'pending') {
        throw new ConflictError('invitation_not_pending', 'Only a pending invitation can have a fresh link.');
      }
      const token = newToken();
      const expiresAt = new Date(now.getTime() + invitationLifetimeMs);
      await invitations.update(invitationId, { tokenHash: hashToken(token), expiresAt });
      return {
        invitation: toInvitation({ ...row, invitation: { ...row.invitation, expiresAt } }, now),
        link: linkFor(token),
        mailed: false,
      };
    },

    /** The role a pending invitation of this organisation would give, for the re-confirmation rule. */
    async roleOf(actor: Actor, invitationId: string): Promise<Role | undefined> {
      const row = await invitations.findInOrg(actor.organisationId, invitationId);
      return row?.invitation.role;
    },

    async list(ctx: RequestContext): Promise<Invitation[]> {
      const { actor } = ctx;
      const rows = await invitations.list(actor.organisationId, actor.role === 'admin' ? undefined : actor.userId);
      const now = clock.now();
      return rows.map((r) => toInvitation(r, now));
    },

    async revoke(ctx: RequestContext, invitationId: string): Promise<void> {
      const { actor } = ctx;
      const row = await invitations.findInOrg(actor.organisationId, invitationId);
      if (!row || (actor.role !== 'admin' && row.invitation.invitedById !== actor.userId)) throw new NotFoundError();
      if (invitationStatus(row.invitation, clock.now()) !== 'pending') {
        throw new ConflictError('invitation_not_pending', 'Only a pending invitation can be withdrawn.');
      }
      await invitations.update(invitationId, { revokedAt: clock.now() });
    },

    async preview(token: string): Promise<InvitationPreview> {
      const row = await invitations.findByTokenHash(hashToken(token));
      if (!row) return { usable: false, reason: 'unknown' };
      const status = invitationStatus(row.invitation, clock.now());
      if (status === 'accepted') return { usable: false, reason: 'used' };
      if (status !== 'pending') return { usable: false, reason: status };
      return {
        usable: true,
        email: row.invitation.email,
        role: row.invitation.role,
        organisationName: row.organisationName,
        invitedByName: row.inviterName,
        expiresAt: row.invitation.expiresAt.toISOString(),
      };
    },

    /** Creates the account (and partnership) in one transaction; returns the new user for sign-in. */
    async accept(input: AcceptInvitation, requestId: string) {
      assertAcceptablePassword(input.password);
      const passwordHash = await hashPassword(input.password);
      return unitOfWork.run(async (tx) => {
        const now = clock.now();
        const row = await tx.invitations.findByTokenHash(hashToken(input.token), true);
        assertUsable(row, now);
        const invitation = row.invitation;
        if (await tx.users.findByEmail(invitation.email)) {
          throw new ConflictError(
            'email_taken',
            'This email address already has an account. Please sign in instead.',
            'email',
          );
        }
        const user = await tx.users.insert({
          organisationId: invitation.organisationId,
          email: invitation.email,
          name: input.name,
          role: invitation.role,
          passwordHash,
          language: input.language ?? row.organisationSettings.defaultLanguage,
        });
        if (invitation.role === 'participant' && invitation.specialistId) {
          const specialist = await tx.users.findInOrg(invitation.organisationId, invitation.specialistId);
          // A specialist who left meanwhile gets no partnership; an admin can create one later.
          if (specialist && !specialist.disabledAt) {
            await tx.partnerships.insert({
              organisationId: invitation.organisationId,
              specialistId: specialist.id,
              participantId: user.id,
              startedAt: now,
            });
          }
        }
        await tx.invitations.update(invitation.id, { acceptedAt: now, acceptedUserId: user.id });
        if (user.role === 'participant') {
          await tx.audit.recordAnonymous(requestId, user.organisationId, 'account.create', user.id);
        }
        return { user, organisationName: row.organisationName };
      });
    },
  };
}

export type InvitationsService = ReturnType<typeof createInvitationsService>;
