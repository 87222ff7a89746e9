import type { PlanCommandType, PlanSnapshot } from '@alongside/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHistory, readPlan, sendCommand } from '../../helpers/plan-api.js';
import { commandFor, type Move, moveArbitrary, type PropertyActor } from '../../helpers/plan-arbitraries.js';
import { activations, itemsFromSuggestions, normalisePlan, rebuildFromEvents } from '../../helpers/plan-model.js';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * Random sequences of commands by random people keep the plan's invariants:
 * - a goal becomes active only through the participant;
 * - a declined or withdrawn suggestion never shows in the plan;
 * - `seq` has no gaps, and a refused command changes nothing;
 * - the plan rebuilt from its events equals the plan read from the tables.
 *
 * Set FC_SEED to replay a failing run.
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let unpartnered: SignedInPerson;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createCast(t);
  unpartnered = await invitePerson(t, cast.admin, 'specialist', { name: 'Una Unpartnered' });
});
afterAll(async () => {
  await t.close();
});

const specialistMay: readonly PlanCommandType[] = ['suggestion.create', 'suggestion.withdraw'];

/** What the rules allow each actor to get back, whatever the command's content. */
function expectStatusAllowedByRules(actor: PropertyActor, type: PlanCommandType, status: number, body: string) {
  const context = `${actor} ${type}: ${status} ${body}`;
  if (actor === 'unpartnered' || actor === 'supervisor') {
    expect(status, context).toBe(404);
  } else if (actor === 'partner' && !specialistMay.includes(type)) {
    expect(status, context).toBe(403);
  } else if (actor === 'participant' && specialistMay.includes(type)) {
    expect(status, context).toBe(403);
  } else {
    // Allowed by the rules: applied, or refused for what it said (missing item, stale, not pending…).
    expect([200, 400, 403, 404, 409], context).toContain(status);
    if (status === 403) expect(actor, context).toBe('partner');
  }
}

async function runSequence(moves: Move[]): Promise<void> {
  const participant = await invitePerson(t, cast.specialist, 'participant', { name: 'Prop Participant' });
  const pid = participant.me.id;
  const people: Record<PropertyActor, SignedInPerson> = {
    participant,
    partner: cast.specialist,
    unpartnered,
    supervisor: cast.supervisor,
  };

  let plan: PlanSnapshot = await readPlan(t, participant, pid);
  let applied = 0;
  for (const move of moves) {
    const command = commandFor(move, plan);
    const res = await sendCommand(t, people[move.actor], pid, command);
    expectStatusAllowedByRules(move.actor, command.type, res.statusCode, res.body);
    const next = await readPlan(t, participant, pid);
    if (res.statusCode === 200) {
      applied += 1;
      expect(next.seq).toBe(plan.seq + 1);
    } else {
      // A refused command changes nothing at all.
      expect(next).toEqual(plan);
    }
    plan = next;
  }

  const events = await readHistory(t, participant, pid, 7);
  // seq: 1..N with no gaps, N the plan's seq, one event per applied command.
  expect(events.map((e) => e.seq)).toEqual(Array.from({ length: plan.seq }, (_, i) => i + 1));
  expect(plan.seq).toBe(applied);

  // The plan rebuilt from its events equals the plan in the tables.
  expect(normalisePlan(rebuildFromEvents(plan.participant, events))).toEqual(normalisePlan({ ...plan }));

  // A goal becomes active only through the participant.
  for (const activation of activations(events))
    expect(activation, 'goal activated').toMatchObject({ role: 'participant' });
  // More broadly, a specialist's event only ever touches suggestions.
  for (const event of events.filter((e) => e.actor.role !== 'participant')) {
    expect(event.actor, `event ${event.seq}`).toMatchObject({ id: cast.specialist.me.id, role: 'specialist' });
    expect(event.effects.every((e) => e.kind === 'suggestion')).toBe(true);
  }

  // A declined or withdrawn suggestion never shows in the plan; whatever came from a suggestion
  // came from one the person accepted.
  const statusOf = new Map(plan.suggestions.map((s) => [s.id, s.status]));
  for (const { item, fromSuggestionId } of itemsFromSuggestions(plan)) {
    expect(['accepted', 'edited'], `item ${item}`).toContain(statusOf.get(fromSuggestionId));
  }
}

describe('plan invariants under random commands by random people', () => {
  it('hold for every sequence', { timeout: 180_000 }, async () => {
    const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
    await fc.assert(
      fc.asyncProperty(fc.array(moveArbitrary, { minLength: 1, maxLength: 30, size: 'max' }), runSequence),
      { numRuns: 25, ...(seed === undefined ? {} : { seed }) },
    );
  });
});
