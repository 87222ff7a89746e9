import type { RequestContext } from '../../lib/actor.js';
import type { AccessLogRepo } from './access-log.repo.js';

/**
 * The HIPAA access audit: every read or change of a participant's data appends one row per
 * participant touched — who, their role, what, which participant, when, allowed or denied, and
 * the request id. Actions are stable dotted names such as `plan.read` or `account.disable`.
 */
export interface Audit {
  record(
    ctx: RequestContext,
    action: string,
    participantIds: readonly string[],
    outcome?: 'allowed' | 'denied',
  ): Promise<void>;
  /**
   * For what concerns no one participant (supervisor reports, a staff account's own sign-in
   * methods): one row, no participant.
   */
  recordAggregate(ctx: RequestContext, action: string, outcome?: 'allowed' | 'denied'): Promise<void>;
  /**
   * An event of one account (its sign-in methods), by that person or by an admin: the row names the
   * account, and the participant too when the account is a participant's (so it is in their log).
   */
  recordAccountEvent(
    ctx: RequestContext,
    action: string,
    subject: { id: string; role: string },
    outcome?: 'allowed' | 'denied',
  ): Promise<void>;
  /**
   * For actions without a signed-in actor (first-run setup, accepting an invitation, using a reset
   * link). `participantId` is null when the account concerned is staff: the row still says it happened.
   */
  recordAnonymous(
    requestId: string,
    organisationId: string,
    action: string,
    participantId: string | null,
  ): Promise<void>;
}

export function createAudit(deps: { repo: AccessLogRepo }): Audit {
  return {
    async record(ctx, action, participantIds, outcome = 'allowed') {
      await deps.repo.append(
        [...new Set(participantIds)].map((participantId) => ({
          organisationId: ctx.actor.organisationId,
          actorUserId: ctx.actor.userId,
          actorRole: ctx.actor.role,
          action,
          participantId,
          outcome,
          requestId: ctx.requestId,
        })),
      );
    },
    async recordAggregate(ctx, action, outcome = 'allowed') {
      await deps.repo.append([
        {
          organisationId: ctx.actor.organisationId,
          actorUserId: ctx.actor.userId,
          actorRole: ctx.actor.role,
          action,
          participantId: null,
          outcome,
          requestId: ctx.requestId,
        },
      ]);
    },
    async recordAccountEvent(ctx, action, subject, outcome = 'allowed') {
      await deps.repo.append([
        {
          organisationId: ctx.actor.organisationId,
          actorUserId: ctx.actor.userId,
          actorRole: ctx.actor.role,
          action,
          participantId: subject.role === 'participant' ? subject.id : null,
          subjectUserId: subject.id,
          outcome,
          requestId: ctx.requestId,
        },
      ]);
    },
    async recordAnonymous(requestId, organisationId, action, participantId) {
      await deps.repo.append([{ organisationId, action, participantId, outcome: 'allowed', requestId }]);
    },
  };
}
