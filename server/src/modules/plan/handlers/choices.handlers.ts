import { and, eq } from 'drizzle-orm';
import { choiceOptions } from '../../../db/schema/index.js';
import { ConflictError, StaleVersionError } from '../../../lib/errors.js';
import { actorVoice } from '../plan.policy.js';
import type { PlanRepo } from '../plan.repo.js';
import { addOption, choiceView, found, type HandlerContext, type HandlerMap, type Outcome } from './handler.js';

async function findOption(repo: PlanRepo, choiceId: string, optionId: string) {
  const [option] = await repo.options.list(and(eq(choiceOptions.choiceId, choiceId), eq(choiceOptions.id, optionId)));
  return found(option);
}

async function choiceOutcome(ctx: HandlerContext, choiceId: string): Promise<Outcome> {
  const row = found(await ctx.repo.choices.find(choiceId));
  return {
    effects: [{ kind: 'choice', value: await choiceView(ctx.repo, row) }],
    ids: [choiceId],
    voice: actorVoice(ctx.plan),
  };
}

export const choiceHandlers: HandlerMap<
  | 'choice.create'
  | 'choice.edit'
  | 'choice.add-option'
  | 'choice.remove-option'
  | 'choice.decide'
  | 'choice.record-disagreement'
  | 'choice.revisit'
  | 'choice.delete'
> = {
  async 'choice.create'(ctx, c) {
    const { repo, plan, now } = ctx;
    if (c.goalId) found(await repo.goals.find(c.goalId));
    const row = await repo.choices.insert({
      question: c.question,
      goalId: c.goalId ?? null,
      voice: actorVoice(plan),
      createdAt: now,
      updatedAt: now,
    });
    for (const [position, option] of (c.options ?? []).entries()) {
      await addOption(repo, {
        choiceId: row.id,
        label: option.label,
        notes: option.notes,
        pathway: option.pathway,
        raisedBy: actorVoice(plan),
        position,
      });
    }
    return choiceOutcome(ctx, row.id);
  },

  async 'choice.edit'(ctx, c) {
    const current = found(await ctx.repo.choices.find(c.choiceId));
    if (current.version !== c.version) throw new StaleVersionError(await choiceView(ctx.repo, current));
    await ctx.repo.choices.update(c.choiceId, {
      question: c.question,
      voice: actorVoice(ctx.plan),
      version: current.version + 1,
      updatedAt: ctx.now,
    });
    return choiceOutcome(ctx, c.choiceId);
  },

  async 'choice.add-option'(ctx, c) {
    const { repo, plan, now } = ctx;
    found(await repo.choices.find(c.choiceId));
    await addOption(repo, {
      choiceId: c.choiceId,
      label: c.label,
      notes: c.notes,
      pathway: c.pathway,
      raisedBy: actorVoice(plan),
    });
    await repo.choices.update(c.choiceId, { updatedAt: now });
    return choiceOutcome(ctx, c.choiceId);
  },

  async 'choice.remove-option'(ctx, c) {
    const choice = found(await ctx.repo.choices.find(c.choiceId));
    await findOption(ctx.repo, c.choiceId, c.optionId);
    if (choice.chosenOptionId === c.optionId) {
      throw new ConflictError('option_chosen', 'This is the option you chose. Revisit the choice before removing it.');
    }
    await ctx.repo.options.remove([c.optionId]);
    await ctx.repo.choices.update(c.choiceId, { updatedAt: ctx.now });
    return choiceOutcome(ctx, c.choiceId);
  },

  /** Deciding again on a decided choice keeps the earlier decision in the choice's history. */
  async 'choice.decide'(ctx, c) {
    const choice = found(await ctx.repo.choices.find(c.choiceId));
    await findOption(ctx.repo, c.choiceId, c.optionId);
    await ctx.repo.choices.update(c.choiceId, {
      chosenOptionId: c.optionId,
      reasons: c.reasons || null,
      decidedOn: c.decidedOn ?? ctx.today,
      pastDecisions: await withPastDecision(ctx, choice),
      updatedAt: ctx.now,
    });
    return choiceOutcome(ctx, c.choiceId);
  },

  async 'choice.record-disagreement'(ctx, c) {
    found(await ctx.repo.choices.find(c.choiceId));
    await ctx.repo.choices.update(c.choiceId, {
      disagreesWithSpecialist: c.disagrees,
      disagreementNote: c.disagrees ? c.note || null : null,
      updatedAt: ctx.now,
    });
    return choiceOutcome(ctx, c.choiceId);
  },

  async 'choice.revisit'(ctx, c) {
    const choice = found(await ctx.repo.choices.find(c.choiceId));
    if (!choice.chosenOptionId) throw new ConflictError('choice_not_decided', 'This choice has not been decided yet.');
    await ctx.repo.choices.update(c.choiceId, {
      chosenOptionId: null,
      reasons: null,
      decidedOn: null,
      pastDecisions: await withPastDecision(ctx, choice),
      updatedAt: ctx.now,
    });
    return choiceOutcome(ctx, c.choiceId);
  },

  async 'choice.delete'({ repo, plan }, c) {
    found(await repo.choices.find(c.choiceId));
    const options = await repo.options.list(eq(choiceOptions.choiceId, c.choiceId));
    await repo.options.remove(options.map((o) => o.id));
    await repo.choices.remove([c.choiceId]);
    return { effects: [{ kind: 'choice-removed', id: c.choiceId }], ids: [c.choiceId], voice: actorVoice(plan) };
  },
};

type ChoiceRow = NonNullable<Awaited<ReturnType<PlanRepo['choices']['find']>>>;

async function withPastDecision(ctx: HandlerContext, choice: ChoiceRow) {
  if (!choice.chosenOptionId || !choice.decidedOn) return choice.pastDecisions;
  const [option] = await ctx.repo.options.list(eq(choiceOptions.id, choice.chosenOptionId));
  return [
    ...choice.pastDecisions,
    {
      optionLabel: option?.label ?? '',
      reasons: choice.reasons,
      decidedOn: choice.decidedOn,
      revisitedAt: ctx.now.toISOString(),
    },
  ];
}
