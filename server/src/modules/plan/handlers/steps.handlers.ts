import type { PlanEffect } from '@alongside/shared';
import { eq } from 'drizzle-orm';
import { steps } from '../../../db/schema/index.js';
import { StaleVersionError } from '../../../lib/errors.js';
import { toStep } from '../plan.mappers.js';
import { actorVoice } from '../plan.policy.js';
import { assertSameSet } from './goals.handlers.js';
import { found, type HandlerMap } from './handler.js';

export const stepHandlers: HandlerMap<'step.create' | 'step.edit' | 'step.set-done' | 'step.reorder' | 'step.delete'> =
  {
    async 'step.create'({ repo, plan, now }, c) {
      found(await repo.goals.find(c.goalId));
      const row = await repo.steps.insert({
        goalId: c.goalId,
        text: c.text,
        position: await repo.nextPosition(steps, eq(steps.goalId, c.goalId)),
        voice: actorVoice(plan),
        createdAt: now,
        updatedAt: now,
      });
      return { effects: [{ kind: 'step', value: toStep(row) }], ids: [row.id], voice: actorVoice(plan) };
    },

    async 'step.edit'({ repo, plan, now }, c) {
      const current = found(await repo.steps.find(c.stepId));
      if (current.version !== c.version) throw new StaleVersionError(toStep(current));
      const row = await repo.steps.update(c.stepId, {
        text: c.text,
        voice: actorVoice(plan),
        version: current.version + 1,
        updatedAt: now,
      });
      return { effects: [{ kind: 'step', value: toStep(row) }], ids: [row.id], voice: actorVoice(plan) };
    },

    async 'step.set-done'({ repo, plan, now, today }, c) {
      found(await repo.steps.find(c.stepId));
      const row = await repo.steps.update(c.stepId, { doneOn: c.done ? (c.doneOn ?? today) : null, updatedAt: now });
      return { effects: [{ kind: 'step', value: toStep(row) }], ids: [row.id], voice: actorVoice(plan) };
    },

    async 'step.reorder'({ repo, plan, now }, c) {
      found(await repo.goals.find(c.goalId));
      const all = await repo.steps.list(eq(steps.goalId, c.goalId));
      assertSameSet(
        all.map((s) => s.id),
        c.stepIds,
        'stepIds',
      );
      const effects: PlanEffect[] = [];
      for (const [position, id] of c.stepIds.entries()) {
        const step = all.find((s) => s.id === id);
        if (step && step.position !== position) {
          effects.push({ kind: 'step', value: toStep(await repo.steps.update(id, { position, updatedAt: now })) });
        }
      }
      return { effects, ids: c.stepIds, voice: actorVoice(plan) };
    },

    async 'step.delete'({ repo, plan }, c) {
      found(await repo.steps.find(c.stepId));
      await repo.steps.remove([c.stepId]);
      return { effects: [{ kind: 'step-removed', id: c.stepId }], ids: [c.stepId], voice: actorVoice(plan) };
    },
  };
