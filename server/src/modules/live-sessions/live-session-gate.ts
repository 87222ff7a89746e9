import type { DbStep } from '../../db/statement.js';

/**
 * What the plan executor asks the live-sessions module for every command: whether the plan's
 * participant is in a live session right now that this actor may act in (for a specialist —
 * `specialistId` — a session of their own partnership, which the person has joined), marking it
 * active. Answered as a database step, so the executor sends it in the command's transaction,
 * with the command's other opening statements.
 */
export interface LiveSessionGate {
  joinedLiveSessionDbStep(
    scope: { readonly organisationId: string; readonly participantId: string },
    specialistId: string | undefined,
  ): DbStep<JoinedLiveSession | null>;
}

/** The session a command counts as part of, and whether the person confirmed they are at the specialist's screen. */
export interface JoinedLiveSession {
  readonly id: string;
  readonly oneScreen: boolean;
}
