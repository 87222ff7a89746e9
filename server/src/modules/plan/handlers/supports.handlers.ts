import { inArray } from 'drizzle-orm';
import { goals } from '../../../db/schema/index.js';
import { BadRequestError, NotFoundError, StaleVersionError } from '../../../lib/errors.js';
import { toSupport } from '../plan.mappers.js';
import { actorVoice } from '../plan.policy.js';
import type { PlanRepo } from '../plan.repo.js';
import { found, given, type HandlerMap } from './handler.js';

/** Every linked goal must be in this plan. */
export async function assertGoalsExist(repo: PlanRepo, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const rows = await repo.goals.list(inArray(goals.id, unique));
  if (rows.length !== unique.length) throw new NotFoundError('That item is not in this plan.');
}

export const supportHandlers: HandlerMap<'support.create' | 'support.edit' | 'support.delete'> = {
  async 'support.create'({ repo, plan, now }, c) {
    await assertGoalsExist(repo, c.goalIds ?? []);
    const row = await repo.supports.insert({
      label: c.label,
      kind: c.kind,
      howToReach: c.howToReach || null,
      goalIds: [...new Set(c.goalIds ?? [])],
      voice: actorVoice(plan),
      howToReachVoice: actorVoice(plan),
      createdAt: now,
      updatedAt: now,
    });
    return { effects: [{ kind: 'support', value: toSupport(row) }], ids: [row.id], voice: actorVoice(plan) };
  },

  async 'support.edit'({ repo, plan, now }, c) {
    const current = found(await repo.supports.find(c.supportId));
    if (current.version !== c.version) throw new StaleVersionError(toSupport(current));
    const patch = given({
      label: c.label,
      kind: c.kind,
      howToReach: c.howToReach === '' ? null : c.howToReach,
      goalIds: c.goalIds ? [...new Set(c.goalIds)] : undefined,
    });
    if (Object.keys(patch).length === 0) throw new BadRequestError('nothing_to_change', 'Nothing to change was given.');
    if (patch.goalIds) await assertGoalsExist(repo, patch.goalIds);
    const row = await repo.supports.update(c.supportId, {
      ...patch,
      ...(patch.label !== undefined ? { voice: actorVoice(plan) } : {}),
      howToReachVoice: patch.howToReach !== undefined ? actorVoice(plan) : (current.howToReachVoice ?? current.voice),
      version: current.version + 1,
      updatedAt: now,
    });
    return { effects: [{ kind: 'support', value: toSupport(row) }], ids: [row.id], voice: actorVoice(plan) };
  },

  async 'support.delete'({ repo, plan }, c) {
    found(await repo.supports.find(c.supportId));
    await repo.supports.remove([c.supportId]);
    return { effects: [{ kind: 'support-removed', id: c.supportId }], ids: [c.supportId], voice: actorVoice(plan) };
  },
};
