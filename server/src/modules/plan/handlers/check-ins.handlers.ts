import { BadRequestError } from '../../../lib/errors.js';
import { toCheckIn } from '../plan.mappers.js';
import { actorVoice } from '../plan.policy.js';
import { found, type HandlerMap, recordedBy } from './handler.js';

export const checkInHandlers: HandlerMap<'check-in.record'> = {
  /** Recorded by the person, or by a specialist with them in a live session ("recorded together"). */
  async 'check-in.record'(ctx, c) {
    const { repo, plan } = ctx;
    if (c.confidence === undefined && c.wellbeing === undefined && !c.note) {
      throw new BadRequestError(
        'empty_check_in',
        'A check-in needs a confidence rating, a wellbeing rating or a note.',
      );
    }
    if (c.confidence !== undefined && !c.goalId) {
      throw new BadRequestError('goal_required', 'Confidence is rated for a goal: choose which one.', 'goalId');
    }
    if (c.goalId) found(await repo.goals.find(c.goalId));
    const row = await repo.checkIns.insert({
      goalId: c.goalId ?? null,
      confidence: c.confidence ?? null,
      wellbeing: c.wellbeing ?? null,
      note: c.note || null,
      ...recordedBy(ctx),
    });
    return { effects: [{ kind: 'check-in', value: toCheckIn(row) }], ids: [row.id], voice: actorVoice(plan) };
  },
};
