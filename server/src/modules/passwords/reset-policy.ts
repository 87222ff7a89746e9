import type { Role } from '@alongside/shared';

/**
 * Who may issue a password-reset link for whom — the one place this rule lives. An admin may
 * for anyone in the organisation; a specialist only for a participant they are in an active
 * partnership with; a staff account's reset (specialist, supervisor, admin) only an admin.
 * Everyone else never gets here (the route's capability), but the rule says no to them too.
 */
export function mayIssueReset(
  actor: { role: Role; userId: string },
  target: { role: Role; id: string },
  activePartnership: boolean,
): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role === 'specialist') return target.role === 'participant' && activePartnership;
  return false;
}
