import type { AccessLogEntry } from '@alongside/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanCast, type PlanCast } from '../../helpers/plan-actors.js';
import { planReads, readAccessLog, readActions, readPlan, readPlanPart, sendCommand } from '../../helpers/plan-api.js';
import { createPlanFixture, type PlanFixture, validCommands } from '../../helpers/plan-fixtures.js';
import { createTestApp, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';

/**
 * "Nothing about me without me": every look at the plan and every change to it — and every refused
 * attempt — appears in the participant's own view of who accessed their record.
 */
let t: TestApp;
let cast: PlanCast;
let pid: string;
let fx: PlanFixture;
beforeAll(async () => {
  t = await createTestApp();
  cast = await createPlanCast(t);
  pid = cast.participant.me.id;
  fx = await createPlanFixture(t, cast.participant, cast.specialist);
});
afterAll(async () => {
  await t.close();
});

/** Runs `act` and returns the plan entries it added to the access log, as the participant sees them. */
async function entriesAddedBy(act: () => Promise<LightMyRequestResponse>, status: number): Promise<AccessLogEntry[]> {
  const before = new Set((await readAccessLog(t, cast.participant)).map((e) => e.id));
  const res = await act();
  expect(res.statusCode, res.body).toBe(status);
  return (await readAccessLog(t, cast.participant)).filter((e) => !before.has(e.id) && e.action.startsWith('plan.'));
}

/** Specialists and participants have the role for plans; it is the relationship that is missing. */
const pastRoleCheck = (person: SignedInPerson) => ['specialist', 'participant'].includes(person.me.role);

const by = (person: SignedInPerson) => ({ id: person.me.id, name: person.me.name, role: person.me.role });

describe('access log of plan access', () => {
  it('a refused read by each signed-in outsider is one denied row naming them', async () => {
    for (const who of [cast.supervisor, cast.admin, cast.unpartnered, cast.neighbour]) {
      for (const read of planReads) {
        const added = await entriesAddedBy(() => readPlanPart(t, who, pid, read), 404);
        // The role check turns supervisors and admins away before the plan service: their row says
        // what they reached for (reading the plan); a specialist's or participant's names the read.
        const action = pastRoleCheck(who) ? readActions[read] : 'plan.read';
        expect(added).toMatchObject([{ actor: by(who), action, outcome: 'denied' }]);
      }
    }
  });

  it('a refused command by each signed-in outsider is one denied row naming them', async () => {
    const command = validCommands(fx, await readPlan(t, cast.participant, pid))['goal.set-status'];
    for (const who of [cast.supervisor, cast.admin, cast.unpartnered, cast.neighbour]) {
      const added = await entriesAddedBy(() => sendCommand(t, who, pid, command), 404);
      const action = pastRoleCheck(who) ? 'plan.goal.set-status' : 'plan.change';
      expect(added).toMatchObject([{ actor: by(who), action, outcome: 'denied' }]);
    }
  });

  it("a partnered specialist's command the participant alone may make is logged as denied", async () => {
    const commands = validCommands(fx, await readPlan(t, cast.participant, pid));
    for (const type of ['goal.set-status', 'suggestion.accept', 'check-in.record'] as const) {
      const added = await entriesAddedBy(() => sendCommand(t, cast.specialist, pid, commands[type]), 403);
      expect(added).toMatchObject([{ actor: by(cast.specialist), action: `plan.${type}`, outcome: 'denied' }]);
    }
  });

  it("the participant's own refused command (making a suggestion) is logged as denied", async () => {
    const command = validCommands(fx, await readPlan(t, cast.participant, pid))['suggestion.create'];
    const added = await entriesAddedBy(() => sendCommand(t, cast.participant, pid, command), 403);
    expect(added).toMatchObject([{ actor: by(cast.participant), action: 'plan.suggestion.create', outcome: 'denied' }]);
  });

  it('every read by the partnered specialist is one allowed row naming the read', async () => {
    for (const read of planReads) {
      const added = await entriesAddedBy(() => readPlanPart(t, cast.specialist, pid, read), 200);
      expect(added).toMatchObject([{ actor: by(cast.specialist), action: readActions[read], outcome: 'allowed' }]);
    }
  });

  it('changes are allowed rows: the participant’s own, and the specialist’s suggestion', async () => {
    const commands = validCommands(fx, await readPlan(t, cast.participant, pid));
    const own = await entriesAddedBy(() => sendCommand(t, cast.participant, pid, commands['goal.create']), 200);
    expect(own).toMatchObject([{ actor: by(cast.participant), action: 'plan.goal.create', outcome: 'allowed' }]);
    const suggested = await entriesAddedBy(
      () => sendCommand(t, cast.specialist, pid, commands['suggestion.create']),
      200,
    );
    expect(suggested).toMatchObject([
      { actor: by(cast.specialist), action: 'plan.suggestion.create', outcome: 'allowed' },
    ]);
  });
});
