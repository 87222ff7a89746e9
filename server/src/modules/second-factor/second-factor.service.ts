import type {
  Enrolled,
  Me,
  PasskeyRegistration,
  ReconfirmRequest,
  SecondFactorEvent,
  SecondFactorMethod,
  SecondFactorProof,
  SecondFactorStatus,
  TotpEnrolment,
} from '@alongside/shared';
import type { RequestContext, SignInState } from '../../lib/actor.js';
import { BadRequestError, ConflictError, ForbiddenError, NotFoundError } from '../../lib/errors.js';
import type { AccessLogRepo } from '../access-log/index.js';
import type { SignInSessionsRepo } from '../auth/index.js';
import type { UsersRepo } from '../people/index.js';
import { newBackupCodes } from './backup-codes.js';
import { authenticationOptions, registrationOptions, verifyRegistration } from './passkeys.js';
import { secondFactorActionPrefix, secondFactorActions, secondFactorEventKind } from './second-factor.audit.js';
import { createProofChecker, type ProofDeps } from './second-factor.proofs.js';
import type { SecondFactorRow } from './second-factors.repo.js';
import { newTotpSecret, totpEnrolmentCodes, totpStepOf } from './totp.js';

/** A passkey challenge may be answered for five minutes (the browser's own prompt times out sooner). */
const challengeLifetimeMs = 5 * 60_000;

const toMethod = (f: SecondFactorRow): SecondFactorMethod => ({
  id: f.id,
  kind: f.kind,
  label: f.label,
  createdAt: f.createdAt.toISOString(),
  lastUsedAt: f.lastUsedAt?.toISOString() ?? null,
});

export interface SecondFactorDeps extends ProofDeps {
  signIns: Pick<
    SignInSessionsRepo,
    'takePasskeyChallenge' | 'setPasskeyChallenge' | 'markSecondFactor' | 'markPassword' | 'endAllForUser'
  >;
  users: Pick<UsersRepo, 'findWithOrganisation' | 'findInOrg'>;
  accessLog: Pick<AccessLogRepo, 'accountEvents'>;
  onAccessRevoked?: (event: { signInSessionId: string }) => void;
}

