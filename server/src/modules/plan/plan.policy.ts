import type { PlanCommand, PlanCommandType, Voice } from '@alongside/shared';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { partnerships, users } from '../../db/schema/index.js';
import { type DbStep, runDbStep, statementTemplate } from '../../db/statement.js';
import type { Actor } from '../../lib/actor.js';
import { ForbiddenError } from '../../lib/errors.js';
import type { PlanScope } from './plan.repo.js';

/**
 * THE PARTNERSHIP RULES — the only place they live.
 *
 * - The participant may do anything to their own plan.
 * - A specialist with an active partnership may read the plan, create suggestions, withdraw their
 *   own pending suggestions, and record a check-in only inside a live session the participant has
 *   joined. Nothing else: the person decides.
 * - Anyone else gets 404 for the plan and everything in it (see `authorizePlan`).
 */

declare const authorizedBrand: unique symbol;
/** Proof that the access check ran. Only `authorizePlan` makes one; every plan operation needs one. */
export interface AuthorizedPlan {
  readonly [authorizedBrand]: true;
  readonly scope: PlanScope;
  readonly relation: 'self' | 'partner';
  readonly actor: Actor;
  readonly participantName: string;
}

/** Resolves the actor's relationship to the participant, inside the query; null means "not found". */
export async function authorizePlan(db: DbOrTx, actor: Actor, participantId: string): Promise<AuthorizedPlan | null> {
  return runDbStep(db, planAccessDbStep(db, actor, participantId));
}

/** The partnership check: the specialist's active partnership with the (still enabled) person. */
const partnershipStatement = statementTemplate<{ organisationId: string; specialistId: string; participantId: string }>(
  'alongside_partnership',
  (db) =>
    db
      .select({ name: users.name })
      .from(partnerships)
      .innerJoin(users, eq(users.id, partnerships.participantId))
      .where(
        and(
          eq(partnerships.organisationId, sql.placeholder('organisationId')),
          eq(partnerships.specialistId, sql.placeholder('specialistId')),
          eq(partnerships.participantId, sql.placeholder('participantId')),
          isNull(partnerships.endedAt),
          isNull(users.disabledAt),
        ),
      )
      .limit(1),
);

/**
 * The access check as a step, so the executor's group commit can send it in one round trip with
 * a command's other opening statements. The participant's own plan needs no query.
 */
export function planAccessDbStep(db: DbOrTx, actor: Actor, participantId: string): DbStep<AuthorizedPlan | null> {
  const scope = { organisationId: actor.organisationId, participantId };
  if (actor.role === 'participant' && actor.userId === participantId) {
    return { read: () => ({ scope, relation: 'self', actor, participantName: actor.name }) as AuthorizedPlan };
  }
  if (actor.role !== 'specialist') return { read: () => null };
  return {
    statement: partnershipStatement(db, {
      organisationId: actor.organisationId,
      specialistId: actor.userId,
      participantId,
    }),
    read: ([row]) =>
      row ? ({ scope, relation: 'partner', actor, participantName: String(row.name) } as AuthorizedPlan) : null,
  };
}

/** What a partnered specialist may send; every other command is the participant's alone. */
const specialistCommands: Partial<Record<PlanCommandType, 'always' | 'in-live-session'>> = {
  'suggestion.create': 'always',
  'suggestion.withdraw': 'always',
  'check-in.record': 'in-live-session',
};

/** Suggestions are how a specialist proposes; the person simply makes the change themselves. */
const specialistOnlyCommands: readonly PlanCommandType[] = ['suggestion.create', 'suggestion.withdraw'];

export class ParticipantDecidesError extends ForbiddenError {
  constructor(participantName: string) {
    super(
      'participant_decides',
      `Only ${participantName} can make this change to their plan. You can suggest it instead.`,
    );
  }
}

export function assertCommandAllowed(plan: AuthorizedPlan, command: PlanCommand, inJoinedLiveSession: boolean): void {
  if (plan.relation === 'self') {
    if (specialistOnlyCommands.includes(command.type)) {
      throw new ForbiddenError(
        'not_for_participants',
        'Suggestions come from a specialist; change your plan directly instead.',
      );
    }
    return;
  }
  const rule = specialistCommands[command.type];
  if (!rule) throw new ParticipantDecidesError(plan.participantName);
  if (rule === 'in-live-session' && !inJoinedLiveSession) {
    throw new ForbiddenError(
      'live_session_required',
      'A specialist can record a check-in only together with the person, in a live session they have joined.',
    );
  }
}

export function assertMayWithdraw(plan: AuthorizedPlan, authorId: string): void {
  if (authorId !== plan.actor.userId) {
    throw new ForbiddenError('not_your_suggestion', 'Only the specialist who made a suggestion can withdraw it.');
  }
}

/** The voice of text the actor types themselves. */
export function actorVoice(plan: AuthorizedPlan): Voice {
  return plan.relation === 'self' ? 'participant' : 'specialist';
}
