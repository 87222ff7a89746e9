import { type SecondFactorEventKind, secondFactorEventKinds } from '@alongside/shared';
import type { RequestContext } from '../../lib/actor.js';
import type { Audit } from '../access-log/index.js';

/** What the access log calls each event of a person's second factors. */
export const secondFactorActions = {
  enrol: 'account.second-factor.enrol',
  use: 'account.second-factor.use',
  fail: 'account.second-factor.fail',
  remove: 'account.second-factor.remove',
  backupCodes: 'account.second-factor.backup-codes',
  reset: 'account.second-factor.reset',
} as const;

export const secondFactorActionPrefix = 'account.second-factor.';

/** The event an access-log action names, if it is one of the sign-in methods' own. */
export function secondFactorEventKind(action: string): SecondFactorEventKind | undefined {
  const kind = action.slice(secondFactorActionPrefix.length);
  return action.startsWith(secondFactorActionPrefix) && (secondFactorEventKinds as readonly string[]).includes(kind)
    ? (kind as SecondFactorEventKind)
    : undefined;
}

/**
 * One access-log row for an event of `subject`'s sign-in methods, by the signed-in `ctx` (the
 * person themself, or an admin resetting). It names the account, so the person sees it under
 * "your sign-in methods"; a participant's row also names them as the participant, so it is in
 * their own record's log.
 */
export async function logSecondFactor(
  audit: Pick<Audit, 'recordAccountEvent'>,
  ctx: RequestContext,
  action: string,
  subject: { id: string; role: string },
  outcome: 'allowed' | 'denied' = 'allowed',
): Promise<void> {
  await audit.recordAccountEvent(ctx, action, subject, outcome);
}
