import { planCommandTypes } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanCast, outsider, outsiderNames, type PlanCast } from '../../helpers/plan-actors.js';
import { nowhere, planReads, readPlan, readPlanPart, sendCommand, sendTypedCommand } from '../../helpers/plan-api.js';
import { createPlanFixture, type PlanFixture, validCommands } from '../../helpers/plan-fixtures.js';
import { bodyWithoutRequestId, createTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * The columns of the allow/deny matrix that must not even learn the plan exists: a specialist of
 * the same organisation without a partnership, the supervisor, the admin, another participant,
 * people of another organisation, and the anonymous. Each gets, for every read and every command,
 * a 404 whose body is exactly the one for a participant id that names nobody — and the plan does
 * not change.
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

describe.each(outsiderNames)('%s', (name) => {
  for (const read of planReads) {
    it(`reads plan${read} → 404, same as a plan that does not exist`, async () => {
      const as = outsider(cast, name);
      const res = await readPlanPart(t, as, pid, read);
      expect(res.statusCode, res.body).toBe(404);
      const ghost = await readPlanPart(t, as, nowhere(), read);
      expect(ghost.statusCode).toBe(404);
      expect(bodyWithoutRequestId(res)).toEqual(bodyWithoutRequestId(ghost));
      // …and the same as the participant themself gets for an id that names nobody.
      const ownGhost = await readPlanPart(t, cast.participant, nowhere(), read);
      expect(bodyWithoutRequestId(res)).toEqual(bodyWithoutRequestId(ownGhost));
    });
  }

  for (const type of planCommandTypes) {
    it(`${type} → 404 on both routes, same as a plan that does not exist; plan unchanged`, async () => {
      const as = outsider(cast, name);
      const before = await readPlan(t, cast.participant, pid);
      const command = validCommands(fx, before)[type];
      for (const send of [sendCommand, sendTypedCommand]) {
        const res = await send(t, as, pid, command);
        expect(res.statusCode, res.body).toBe(404);
        const ghost = await send(t, as, nowhere(), command);
        expect(ghost.statusCode).toBe(404);
        expect(bodyWithoutRequestId(res)).toEqual(bodyWithoutRequestId(ghost));
        const ownGhost = await send(t, cast.participant, nowhere(), command);
        expect(bodyWithoutRequestId(res)).toEqual(bodyWithoutRequestId(ownGhost));
      }
      expect(await readPlan(t, cast.participant, pid)).toEqual(before);
    });
  }
});
