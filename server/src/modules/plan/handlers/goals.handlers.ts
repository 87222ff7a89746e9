import type { PlanEffect } from '@alongside/shared';
import { eq, sql } from 'drizzle-orm';
import { checkIns, choices, goals, referrals, steps, supports } from '../../../db/schema/index.js';
import { BadRequestError, StaleVersionError } from '../../../lib/errors.js';
import { toGoal, toReferral, toSupport } from '../plan.mappers.js';
import { actorVoice } from '../plan.policy.js';
import { choiceView, found, given, type HandlerMap } from './handler.js';

export const goalHandlers: HandlerMap<
  'goal.create' | 'goal.edit' | 'goal.set-status' | 'goal.reorder' | 'goal.delete'
> = {
  async 'goal.create'({ repo, plan, now }, c) {
    const row = await repo.goals.insert({
      title: c.title,
      why: c.why || null,
      lifeArea: c.lifeArea,
      status: 'active',
      targetDate: c.targetDate ?? null,
      position: await repo.nextPosition(goals),
      voice: actorVoice(plan),
      whyVoice: actorVoice(plan),
      createdAt: now,
      updatedAt: now,
    });
    return { effects: [{ kind: 'goal', value: toGoal(row) }], ids: [row.id], voice: actorVoice(plan) };
  },

  async 'goal.edit'({ repo, plan, now }, c) {
    const current = found(await repo.goals.find(c.goalId));
    if (current.version !== c.version) throw new StaleVersionError(toGoal(current));
    const patch = given({
      title: c.title,
      why: c.why === '' ? null : c.why,
      lifeArea: c.lifeArea,
      targetDate: c.targetDate,
    });
    if (Object.keys(patch).length === 0) throw new BadRequestError('nothing_to_change', 'Nothing to change was given.');
    // Each text is in the words of whoever wrote it last: a new "why" leaves the title's voice alone.
    const row = await repo.goals.update(c.goalId, {
      ...patch,
      ...(patch.title !== undefined ? { voice: actorVoice(plan) } : {}),
      whyVoice: patch.why !== undefined ? actorVoice(plan) : (current.whyVoice ?? current.voice),
      version: current.version + 1,
      updatedAt: now,
    });
    return { effects: [{ kind: 'goal', value: toGoal(row) }], ids: [row.id], voice: actorVoice(plan) };
  },

  async 'goal.set-status'({ repo, plan, now }, c) {
    found(await repo.goals.find(c.goalId));
    const row = await repo.goals.update(c.goalId, { status: c.status, updatedAt: now });
    return { effects: [{ kind: 'goal', value: toGoal(row) }], ids: [row.id], voice: actorVoice(plan) };
  },

  async 'goal.reorder'({ repo, plan, now }, c) {
    const all = await repo.goals.list();
    assertSameSet(
      all.map((g) => g.id),
      c.goalIds,
      'goalIds',
    );
    const effects: PlanEffect[] = [];
    for (const [position, id] of c.goalIds.entries()) {
      const goal = all.find((g) => g.id === id);
      if (goal && goal.position !== position) {
        effects.push({ kind: 'goal', value: toGoal(await repo.goals.update(id, { position, updatedAt: now })) });
      }
    }
    return { effects, ids: c.goalIds, voice: actorVoice(plan) };
  },

  /** Deleting a goal removes its steps and check-ins and unlinks it from choices and supports — each as an effect. */
  async 'goal.delete'({ repo, plan, now }, c) {
    found(await repo.goals.find(c.goalId));
    const effects: PlanEffect[] = [];
    const goalSteps = await repo.steps.list(eq(steps.goalId, c.goalId));
    const goalCheckIns = await repo.checkIns.list(eq(checkIns.goalId, c.goalId));
    for (const s of goalSteps) effects.push({ kind: 'step-removed', id: s.id });
    for (const ci of goalCheckIns) effects.push({ kind: 'check-in-removed', id: ci.id });
    await repo.steps.remove(goalSteps.map((s) => s.id));
    await repo.checkIns.remove(goalCheckIns.map((ci) => ci.id));
    for (const choice of await repo.choices.list(eq(choices.goalId, c.goalId))) {
      const row = await repo.choices.update(choice.id, { goalId: null, updatedAt: now });
      effects.push({ kind: 'choice', value: await choiceView(repo, row) });
    }
    for (const support of await repo.supports.list(sql`${supports.goalIds} @> ${JSON.stringify([c.goalId])}::jsonb`)) {
      const row = await repo.supports.update(support.id, {
        goalIds: support.goalIds.filter((id) => id !== c.goalId),
        updatedAt: now,
      });
      effects.push({ kind: 'support', value: toSupport(row) });
    }
    for (const referral of await repo.referrals.list(eq(referrals.goalId, c.goalId))) {
      const row = await repo.referrals.update(referral.id, { goalId: null, updatedAt: now });
      effects.push({ kind: 'referral', value: toReferral(row) });
    }
    await repo.goals.remove([c.goalId]);
    effects.push({ kind: 'goal-removed', id: c.goalId });
    return { effects, ids: [c.goalId], voice: actorVoice(plan) };
  },
};

/** A reorder must name exactly the items that exist, each once. */
export function assertSameSet(existing: string[], given: string[], field: string): void {
  const a = new Set(existing);
  const b = new Set(given);
  if (b.size !== given.length || a.size !== b.size || [...b].some((id) => !a.has(id))) {
    throw new BadRequestError('reorder_mismatch', 'The new order must list every item exactly once.', field);
  }
}
