import type {
  ChangePassword,
  CompletePasswordReset,
  IssuedPasswordReset,
  PasswordResetPreview,
  resetUnusableReasons,
} from '@alongside/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { UnitOfWork } from '../../db/unit-of-work.js';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { BadRequestError, ConflictError, GoneError, NotFoundError } from '../../lib/errors.js';
import type { AccessRevoked } from '../../lib/notify.js';
import { hashToken, newToken } from '../../lib/tokens.js';
import { resetMail } from '../../mail/mail-texts.js';
import type { Mailer } from '../../mail/mailer.js';
import type { Audit } from '../access-log/index.js';
import {
  assertAcceptablePassword,
  hashPassword,
  type SignInSessionsRepo,
  type SignInThrottle,
  type ThrottleKey,
  type verifyPassword,
} from '../auth/index.js';
import type { PartnershipsRepo, UserRow, UsersRepo } from '../people/index.js';
import type { PasswordResetRow, PasswordResetsRepo } from './password-resets.repo.js';
import { mayIssueReset } from './reset-policy.js';

const resetLifetimeMs = 24 * 3600_000;

/**
 * "Forgot your password?" by mail: per address, 3 an hour (a person retrying, not a mailbomb);
 * per client address, 10 in 15 minutes. Every request counts, whatever the address.
 */
const mailKeys = (email: string, ip: string): ThrottleKey[] => [
  { key: `reset-mail:${email}`, rule: { limit: 3, windowSeconds: 3600, lockSeconds: 3600 }, onSuccess: 'refund' },
  { key: `reset-address:${ip}`, rule: { limit: 10, windowSeconds: 900, lockSeconds: 900 }, onSuccess: 'refund' },
];
/** Guessing the current password from a signed-in browser: 5 in 15 minutes per account. */
const changeKey = (userId: string): ThrottleKey => ({
  key: `password-change:${userId}`,
  rule: { limit: 5, windowSeconds: 900, lockSeconds: 900 },
  onSuccess: 'clear',
});

export interface PasswordsDeps {
  users: Pick<UsersRepo, 'findInOrg' | 'findByEmail'>;
  partnerships: Pick<PartnershipsRepo, 'findActive'>;
  resets: Pick<PasswordResetsRepo, 'findByTokenHash'>;
  throttle: Pick<SignInThrottle, 'admit'>;
  audit: Pick<Audit, 'record' | 'recordAggregate'>;
  unitOfWork: UnitOfWork<{
    passwordResets: Pick<PasswordResetsRepo, 'insert' | 'revokeUnusedFor' | 'findByTokenHash' | 'markUsed'>;
    users: Pick<UsersRepo, 'update'>;
    signIns: Pick<SignInSessionsRepo, 'endAllForUser'>;
    audit: Pick<Audit, 'record' | 'recordAggregate' | 'recordAnonymous'>;
  }>;
  verifyPassword: typeof verifyPassword;
  mailer: Mailer | undefined;
  clock: Clock;
  config: Pick<Config, 'publicUrl'>;
  log: Pick<FastifyBaseLogger, 'warn'>;
  onAccessRevoked?: (event: AccessRevoked) => void;
}

type Unusable = (typeof resetUnusableReasons)[number];

function whyUnusable(row: { reset: PasswordResetRow; user: UserRow } | undefined, now: Date): Unusable | null {
  if (!row) return 'unknown';
  if (row.reset.usedAt) return 'used';
  if (row.reset.revokedAt) return 'revoked';
  if (row.reset.expiresAt <= now) return 'expired';
  return row.user.disabledAt ? 'disabled' : null;
}

/** Finds a usable link's row or says exactly why it cannot be used. */
function assertUsable<T extends { reset: PasswordResetRow; user: UserRow }>(
  row: T | undefined,
  now: Date,
): asserts row is T {
  const why = whyUnusable(row, now);
  if (why === 'unknown') throw new NotFoundError('This link is not valid. Ask for a new one.');
  if (why === 'used') throw new GoneError('reset_used', 'This link has already been used. Ask for a new one.');
  if (why === 'revoked') throw new GoneError('reset_revoked', 'A newer link replaced this one. Use the newest.');
  if (why === 'expired') throw new GoneError('reset_expired', 'This link has expired. Ask for a new one.');
  if (why === 'disabled') throw new GoneError('account_disabled', 'This account is disabled.');
}

/** Participants' resets go in their own access log; a staff account's is an organisation row. */
function auditFor(user: UserRow): string[] {
  return user.role === 'participant' ? [user.id] : [];
}