/** A person's own sign-in methods: adding, using, removing them; and an admin's reset of someone's. */
export function createSecondFactorService(deps: SecondFactorDeps) {
  const { repo, signIns, clock, rp } = deps;
  const proofs = createProofChecker(deps);

  /** The person's latest sign-in-method events, read back from the access log. */
  async function recentEvents(ctx: RequestContext): Promise<SecondFactorEvent[]> {
    const { userId, organisationId } = ctx.actor;
    const rows = await deps.accessLog.accountEvents(organisationId, userId, secondFactorActionPrefix, 20);
    return rows.flatMap((r) => {
      const kind = secondFactorEventKind(r.action);
      return kind ? [{ kind, at: r.at.toISOString(), byAdmin: r.actorUserId !== userId }] : [];
    });
  }

  async function account(ctx: RequestContext) {
    const row = await deps.users.findWithOrganisation(ctx.actor.userId);
    if (!row) throw new NotFoundError();
    return row;
  }

  /** After a method is added: the first one comes with backup codes. */
  async function enrolled(ctx: RequestContext, method: SecondFactorRow, hadFactor: boolean): Promise<Enrolled> {
    const now = clock.now();
    let codes: string[] | null = null;
    if (!hadFactor) {
      const fresh = newBackupCodes();
      await repo.replaceBackupCodes(ctx.actor.userId, fresh.hashes, now);
      codes = fresh.codes;
    }
    // Adding a method proves it is in hand: this sign-in counts as confirmed with it.
    await signIns.markSecondFactor(ctx.actor.signInSessionId, now);
    await deps.audit.recordAccountEvent(ctx, secondFactorActions.enrol, { id: ctx.actor.userId, role: ctx.actor.role });
    return { method: toMethod(method), backupCodes: codes };
  }

  /** Remembers the options' challenge on this sign-in: the browser's answer must be to it, once. */
  async function challengeGiven<O extends { challenge: string }>(ctx: RequestContext, options: O): Promise<O> {
    const expiresAt = new Date(clock.now().getTime() + challengeLifetimeMs);
    await signIns.setPasskeyChallenge(ctx.actor.signInSessionId, options.challenge, expiresAt);
    return options;
  }

  async function methodsOf(userId: string): Promise<NonNullable<Me['secondFactor']>['methods']> {
    const kinds = new Set((await repo.listConfirmed(userId)).map((f) => f.kind));
    if (kinds.size === 0) return [];
    const methods: NonNullable<Me['secondFactor']>['methods'] = [...kinds].sort();
    if ((await repo.backupCodesLeft(userId)) > 0) methods.push('backup');
    return methods;
  }

  return {
    methodsOf,
    async takeResetNotice(userId: string): Promise<boolean> {
      return repo.takeReset(userId);
    },

    async status(ctx: RequestContext, signIn: SignInState | null): Promise<SecondFactorStatus> {
      const methods = await repo.listConfirmed(ctx.actor.userId);
      return {
        methods: methods.map(toMethod),
        events: await recentEvents(ctx),
        backupCodesLeft: methods.length ? await repo.backupCodesLeft(ctx.actor.userId) : 0,
        required: signIn?.required ?? false,
      };
    },

    /** Starts adding an authenticator app: the secret, its URL and QR code. Counts once confirmed. */
    async startTotp(ctx: RequestContext): Promise<TotpEnrolment> {
      const { user, organisationName } = await account(ctx);
      const secret = newTotpSecret();
      await repo.removeUnconfirmed(user.id);
      const row = await repo.insert({
        userId: user.id,
        organisationId: user.organisationId,
        kind: 'totp',
        label: 'Authenticator app',
        createdAt: clock.now(),
        totpSecret: secret,
      });
      return {
        id: row.id,
        secret,
        ...(await totpEnrolmentCodes(secret, user.email, `Alongside (${organisationName})`)),
      };
    },

    async confirmTotp(ctx: RequestContext, id: string, code: string, label?: string): Promise<Enrolled> {
      const now = clock.now();
      const row = await repo.find(ctx.actor.userId, id);
      if (row?.kind !== 'totp' || row.confirmedAt || !row.totpSecret) throw new NotFoundError();
      const step = totpStepOf(row.totpSecret, code, now);
      if (step === null) {
        throw new BadRequestError(
          'second_factor_invalid',
          'That code is not right. Check the app and try again.',
          'code',
        );
      }
      const hadFactor = (await repo.listConfirmed(ctx.actor.userId)).length > 0;
      const confirmed = await repo.confirmTotp(ctx.actor.userId, id, now, step, label ?? row.label);
      if (!confirmed) throw new NotFoundError();
      return enrolled(ctx, confirmed, hadFactor);
    },

    async passkeyRegistrationOptions(ctx: RequestContext) {
      const { user } = await account(ctx);
      return challengeGiven(ctx, await registrationOptions(rp, user, await repo.listConfirmed(user.id)));
    },

    async enrolPasskey(ctx: RequestContext, registration: PasskeyRegistration, label?: string): Promise<Enrolled> {
      const now = clock.now();
      const challenge = await signIns.takePasskeyChallenge(ctx.actor.signInSessionId, now);
      const credential = challenge ? await verifyRegistration(rp, registration, challenge) : null;
      if (!credential) {
        throw new BadRequestError(
          'second_factor_invalid',
          'The passkey could not be added. Please try again.',
          'registration',
        );
      }
      const hadFactor = (await repo.listConfirmed(ctx.actor.userId)).length > 0;
      const row = await repo.insert({
        userId: ctx.actor.userId,
        organisationId: ctx.actor.organisationId,
        kind: 'passkey',
        label: label ?? 'Passkey',
        createdAt: now,
        confirmedAt: now,
        ...credential,
      });
      return enrolled(ctx, row, hadFactor);
    },

    /** A challenge for the person's passkeys: at sign-in's second step, or to re-confirm. */
    async passkeyAssertionOptions(ctx: RequestContext) {
      const passkeys = (await repo.listConfirmed(ctx.actor.userId)).filter((f) => f.kind === 'passkey');
      if (passkeys.length === 0) throw new NotFoundError('This account has no passkey.');
      return challengeGiven(ctx, await authenticationOptions(rp, passkeys));
    },

    /** Sign-in's second step: once the proof holds, the sign-in is complete. */
    async verify(ctx: RequestContext, proof: SecondFactorProof): Promise<void> {
      await proofs.check(ctx, proof);
      await signIns.markSecondFactor(ctx.actor.signInSessionId, clock.now());
    },

    /** Re-confirmation: with a factor, or — only for those who have none and need none — the password. */
    async reconfirm(ctx: RequestContext, signIn: SignInState, proof: ReconfirmRequest): Promise<void> {
      const needsFactor = signIn.hasSecondFactor || signIn.required;
      if (proof.method === 'password' && needsFactor) {
        throw new BadRequestError(
          'second_factor_required',
          'Confirm with your passkey or authenticator app.',
          'method',
        );
      }
      await proofs.check(ctx, proof);
      const now = clock.now();
      if (proof.method === 'password') await signIns.markPassword(ctx.actor.signInSessionId, now);
      else await signIns.markSecondFactor(ctx.actor.signInSessionId, now);
    },

    async remove(ctx: RequestContext, signIn: SignInState | null, id: string): Promise<void> {
      const methods = await repo.listConfirmed(ctx.actor.userId);
      const target = await repo.find(ctx.actor.userId, id);
      if (!target) throw new NotFoundError();
      const last = methods.length === 1 && methods[0]?.id === id;
      if (last && signIn?.required) {
        throw new ConflictError(
          'second_factor_kept_by_rule',
          'Your organisation asks staff to keep a second factor: add another before removing this one.',
        );
      }
      if (last) await repo.removeAll(ctx.actor.userId);
      else await repo.remove(ctx.actor.userId, id);
      await deps.audit.recordAccountEvent(ctx, secondFactorActions.remove, {
        id: ctx.actor.userId,
        role: ctx.actor.role,
      });
    },

    async regenerateBackupCodes(ctx: RequestContext): Promise<string[]> {
      if ((await repo.listConfirmed(ctx.actor.userId)).length === 0) throw new NotFoundError();
      const fresh = newBackupCodes();
      await repo.replaceBackupCodes(ctx.actor.userId, fresh.hashes, clock.now());
      await deps.audit.recordAccountEvent(ctx, secondFactorActions.backupCodes, {
        id: ctx.actor.userId,
        role: ctx.actor.role,
      });
      return fresh.codes;
    },

    /**
     * An admin removes someone's methods (a lost phone): their sign-ins end, and at the next one
     * they are told, and asked to add a method again if the organisation requires one.
     */
    async resetFor(ctx: RequestContext, userId: string): Promise<void> {
      if (userId === ctx.actor.userId) {
        throw new ForbiddenError('forbidden', 'Remove your own methods from your account page.');
      }
      const target = await deps.users.findInOrg(ctx.actor.organisationId, userId);
      if (!target) throw new NotFoundError();
      const now = clock.now();
      await repo.removeAll(target.id);
      await repo.recordReset(target.id, ctx.actor.userId, now);
      const ended = await signIns.endAllForUser(target.id, now);
      for (const signInSessionId of ended) deps.onAccessRevoked?.({ signInSessionId });
      await deps.audit.recordAccountEvent(ctx, secondFactorActions.reset, target);
    },
  };
}

export type SecondFactorService = ReturnType<typeof createSecondFactorService>;
