import {
  goalStatuses,
  lifeAreas,
  pathways,
  referralStatuses,
  sessionModes,
  suggestionStatuses,
  voices,
} from '@alongside/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../helpers/test-app.js';
import { TestClock } from '../../../helpers/test-clock.js';
import type { CohortPlan } from '../cohort.js';
import { expectHonest, expectNoNarrowing } from './attack-checks.js';
import { readEverything } from './attacker.js';
import { buildWorld, type World } from './world-db.js';

/**
 * Random small organisations (2–3 specialists, 5–40 participants, a few bursts of activity each in
 * random months), each read whole for 2025 and attacked: no hidden count narrowed below five values.
 */
const year = 2025;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse('2026-01-15T12:00:00Z')) });
});
afterAll(async () => {
  await t?.close();
});

const some = <T>(arb: fc.Arbitrary<T>, max: number) => fc.array(arb, { maxLength: max });
const plan: fc.Arbitrary<CohortPlan> = fc.record({
  sessions: some(fc.constantFrom(...sessionModes), 2),
  goals: some(
    fc.record({
      lifeArea: fc.constantFrom(...lifeAreas),
      status: fc.constantFrom(...goalStatuses),
      voice: fc.constantFrom(...voices),
    }),
    2,
  ),
  stepsDone: fc.integer({ min: 0, max: 4 }),
  suggestions: some(fc.constantFrom(...suggestionStatuses), 1),
  choices: some(fc.array(fc.constantFrom(...pathways), { minLength: 1, maxLength: 3 }), 1),
  confidence: fc.oneof(
    fc.constant<number[]>([]),
    fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 2, maxLength: 2 }),
  ),
  supports: fc.integer({ min: 0, max: 2 }),
  referrals: some(fc.constantFrom(...referralStatuses), 1),
});
const world: fc.Arbitrary<World> = fc.integer({ min: 2, max: 3 }).chain((specialists) =>
  fc.record({
    name: fc.constant('Random Recovery'),
    year: fc.constant(year),
    specialists: fc.constant(specialists),
    people: fc.array(
      fc.record({
        specialist: fc.oneof(
          { weight: 9, arbitrary: fc.integer({ min: 0, max: specialists - 1 }) },
          { weight: 1, arbitrary: fc.constant(null) },
        ),
        bursts: fc.array(
          fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }), plan }),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { minLength: 5, maxLength: 40 },
    ),
  }),
);

describe('random small organisations, attacked', () => {
  it('never lets a hidden count be narrowed below five possible values', async () => {
    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const built = await buildWorld(t, w);
        const published = await readEverything(t, built.supervisor, year);
        expectHonest(built, published);
        await expectNoNarrowing(published);
      }),
      { numRuns: Number(process.env.ATTACK_RUNS ?? 6), endOnFailure: true },
    );
  }, 600_000);
});
