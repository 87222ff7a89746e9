import {
  type CommandResult,
  type PlanCommandType,
  type PlanHistoryPage,
  type PlanSnapshot,
  planCommandTypes,
} from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanCast, type PlanCast } from '../../helpers/plan-actors.js';
import {
  errorOf,
  planReads,
  readHistory,
  readPlan,
  readPlanPart,
  sendCommand,
  sendTypedCommand,
} from '../../helpers/plan-api.js';
import { createPlanFixture, type PlanFixture, suggestGoal, validCommands } from '../../helpers/plan-fixtures.js';
import { normalisePlan, rebuildFromEvents } from '../../helpers/plan-model.js';
import { createTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * The two columns of the allow/deny matrix that can see the plan: the participant (self) and the
 * specialist in an active partnership with them. Every command type and every read is a cell.
 */
let t: TestApp;
let cast: PlanCast;
let pid: string;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createPlanCast(t);
  pid = cast.participant.me.id;
});
afterAll(async () => {
  await t.close();
});

/** The plan without its seq, to see whether anything in it changed. */
const content = (plan: PlanSnapshot) => ({ ...plan, seq: 0 });

/** A refused command: the same refusal on both routes, and the plan (and its seq) exactly as before. */
async function expectRefused(as: PlanCast['participant'], type: PlanCommandType, fx: PlanFixture, code: string) {
  const before = await readPlan(t, cast.participant, pid);
  const command = validCommands(fx, before)[type];
  for (const send of [sendCommand, sendTypedCommand]) {
    const res = await send(t, as, pid, command);
    expect(res.statusCode, res.body).toBe(403);
    expect(errorOf(res).error).toBe(code);
  }
  expect(await readPlan(t, cast.participant, pid)).toEqual(before);
}

describe('participant (self) × every command', () => {
  const refusals: Partial<Record<PlanCommandType, string>> = {
    'suggestion.create': 'not_for_participants',
    'suggestion.withdraw': 'not_for_participants',
  };
  for (const type of planCommandTypes) {
    const refusal = refusals[type];
    if (refusal) {
      it(`${type} → 403 ${refusal}, plan unchanged`, async () => {
        const fx = await createPlanFixture(t, cast.participant, cast.specialist);
        await expectRefused(cast.participant, type, fx, refusal);
      });
      continue;
    }
    it(`${type} → applied, recorded as the participant's`, async () => {
      const fx = await createPlanFixture(t, cast.participant, cast.specialist);
      const before = await readPlan(t, cast.participant, pid);
      const command = validCommands(fx, before)[type];
      const res = await sendTypedCommand(t, cast.participant, pid, command);
      expect(res.statusCode, res.body).toBe(200);
      const result = res.json<CommandResult>();
      expect(result.seq).toBe(before.seq + 1);
      const after = await readPlan(t, cast.participant, pid);
      expect(after.seq).toBe(result.seq);
      expect(content(after)).not.toEqual(content(before));
      const events = await readHistory(t, cast.participant, pid);
      const last = events.at(-1);
      expect(last?.seq).toBe(result.seq);
      expect(last?.command).toEqual(command);
      expect(last?.actor).toMatchObject({ id: pid, role: 'participant' });
    });
  }
});

describe('partnered specialist × every command', () => {
  let fx: PlanFixture;
  beforeAll(async () => {
    fx = await createPlanFixture(t, cast.participant, cast.specialist);
  });

  for (const type of planCommandTypes) {
    if (type === 'suggestion.create') {
      it(`${type} → applied, a pending suggestion by the specialist`, async () => {
        const before = await readPlan(t, cast.participant, pid);
        const command = validCommands(fx, before)[type];
        const res = await sendTypedCommand(t, cast.specialist, pid, command);
        expect(res.statusCode, res.body).toBe(200);
        const result = res.json<CommandResult>();
        expect(result.seq).toBe(before.seq + 1);
        const after = await readPlan(t, cast.participant, pid);
        expect(after.suggestions.find((s) => s.id === result.ids[0])).toMatchObject({
          status: 'pending',
          author: { id: cast.specialist.me.id },
          proposal: command.type === 'suggestion.create' ? command.proposal : {},
        });
        // A suggestion is only a suggestion: goals, steps, choices and supports are untouched.
        expect({ ...after, seq: 0, suggestions: [] }).toEqual({ ...before, seq: 0, suggestions: [] });
      });
    } else if (type === 'suggestion.withdraw') {
      it(`${type} (own pending suggestion) → applied, status withdrawn`, async () => {
        const suggestionId = await suggestGoal(t, cast.specialist, pid, 'Join the Saturday walk');
        const before = await readPlan(t, cast.participant, pid);
        const res = await sendTypedCommand(t, cast.specialist, pid, { type, suggestionId });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json<CommandResult>().seq).toBe(before.seq + 1);
        const after = await readPlan(t, cast.participant, pid);
        expect(after.suggestions.find((s) => s.id === suggestionId)?.status).toBe('withdrawn');
      });
    } else {
      const inSession = type === 'check-in.record' || type === 'self-check.record';
      const code = inSession ? 'live_session_required' : 'participant_decides';
      it(`${type} → 403 ${code}, plan unchanged`, async () => {
        await expectRefused(cast.specialist, type, fx, code);
      });
    }
  }

  it('the participant_decides refusal names the participant and points to suggesting', async () => {
    const before = await readPlan(t, cast.participant, pid);
    const res = await sendCommand(t, cast.specialist, pid, validCommands(fx, before)['goal.set-status']);
    expect(errorOf(res).message).toContain(cast.participant.me.name);
    expect(errorOf(res).message).toMatch(/suggest/i);
  });
});

describe('participant and partnered specialist × every read', () => {
  for (const who of ['participant', 'specialist'] as const) {
    for (const read of planReads) {
      it(`${who} reads plan${read} → 200 as of the current seq`, async () => {
        const as = cast[who];
        const plan = await readPlan(t, cast.participant, pid);
        const res = await readPlanPart(t, as, pid, read);
        expect(res.statusCode, res.body).toBe(200);
        const body = res.json<{ seq: number }>();
        expect(body.seq).toBe(plan.seq);
        switch (read) {
          case '':
            expect(res.json<PlanSnapshot>()).toEqual(plan);
            break;
          case '/goals':
            expect(body).toEqual({ seq: plan.seq, goals: plan.goals, steps: plan.steps });
            break;
          case '/suggestions':
            expect(body).toEqual({ seq: plan.seq, suggestions: plan.suggestions });
            break;
          case '/choices':
            expect(body).toEqual({ seq: plan.seq, choices: plan.choices });
            break;
          case '/check-ins':
            expect(body).toEqual({ seq: plan.seq, checkIns: plan.checkIns });
            break;
          case '/supports':
            expect(body).toEqual({ seq: plan.seq, supports: plan.supports });
            break;
          case '/history':
            expect(res.json<PlanHistoryPage>().events.map((e) => e.seq)).toEqual(
              Array.from({ length: Math.min(plan.seq, 100) }, (_, i) => i + 1),
            );
            break;
        }
      });
    }
  }
});

describe('after one of every command type, by whoever may send it', () => {
  it('the plan rebuilt from its events equals the plan in the tables', async () => {
    const plan = await readPlan(t, cast.participant, pid);
    const events = await readHistory(t, cast.participant, pid);
    expect(new Set(events.map((e) => e.command.type))).toEqual(new Set(planCommandTypes));
    expect(normalisePlan(rebuildFromEvents(plan.participant, events))).toEqual(normalisePlan(plan));
  });
});
