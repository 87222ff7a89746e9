import { type SecondFactorEventKind, secondFactorEventKinds } from '@alongside/shared';

/**
 * What the access log calls each event of a person's second factors. Each row names the account
 * (`audit.recordAccountEvent`), so the person sees it under "your sign-in methods"; a participant's
 * row also names them as the participant, so it is in their own record's log.
 */
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
