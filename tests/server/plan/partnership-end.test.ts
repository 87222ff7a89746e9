import type { Partnership } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nowhere, planReads, readPlan, readPlanPart, run, sendCommand } from '../../helpers/plan-api.js';
import { suggestGoal } from '../../helpers/plan-fixtures.js';
import {
  bodyWithoutRequestId,
  createCast,
  createTestApp,
  type SignedInPerson,
  type TestApp,
} from '../../helpers/test-app.js';

/**
 * A specialist's access lasts as long as the partnership: once an admin ends it, the plan answers
 * that specialist exactly as a plan that does not exist would.
 */
let t: TestApp;
let admin: SignedInPerson;
let participant: SignedInPerson;
let specialist: SignedInPerson;
let pid: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ admin, participant, specialist } = await createCast(t));
  pid = participant.me.id;
});
afterAll(async () => {
  await t.close();
});

async function partnershipId(): Promise<string> {
  const res = await t.request({ method: 'GET', url: '/api/partnerships', as: admin });
  const found = res
    .json<{ partnerships: Partnership[] }>()
    .partnerships.find((p) => p.specialist.id === specialist.me.id && p.participant.id === pid && !p.endedAt);
  if (!found) throw new Error('no active partnership');
  return found.id;
}

describe('ending the partnership', () => {
  it('turns the specialist’s reads and suggestions into 404s like those for a plan that does not exist', async () => {
    await run(t, participant, pid, { type: 'goal.create', title: 'Keep my job', lifeArea: 'purpose' });
    const pending = await suggestGoal(t, specialist, pid, 'Ask about flexible hours');
    expect((await readPlanPart(t, specialist, pid, '')).statusCode).toBe(200);

    const ended = await t.request({ method: 'POST', url: `/api/partnerships/${await partnershipId()}/end`, as: admin });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json<Partnership>().endedAt).not.toBeNull();

    for (const read of planReads) {
      const res = await readPlanPart(t, specialist, pid, read);
      expect(res.statusCode, `plan${read}`).toBe(404);
      expect(bodyWithoutRequestId(res)).toEqual(
        bodyWithoutRequestId(await readPlanPart(t, specialist, nowhere(), read)),
      );
    }
    const before = await readPlan(t, participant, pid);
    for (const command of [
      { type: 'suggestion.create', proposal: { kind: 'goal', title: 'One more idea', lifeArea: 'health' } },
      { type: 'suggestion.withdraw', suggestionId: pending },
    ] as const) {
      const res = await sendCommand(t, specialist, pid, command);
      expect(res.statusCode, command.type).toBe(404);
      expect(bodyWithoutRequestId(res)).toEqual(
        bodyWithoutRequestId(await sendCommand(t, specialist, nowhere(), command)),
      );
    }
    const after = await readPlan(t, participant, pid);
    expect(after).toEqual(before);
    // The person's plan is untouched and still theirs to read.
    expect(after.goals.map((g) => g.title)).toEqual(['Keep my job']);
  });

  it('a new partnership restores the specialist’s access', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/partnerships',
      as: admin,
      body: { specialistId: specialist.me.id, participantId: pid },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await readPlanPart(t, specialist, pid, '')).statusCode).toBe(200);
  });
});
