import type { PlanCommand, PlanCommandType, Voice } from '@alongside/shared';
import { type DbStep, mapDbStep } from '../../db/statement.js';
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
 * - Anyone else gets 404 for the plan and everything in it (see `planAccessDbStep`).
 */

declare const authorizedBrand: unique symbol;
/** Proof that the access check ran. Only `planAccessDbStep` makes one; every plan operation needs one. */
export interface AuthorizedPlan {
  readonly [authorizedBrand]: true;
  readonly scope: PlanScope;
  readonly relation: 'self' | 'partner';
  readonly actor: Actor;
  readonly participantName: string;
}

/** Finds the person's name if a specialist has an active partnership with them (the SQL is elsewhere). */
export interface PartnerLookup {
  partnerDbStep(scope: PlanScope, specialistId: string): DbStep<string | null>;
}

/**
 * The access check as a database step (sent with a command's other opening statements, or run
 * alone by `authorize`): the participant's own plan needs no query; a specialist needs an active
 * partnership with the (still enabled) person; anyone else finds nothing.
 */
export function planAccessDbStep(
  actor: Actor,
  participantId: string,
  partners: PartnerLookup,
): DbStep<AuthorizedPlan | null> {
  const scope = { organisationId: actor.organisationId, participantId };
  if (actor.role === 'participant' && actor.userId === participantId) {
    return { read: () => authorized(scope, 'self', actor, actor.name) };
  }
  if (actor.role !== 'specialist') return { read: () => null };
  return mapDbStep(partners.partnerDbStep(scope, actor.userId), (name) =>
    name === null ? null : authorized(scope, 'partner', actor, name),
  );
}

function authorized(
  scope: PlanScope,
  relation: AuthorizedPlan['relation'],
  actor: Actor,
  participantName: string,
): AuthorizedPlan {
  return { scope, relation, actor, participantName } as AuthorizedPlan;
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
