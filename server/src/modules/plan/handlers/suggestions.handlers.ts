import type { PlanCommandOf, PlanEffect, SuggestionProposal, Voice } from '@alongside/shared';
import { eq } from 'drizzle-orm';
import { goals, steps } from '../../../db/schema/index.js';
import { BadRequestError, ConflictError, StaleVersionError } from '../../../lib/errors.js';
import { toGoal, toReferral, toStep, toSuggestion, toSupport } from '../plan.mappers.js';
import { assertMayWithdraw } from '../plan.policy.js';
import { addOption, choiceView, found, type HandlerContext, type HandlerMap } from './handler.js';
import { assertGoalsExist } from './supports.handlers.js';
import { assertLinksExist, assertResponseFits, insertWellnessItem } from './wellness.handlers.js';

type Edits = NonNullable<PlanCommandOf<'suggestion.accept'>['edits']>;

/** Which text a person may reword when accepting each kind of suggestion. */
const editableFields: Record<SuggestionProposal['kind'], readonly (keyof Edits)[]> = {
  goal: ['title', 'why'],
  step: ['text'],
  'goal-rewording': ['title', 'why'],
  'step-rewording': ['text'],
  option: ['label', 'notes'],
  support: ['label', 'howToReach'],
  // A referral is a directory entry: nothing to reword, the person just saves it (or not).
  referral: [],
  'wellness-item': ['text', 'response'],
};

async function suggestionView(ctx: HandlerContext, id: string) {
  const row = found(await ctx.repo.suggestions.find(id));
  const names = await ctx.repo.authorNames([row.authorId]);
  return toSuggestion(row, names.get(row.authorId) ?? '');
}

async function pendingSuggestion(ctx: HandlerContext, id: string) {
  const row = found(await ctx.repo.suggestions.find(id));
  if (row.status !== 'pending') {
    throw new ConflictError('suggestion_not_pending', `This suggestion was already ${row.status}.`);
  }
  return row;
}

/** Checks that what a suggestion points at is still in the plan. */
async function assertTargetsExist(ctx: HandlerContext, p: SuggestionProposal): Promise<void> {
  const { repo } = ctx;
  if (p.kind === 'step' || p.kind === 'goal-rewording') found(await repo.goals.find(p.goalId));
  if (p.kind === 'step-rewording') found(await repo.steps.find(p.stepId));
  if (p.kind === 'option') found(await repo.choices.find(p.choiceId));
  if (p.kind === 'support') await assertGoalsExist(repo, p.goalIds ?? []);
  if (p.kind === 'referral') {
    found(await repo.findResource(p.resourceId));
    if (p.goalId) found(await repo.goals.find(p.goalId));
  }
  if (p.kind === 'wellness-item') {
    assertResponseFits(p.section, p.response, 'proposal.response');
    await assertLinksExist(repo, p);
  }
}

/** Whose words each text field is once accepted: the person's where they changed it, else the specialist's. */
type FieldVoice = (field: keyof Edits) => Voice;

/** Which of a proposal's fields the person changed (an "edit" to the same words changes nothing). */
function changedFields(proposal: SuggestionProposal, edits: Edits): (keyof Edits)[] {
  const original = proposal as Partial<Record<keyof Edits, string>>;
  return (Object.keys(edits) as (keyof Edits)[]).filter((k) => edits[k] !== undefined && edits[k] !== original[k]);
}

