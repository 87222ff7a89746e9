import type { PasskeyAssertion, ReconfirmRequest, SecondFactorProof } from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import type { Clock } from '../../lib/clock.js';
import { BadRequestError } from '../../lib/errors.js';
import type { Audit } from '../access-log/index.js';
import type { SignInSessionsRepo, SignInThrottle, ThrottleKey, verifyPassword } from '../auth/index.js';
import type { UsersRepo } from '../people/index.js';
import { hashBackupCode } from './backup-codes.js';
import { type RelyingParty, verifyAssertion } from './passkeys.js';
import { secondFactorActions } from './second-factor.audit.js';
import type { SecondFactorsRepo } from './second-factors.repo.js';
import { totpStepOf } from './totp.js';

/**
 * Guessing codes: 5 wrong in 15 minutes per account locks it for 15 minutes, like passwords. The
 * key names the account only — never the client address — so a forged X-Forwarded-For (or any
 * number of addresses) buys no further guesses.
 */
export const secondFactorKey = (userId: string): ThrottleKey => ({
  key: `second-factor:${userId}`,
  rule: { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  onSuccess: 'clear',
});

export interface ProofDeps {
  repo: SecondFactorsRepo;
  signIns: Pick<SignInSessionsRepo, 'takePasskeyChallenge'>;
  users: Pick<UsersRepo, 'findWithOrganisation'>;
  throttle: Pick<SignInThrottle, 'admit'>;
  audit: Pick<Audit, 'recordAccountEvent'>;
  verifyPassword: typeof verifyPassword;
  clock: Clock;
  rp: RelyingParty;
}

type Proof = SecondFactorProof | ReconfirmRequest;

/**
 * Checks one proof of the signed-in person's second factor (or, for re-confirmation without one,
 * their password): counted against the account's allowance first, spent if good (a TOTP step, a
 * backup code and a passkey challenge each work once), and logged either way.
 */
export function createProofChecker(deps: ProofDeps) {
  const { repo, clock } = deps;

  async function totpOk(userId: string, code: string, now: Date): Promise<boolean> {
    for (const f of await repo.listConfirmed(userId)) {
      if (f.kind !== 'totp' || !f.totpSecret) continue;
      const step = totpStepOf(f.totpSecret, code, now);
      // A step at or before the last one used is a replay: refused even though the code is right.
      if (step !== null) return repo.useTotpStep(f.id, step, now);
    }
    return false;
  }

  async function passkeyOk(ctx: RequestContext, assertion: PasskeyAssertion, now: Date): Promise<boolean> {
    const challenge = await deps.signIns.takePasskeyChallenge(ctx.actor.signInSessionId, now);
    const passkey = await repo.findPasskey(ctx.actor.userId, assertion.id);
    if (!challenge || !passkey) return false;
    const signCount = await verifyAssertion(deps.rp, assertion, challenge, passkey);
    if (signCount === null) return false;
    await repo.usePasskey(passkey.id, signCount, now);
    return true;
  }

  async function passwordOk(userId: string, password: string): Promise<boolean> {
    const row = await deps.users.findWithOrganisation(userId);
    return !!row && (await deps.verifyPassword(row.user.passwordHash, password));
  }

  async function holds(ctx: RequestContext, proof: Proof, now: Date): Promise<boolean> {
    switch (proof.method) {
      case 'totp':
        return totpOk(ctx.actor.userId, proof.code, now);
      case 'backup':
        return repo.useBackupCode(ctx.actor.userId, hashBackupCode(proof.code), now);
      case 'passkey':
        return passkeyOk(ctx, proof.assertion, now);
      case 'password':
        return passwordOk(ctx.actor.userId, proof.password);
    }
  }

  return {
    /** Throws 400 (`second_factor_invalid`, or `wrong_password`) or 429 unless the proof holds. */
    async check(ctx: RequestContext, proof: Proof): Promise<void> {
      const now = clock.now();
      const subject = { id: ctx.actor.userId, role: ctx.actor.role };
      const attempt = await deps.throttle.admit([secondFactorKey(ctx.actor.userId)], now);
      if (!(await holds(ctx, proof, now))) {
        await attempt.failed();
        if (proof.method === 'password') {
          throw new BadRequestError('wrong_password', 'Your password is not right.', 'password');
        }
        await deps.audit.recordAccountEvent(ctx, secondFactorActions.fail, subject, 'denied');
        throw new BadRequestError(
          'second_factor_invalid',
          'That did not confirm it is you. Check the code, or try another way.',
          proof.method === 'passkey' ? 'assertion' : 'code',
        );
      }
      await attempt.succeeded();
      if (proof.method !== 'password') await deps.audit.recordAccountEvent(ctx, secondFactorActions.use, subject);
    },
  };
}

export type ProofChecker = ReturnType<typeof createProofChecker>;
