import { staffRoles } from '@alongside/shared';
import type { FastifyRequest } from 'fastify';
import type { Actor, SignInStage, SignInState } from '../lib/actor.js';
import { ForbiddenError } from '../lib/errors.js';

/**
 * The two sign-in rules every route declaration can name (read by the access plugin, nowhere else):
 *
 * - Stages. A sign-in waiting for its second factor (`verify`), or a staff account the
 *   organisation requires to have one and which has none (`enrol`), reaches only the routes that
 *   declare that stage: the second step, enrolment, sign-out and the account basics. Every other
 *   route answers 403 `second_factor_required` / `second_factor_enrolment_required`.
 *
 * - Re-confirmation. A sensitive act by staff (disclosing, a consent changed on someone's behalf,
 *   turning off the second-factor rule, inviting an admin, changing one's own sign-in methods)
 *   needs the second factor given within the last five minutes (RECONFIRM_SECONDS; POST
 *   /api/auth/reconfirm). Staff
 *   who have no second factor — allowed only while the organisation's rule is off — re-confirm
 *   with their password instead, so the act is still re-confirmed. Participants act for
 *   themselves and are never asked. Otherwise: 403 `reconfirmation_required`.
 */

/**
 * Whether this request is a sensitive act; `always` for routes that are one whatever the body.
 * A rule may read what the request names (a pending invitation's role), so it may answer later.
 */
export type Sensitive =
  | 'always'
  | ((request: FastifyRequest, actor: Actor, signIn: SignInState) => boolean | Promise<boolean>);

export function checkSignInStage(signIn: SignInState | null, allowed: readonly SignInStage[] = []): void {
  const stage = signIn?.stage ?? 'complete';
  if (stage === 'complete' || allowed.includes(stage)) return;
  if (stage === 'verify') {
    throw new ForbiddenError('second_factor_required', 'Finish signing in with your second factor first.');
  }
  throw new ForbiddenError(
    'second_factor_enrolment_required',
    'Your organisation asks staff to add a passkey or an authenticator app before going on.',
  );
}

/** When this sign-in last showed what a re-confirmation asks of this person, if it did. */
export function lastConfirmedAt(signIn: SignInState): Date | null {
  if (signIn.hasSecondFactor || signIn.required) return signIn.secondFactorAt;
  const times = [signIn.secondFactorAt, signIn.passwordAt].filter((d): d is Date => d !== null);
  return times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null;
}

export function isFresh(signIn: SignInState, now: Date, windowSeconds: number): boolean {
  const at = lastConfirmedAt(signIn);
  return at !== null && now.getTime() - at.getTime() <= windowSeconds * 1000;
}

export async function checkReconfirmed(
  request: FastifyRequest,
  actor: Actor,
  signIn: SignInState,
  sensitive: Sensitive,
  now: Date,
  windowSeconds: number,
): Promise<void> {
  if (!staffRoles.includes(actor.role)) return;
  if (sensitive !== 'always' && !(await sensitive(request, actor, signIn))) return;
  if (isFresh(signIn, now, windowSeconds)) return;
  throw new ForbiddenError(
    'reconfirmation_required',
    signIn.hasSecondFactor || signIn.required
      ? 'Confirm it is you with your passkey or authenticator app, then try again.'
      : 'Confirm it is you with your password, then try again.',
  );
}