/** Applies an accepted proposal to the plan; returns the effects and the id of the item it became. */
async function applyProposal(
  ctx: HandlerContext,
  suggestionId: string,
  p: SuggestionProposal,
  edits: Edits,
  voiceOf: FieldVoice,
): Promise<{ effects: PlanEffect[]; resultId: string }> {
  const { repo, now } = ctx;
  const fromSuggestionId = suggestionId;
  switch (p.kind) {
    case 'goal': {
      const row = await repo.goals.insert({
        title: edits.title ?? p.title,
        why: (edits.why ?? p.why) || null,
        lifeArea: p.lifeArea,
        status: 'active',
        position: await repo.nextPosition(goals),
        voice: voiceOf('title'),
        whyVoice: voiceOf('why'),
        fromSuggestionId,
        createdAt: now,
        updatedAt: now,
      });
      return { effects: [{ kind: 'goal', value: toGoal(row) }], resultId: row.id };
    }
    case 'step': {
      found(await repo.goals.find(p.goalId));
      const row = await repo.steps.insert({
        goalId: p.goalId,
        text: edits.text ?? p.text,
        position: await repo.nextPosition(steps, eq(steps.goalId, p.goalId)),
        voice: voiceOf('text'),
        fromSuggestionId,
        createdAt: now,
        updatedAt: now,
      });
      return { effects: [{ kind: 'step', value: toStep(row) }], resultId: row.id };
    }
    case 'goal-rewording': {
      const goal = found(await repo.goals.find(p.goalId));
      // The rewording was written against an older text: never overwrite newer words silently.
      if (goal.version !== p.version) throw new StaleVersionError(toGoal(goal));
      const title = edits.title ?? p.title;
      const why = edits.why ?? p.why;
      // A text the rewording leaves alone keeps the words, and the voice, it had.
      const row = await repo.goals.update(p.goalId, {
        ...(title === undefined ? {} : { title, voice: voiceOf('title') }),
        ...(why === undefined ? {} : { why: why || null }),
        whyVoice: why === undefined ? (goal.whyVoice ?? goal.voice) : voiceOf('why'),
        version: goal.version + 1,
        updatedAt: now,
      });
      return { effects: [{ kind: 'goal', value: toGoal(row) }], resultId: row.id };
    }
    case 'step-rewording': {
      const step = found(await repo.steps.find(p.stepId));
      if (step.version !== p.version) throw new StaleVersionError(toStep(step));
      const row = await repo.steps.update(p.stepId, {
        text: edits.text ?? p.text,
        voice: voiceOf('text'),
        version: step.version + 1,
        updatedAt: now,
      });
      return { effects: [{ kind: 'step', value: toStep(row) }], resultId: row.id };
    }
    case 'option': {
      found(await repo.choices.find(p.choiceId));
      const option = await addOption(repo, {
        choiceId: p.choiceId,
        label: edits.label ?? p.label,
        notes: edits.notes ?? p.notes,
        pathway: p.pathway,
        // Raised by the specialist, whoever's words the label ends up in.
        raisedBy: 'specialist',
        voice: voiceOf('label'),
        notesVoice: voiceOf('notes'),
        fromSuggestionId,
      });
      const choice = await repo.choices.update(p.choiceId, { updatedAt: now });
      return { effects: [{ kind: 'choice', value: await choiceView(repo, choice) }], resultId: option.id };
    }
    case 'referral': {
      const resource = found(await repo.findResource(p.resourceId));
      // The goal it was suggested for may have gone meanwhile: the referral is kept, unlinked.
      const goal = p.goalId ? await repo.goals.find(p.goalId) : undefined;
      const row = await repo.referrals.insert({
        resourceId: resource.id,
        resourceName: resource.name,
        goalId: goal?.id ?? null,
        status: 'chosen',
        fromSuggestionId,
        createdAt: now,
        updatedAt: now,
      });
      return { effects: [{ kind: 'referral', value: toReferral(row) }], resultId: row.id };
    }
    case 'support': {
      await assertGoalsExist(repo, p.goalIds ?? []);
      const row = await repo.supports.insert({
        label: edits.label ?? p.label,
        kind: p.supportKind,
        howToReach: (edits.howToReach ?? p.howToReach) || null,
        goalIds: [...new Set(p.goalIds ?? [])],
        voice: voiceOf('label'),
        howToReachVoice: voiceOf('howToReach'),
        fromSuggestionId,
        createdAt: now,
        updatedAt: now,
      });
      return { effects: [{ kind: 'support', value: toSupport(row) }], resultId: row.id };
    }
    case 'wellness-item': {
      const response = edits.response ?? p.response;
      assertResponseFits(p.section, response, 'edits.response');
      // A support or resource it pointed at may have gone meanwhile: the item is kept, unlinked.
      const support = p.supportId ? await repo.supports.find(p.supportId) : undefined;
      const resource = p.resourceId ? await repo.findResource(p.resourceId) : undefined;
      const value = await insertWellnessItem(repo, now, {
        section: p.section,
        text: edits.text ?? p.text,
        response,
        supportId: support?.id,
        resourceId: resource?.id,
        voice: voiceOf('text'),
        responseVoice: voiceOf('response'),
        fromSuggestionId,
      });
      return { effects: [{ kind: 'wellness-item', value }], resultId: value.id };
    }
  }
}