export function createPasswordsService(deps: PasswordsDeps) {
  const { users, partnerships, resets, throttle, audit, unitOfWork, mailer, clock, config } = deps;

  /** Replaces any unused link of the account with a new one; logs the issue. */
  async function newLink(ctx: RequestContext | null, requestId: string, user: UserRow) {
    const token = newToken();
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + resetLifetimeMs);
    await unitOfWork.run(async (tx) => {
      await tx.passwordResets.revokeUnusedFor(user.organisationId, user.id, now);
      await tx.passwordResets.insert({
        organisationId: user.organisationId,
        userId: user.id,
        tokenHash: hashToken(token),
        issuedById: ctx?.actor.userId ?? null,
        createdAt: now,
        expiresAt,
      });
      const action = 'account.password-reset.issue';
      if (!ctx) {
        await tx.audit.recordAnonymous(requestId, user.organisationId, action, auditFor(user)[0] ?? null);
      } else if (user.role === 'participant') await tx.audit.record(ctx, action, [user.id]);
      else await tx.audit.recordAggregate(ctx, action);
    });
    // In the fragment, so the token never reaches a server log or a Referer header.
    return { link: `${config.publicUrl}/reset#${token}`, expiresAt };
  }

  return {
    async issue(ctx: RequestContext, userId: string): Promise<IssuedPasswordReset> {
      const { actor } = ctx;
      const target = await users.findInOrg(actor.organisationId, userId);
      if (!target) throw new NotFoundError();
      const partnered =
        actor.role === 'specialist' && !!(await partnerships.findActive(actor.organisationId, actor.userId, target.id));
      if (!mayIssueReset(actor, target, partnered)) {
        // A specialist reaching for someone else's participant: logged in that person's record.
        if (target.role === 'participant')
          await audit.record(ctx, 'account.password-reset.issue', [target.id], 'denied');
        throw new NotFoundError();
      }
      if (target.disabledAt) throw new ConflictError('account_disabled', 'This account is disabled.');
      const { link, expiresAt } = await newLink(ctx, ctx.requestId, target);
      return { link, expiresAt: expiresAt.toISOString() };
    },

    async preview(token: string): Promise<PasswordResetPreview> {
      const row = await resets.findByTokenHash(hashToken(token));
      const reason = whyUnusable(row, clock.now());
      if (reason || !row) return { usable: false, reason: reason ?? 'unknown' };
      return { usable: true, email: row.user.email, expiresAt: row.reset.expiresAt.toISOString() };
    },

    /** Sets the new password, spends the link and ends every sign-in of the account. */
    async complete(input: CompletePasswordReset, requestId: string): Promise<void> {
      assertAcceptablePassword(input.password);
      const passwordHash = await hashPassword(input.password);
      const userId = await unitOfWork.run(async (tx) => {
        const now = clock.now();
        const row = await tx.passwordResets.findByTokenHash(hashToken(input.token), true);
        assertUsable(row, now);
        const { user } = row;
        await tx.users.update(user.organisationId, user.id, { passwordHash });
        await tx.passwordResets.markUsed(row.reset.id, now);
        await tx.signIns.endAllForUser(user.id, now);
        await tx.audit.recordAnonymous(
          requestId,
          user.organisationId,
          'account.password-reset.use',
          auditFor(user)[0] ?? null,
        );
        return user.id;
      });
      deps.onAccessRevoked?.({ userId });
    },

    /**
     * The same answer, in the same time, whether or not the address has an account: looking it
     * up, making the link and mailing it all happen after the answer (only the throttle comes
     * first), and a failure there — a mail server that is down — only leaves a warning in the log.
     */
    async requestByMail(email: string, ip: string, requestId: string): Promise<void> {
      if (!mailer) throw new ConflictError('mail_not_configured', 'Mail is not set up here. Ask your specialist.');
      await throttle.admit(mailKeys(email, ip), clock.now());
      const mailLink = async () => {
        const user = await users.findByEmail(email);
        if (!user || user.disabledAt) return;
        const { link } = await newLink(null, requestId, user);
        await mailer.send(resetMail(user.email, link, user.language));
      };
      mailLink().catch((err: unknown) => {
        deps.log.warn({ err, requestId }, 'could not mail a password-reset link');
      });
    },

    /** Changes one's own password; every other sign-in of the account ends, this one stays. */
    async change(ctx: RequestContext, input: ChangePassword): Promise<void> {
      const { actor } = ctx;
      const attempt = await throttle.admit([changeKey(actor.userId)], clock.now());
      const user = await users.findInOrg(actor.organisationId, actor.userId);
      if (!user) throw new NotFoundError();
      if (!(await deps.verifyPassword(user.passwordHash, input.currentPassword))) {
        await attempt.failed();
        throw new BadRequestError('wrong_password', 'Your current password is not right.', 'currentPassword');
      }
      await attempt.succeeded();
      assertAcceptablePassword(input.newPassword, 'newPassword');
      const passwordHash = await hashPassword(input.newPassword);
      const ended = await unitOfWork.run(async (tx) => {
        const now = clock.now();
        await tx.users.update(actor.organisationId, actor.userId, { passwordHash });
        const endedIds = await tx.signIns.endAllForUser(actor.userId, now, actor.signInSessionId);
        if (actor.role === 'participant') await tx.audit.record(ctx, 'account.password.change', [actor.userId]);
        else await tx.audit.recordAggregate(ctx, 'account.password.change');
        return endedIds;
      });
      for (const signInSessionId of ended) deps.onAccessRevoked?.({ signInSessionId });
    },
  };
}

export type PasswordsService = ReturnType<typeof createPasswordsService>;
