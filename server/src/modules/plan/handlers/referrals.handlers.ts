import { BadRequestError } from '../../../lib/errors.js';
import { toReferral } from '../plan.mappers.js';
import { actorVoice } from '../plan.policy.js';
import { found, given, type HandlerMap } from './handler.js';

/** Referrals are the person's own: they save a resource to their plan and say how it went. */
export const referralHandlers: HandlerMap<'referral.create' | 'referral.update' | 'referral.delete'> = {
  async 'referral.create'({ repo, plan, now }, c) {
    const resource = found(await repo.findResource(c.resourceId));
    if (c.goalId) found(await repo.goals.find(c.goalId));
    const row = await repo.referrals.insert({
      resourceId: resource.id,
      resourceName: resource.name,
      goalId: c.goalId ?? null,
      status: 'chosen',
      followUpOn: c.followUpOn ?? null,
      createdAt: now,
      updatedAt: now,
    });
    return { effects: [{ kind: 'referral', value: toReferral(row) }], ids: [row.id], voice: actorVoice(plan) };
  },

  async 'referral.update'({ repo, plan, now }, c) {
    found(await repo.referrals.find(c.referralId));
    const patch = given({ status: c.status, followUpOn: c.followUpOn, goalId: c.goalId });
    if (Object.keys(patch).length === 0) throw new BadRequestError('nothing_to_change', 'Nothing to change was given.');
    if (patch.goalId) found(await repo.goals.find(patch.goalId));
    const row = await repo.referrals.update(c.referralId, { ...patch, updatedAt: now });
    return { effects: [{ kind: 'referral', value: toReferral(row) }], ids: [row.id], voice: actorVoice(plan) };
  },

  async 'referral.delete'({ repo, plan }, c) {
    found(await repo.referrals.find(c.referralId));
    await repo.referrals.remove([c.referralId]);
    return { effects: [{ kind: 'referral-removed', id: c.referralId }], ids: [c.referralId], voice: actorVoice(plan) };
  },
};
