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
 * - At one screen: while a session of that specialist with that person is live and the person
 *   confirmed they are at the specialist's screen (the code from their own phone), the person may
 *   make their own decisions there — accept (in their own words or not), decline, rate their
 *   confidence. Sent from the specialist's device marked `atOneScreen`, each is recorded in the
 *   person's voice and marked as made together at one screen. Without that session, refused.
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
  /** The person is deciding on their specialist's screen (see `assertCommandAllowed`). */
  readonly atOneScreen: boolean;
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
  return { scope, relation, actor, participantName, atOneScreen: false } as AuthorizedPlan;
}

/** What a partnered specialist may send; every other command is the participant's alone. */
const specialistCommands: Partial<Record<PlanCommandType, 'always' | 'in-live-session'>> = {
  'suggestion.create': 'always',
  'suggestion.withdraw': 'always',
  'check-in.record': 'in-live-session',
  // A self-check is a check-in of the four dimensions: the same rule, with the person, in a session.
  'self-check.record': 'in-live-session',
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

/** The person's own decisions, which they may make at their specialist's screen. */
const oneScreenDecisions: readonly PlanCommandType[] = [
  'suggestion.accept',
  'suggestion.decline',
  'check-in.record',
  'self-check.record',
];

/** The live session a command belongs to, as the live-sessions module found it. */
export interface SessionFound {
  /** The person has joined (their own device, or confirmed at the shared screen). */
  readonly joined: boolean;
  /** …and confirmed they are at the specialist's screen. */
  readonly oneScreen: boolean;
}

/**
 * Checks the command against the rules; returns the plan to apply it to — for a decision the
 * person made at their specialist's screen, one that speaks in the person's voice.
 */
export function assertCommandAllowed(
  plan: AuthorizedPlan,
  command: PlanCommand,
  session: SessionFound,
  atOneScreen = false,
): AuthorizedPlan {
  if (atOneScreen) return assertOneScreenDecision(plan, command, session);
  assertOwnCommandAllowed(plan, command, session.joined);
  return plan;
}

function assertOneScreenDecision(plan: AuthorizedPlan, command: PlanCommand, session: SessionFound): AuthorizedPlan {
  if (plan.relation === 'self') {
    throw new ForbiddenError('one_screen_not_needed', 'On your own device your decisions are already yours.');
  }
  if (!oneScreenDecisions.includes(command.type)) throw new ParticipantDecidesError(plan.participantName);
  if (!session.oneScreen) {
    throw new ForbiddenError(
      'one_screen_required',
      `${plan.participantName} decides this on this screen only in a session where they confirmed they are here, with the code from their own phone.`,
    );
  }
  return { ...plan, atOneScreen: true };
}

function assertOwnCommandAllowed(plan: AuthorizedPlan, command: PlanCommand, inJoinedLiveSession: boolean): void {
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

/** The voice of text the actor types themselves (at one screen, the person's). */
export function actorVoice(plan: AuthorizedPlan): Voice {
  return plan.relation === 'self' || plan.atOneScreen ? 'participant' : 'specialist';
}
