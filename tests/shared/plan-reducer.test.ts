import { applyPlanEffects, type Goal, type PlanSnapshot, type Step } from '@alongside/shared';
import { describe, expect, it } from 'vitest';

const at = '2026-11-21T10:00:00.000Z';
const empty: PlanSnapshot = {
  participant: { id: '00000000-0000-4000-8000-000000000001', name: 'Pat' },
  seq: 0,
  goals: [],
  steps: [],
  suggestions: [],
  choices: [],
  checkIns: [],
  supports: [],
  referrals: [],
  wellnessItems: [],
  selfChecks: [],
  questionnaireResponses: [],
  wellnessReviewedOn: null,
};
const goal = (id: string, position: number, title = `Goal ${id}`): Goal => ({
  id,
  title,
  why: null,
  lifeArea: 'health',
  status: 'active',
  targetDate: null,
  position,
  voice: 'participant',
  whyVoice: 'participant',
  fromSuggestionId: null,
  version: 1,
  createdAt: at,
  updatedAt: at,
});
const step = (id: string, goalId: string): Step => ({
  id,
  goalId,
  text: 'Walk to the corner',
  doneOn: null,
  position: 0,
  voice: 'participant',
  fromSuggestionId: null,
  version: 1,
  createdAt: at,
  updatedAt: at,
});
const g1 = '10000000-0000-4000-8000-000000000001';
const g2 = '10000000-0000-4000-8000-000000000002';
const s1 = '20000000-0000-4000-8000-000000000001';

describe('applyPlanEffects — how a client follows a live plan', () => {
  it('adds new items, keeps goals in the person’s order, and moves seq forward', () => {
    const next = applyPlanEffects(
      empty,
      [
        { kind: 'goal', value: goal(g2, 1) },
        { kind: 'goal', value: goal(g1, 0) },
      ],
      2,
    );
    expect(next.seq).toBe(2);
    expect(next.goals.map((g) => g.id)).toEqual([g1, g2]);
  });

  it('replaces an item with its new state rather than duplicating it', () => {
    const one = applyPlanEffects(empty, [{ kind: 'goal', value: goal(g1, 0, 'Sleep') }], 1);
    const two = applyPlanEffects(one, [{ kind: 'goal', value: { ...goal(g1, 0, 'Sleep better'), version: 2 } }], 2);
    expect(two.goals).toHaveLength(1);
    expect(two.goals[0]?.title).toBe('Sleep better');
  });

  it('removes what an event removed and leaves the input snapshot untouched', () => {
    const withStep = applyPlanEffects(
      empty,
      [
        { kind: 'goal', value: goal(g1, 0) },
        { kind: 'step', value: step(s1, g1) },
      ],
      2,
    );
    const after = applyPlanEffects(
      withStep,
      [
        { kind: 'step-removed', id: s1 },
        { kind: 'goal-removed', id: g1 },
      ],
      3,
    );
    expect(after.goals).toEqual([]);
    expect(after.steps).toEqual([]);
    expect(withStep.goals).toHaveLength(1);
  });
});
