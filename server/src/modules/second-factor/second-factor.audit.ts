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

/**
 * One access-log row for an event of `subject`'s sign-in methods, by the signed-in `ctx` (the
 * person themself, or an admin resetting). A participant's row names them, so it is in their own
 * record's log; staff accounts are no participant, so their row names none (as for passwords).
 */
export async function logSecondFactor(
  audit: Pick<Audit, 'record' | 'recordAggregate'>,
  ctx: RequestContext,
  action: string,
  subject: { id: string; role: string },
  outcome: 'allowed' | 'denied' = 'allowed',
): Promise<void> {
  if (subject.role === 'participant') await audit.record(ctx, action, [subject.id], outcome);
  else await audit.recordAggregate(ctx, action, outcome);
}
