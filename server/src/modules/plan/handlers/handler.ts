import type { Choice, Pathway, PlanCommandOf, PlanCommandType, PlanEffect, Voice } from '@alongside/shared';
import { eq } from 'drizzle-orm';
import { choiceOptions, type choices } from '../../../db/schema/index.js';
import { NotFoundError } from '../../../lib/errors.js';
import { toChoice } from '../plan.mappers.js';
import { type AuthorizedPlan, actorVoice } from '../plan.policy.js';
import type { PlanRepo } from '../plan.repo.js';

/** What a command handler gets: the plan (already authorized), its repo inside the transaction, and time. */
export interface HandlerContext {
  readonly repo: PlanRepo;
  readonly plan: AuthorizedPlan;
  readonly now: Date;
  /** Today's date (YYYY-MM-DD) for things like "step done on". */
  readonly today: string;
  readonly liveSessionId: string | null;
}

/** What a handler did: the items changed (full new state), their ids, and whose words the new text is. */
export interface Outcome {
  readonly effects: PlanEffect[];
  readonly ids: string[];
  readonly voice: Voice;
}

export type Handler<T extends PlanCommandType> = (ctx: HandlerContext, command: PlanCommandOf<T>) => Promise<Outcome>;
export type HandlerMap<K extends PlanCommandType> = { [T in K]: Handler<T> };

/** A referenced item outside this plan looks exactly like one that does not exist. */
export function found<T>(row: T | undefined): T {
  if (row === undefined) throw new NotFoundError('That item is not in this plan.');
  return row;
}

/** Keeps only the keys whose value was actually given. */
export function given<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** An option added to a choice: last, unless its place is given; whoever raised it, as `raisedBy` says. */
export async function addOption(
  repo: PlanRepo,
  option: {
    choiceId: string;
    label: string;
    notes: string | null | undefined;
    pathway: Pathway;
    raisedBy: Voice;
    /** Whose words the label and the notes are; as `raisedBy` when not said. */
    voice?: Voice;
    notesVoice?: Voice;
    fromSuggestionId?: string;
    position?: number;
  },
) {
  const { choiceId, fromSuggestionId } = option;
  return repo.options.insert({
    choiceId,
    label: option.label,
    notes: option.notes || null,
    pathway: option.pathway,
    raisedBy: option.raisedBy,
    voice: option.voice ?? option.raisedBy,
    notesVoice: option.notesVoice ?? option.voice ?? option.raisedBy,
    ...(fromSuggestionId === undefined ? {} : { fromSuggestionId }),
    position: option.position ?? (await repo.nextPosition(choiceOptions, eq(choiceOptions.choiceId, choiceId))),
  });
}

/** A choice row with its options, as clients see it. */
export async function choiceView(repo: PlanRepo, row: typeof choices.$inferSelect): Promise<Choice> {
  return toChoice(row, await repo.options.list(eq(choiceOptions.choiceId, row.id)));
}

/** Who recorded a rating the person gave: the person, or a specialist with them in a live session. */
export function recordedBy({ plan, now, liveSessionId }: HandlerContext) {
  return {
    recordedTogether: plan.relation === 'partner',
    recordedBy: actorVoice(plan),
    recordedByUserId: plan.actor.userId,
    liveSessionId,
    at: now,
  };
}