export const suggestionHandlers: HandlerMap<
  'suggestion.create' | 'suggestion.accept' | 'suggestion.decline' | 'suggestion.withdraw'
> = {
  async 'suggestion.create'(ctx, c) {
    await assertTargetsExist(ctx, c.proposal);
    const resource = c.proposal.kind === 'referral' ? await ctx.repo.findResource(c.proposal.resourceId) : undefined;
    const row = await ctx.repo.suggestions.insert({
      authorId: ctx.plan.actor.userId,
      proposal: c.proposal,
      kind: c.proposal.kind,
      resourceName: resource?.name ?? null,
      rationale: c.rationale || null,
      status: 'pending',
      createdAt: ctx.now,
    });
    // The author is the actor: no need to read the row back for their name.
    return {
      effects: [{ kind: 'suggestion', value: toSuggestion(row, ctx.plan.actor.name) }],
      ids: [row.id],
      voice: 'specialist',
    };
  },

  /** Accepting as is keeps the specialist's words; editing first makes them the participant's. */
  async 'suggestion.accept'(ctx, c) {
    const row = await pendingSuggestion(ctx, c.suggestionId);
    const proposal = row.proposal;
    const edits = c.edits ?? {};
    const allowed = editableFields[proposal.kind];
    const wrongField = Object.keys(edits).find((k) => !allowed.includes(k as keyof Edits));
    if (wrongField) {
      throw new BadRequestError(
        'edit_not_applicable',
        `A ${proposal.kind} suggestion has no "${wrongField}" to edit.`,
        `edits.${wrongField}`,
      );
    }
    const changed = changedFields(proposal, edits);
    const edited = changed.length > 0;
    // Per field: what the person changed is in their words; what they left is still the specialist's.
    const applied = await applyProposal(ctx, row.id, proposal, edits, (field) =>
      changed.includes(field) ? 'participant' : 'specialist',
    );
    const voice: Voice = edited ? 'participant' : 'specialist';
    await ctx.repo.suggestions.update(row.id, {
      status: edited ? 'edited' : 'accepted',
      decidedAt: ctx.now,
      resultId: applied.resultId,
    });
    return {
      effects: [...applied.effects, { kind: 'suggestion', value: await suggestionView(ctx, row.id) }],
      ids: [applied.resultId, row.id],
      voice,
    };
  },

  async 'suggestion.decline'(ctx, c) {
    const row = await pendingSuggestion(ctx, c.suggestionId);
    await ctx.repo.suggestions.update(row.id, { status: 'declined', decisionNote: c.note || null, decidedAt: ctx.now });
    return {
      effects: [{ kind: 'suggestion', value: await suggestionView(ctx, row.id) }],
      ids: [row.id],
      voice: 'participant',
    };
  },

  async 'suggestion.withdraw'(ctx, c) {
    const row = await pendingSuggestion(ctx, c.suggestionId);
    assertMayWithdraw(ctx.plan, row.authorId);
    await ctx.repo.suggestions.update(row.id, { status: 'withdrawn', decidedAt: ctx.now });
    return {
      effects: [{ kind: 'suggestion', value: await suggestionView(ctx, row.id) }],
      ids: [row.id],
      voice: 'specialist',
    };
  },
};
