import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyWithoutRequestId, createTestApp, signIn, type TestApp } from '../../../helpers/test-app.js';
import { TestClock } from '../../../helpers/test-clock.js';
import { expectNoNarrowing, expectOneValuePerCell } from './attack-checks.js';
import { readEverything } from './attacker.js';
import { type BuiltWorld, buildWorld } from './world-db.js';

/**
 * The attack 4: the same cells read at two thresholds. A change made in 2025 must leave every
 * 2025 report as it was (same threshold, same numbers), and apply from 2026 on.
 */
const clock = new TestClock(Date.parse('2025-11-20T12:00:00Z'));
let t: TestApp;
let built: BuiltWorld;

beforeAll(async () => {
  t = await createTestApp({ clock });
  built = await buildWorld(t, {
    name: 'Threshold Recovery',
    year: 2025,
    specialists: 2,
    people: Array.from({ length: 16 }, (_, i) => ({
      specialist: i % 5 === 0 ? 1 : 0,
      bursts: [
        {
          month: 3,
          day: 4 + (i % 3),
          plan: {
            sessions: ['in-person'],
            goals: [{ lifeArea: 'home', status: 'active', voice: 'participant' }],
            stepsDone: 1,
          },
        },
        ...(i < 12 ? [{ month: 9, day: 12, plan: { sessions: ['phone' as const], supports: 1 } }] : []),
      ],
    })),
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

async function summary(period: string) {
  const res = await t.request({ method: 'GET', url: `/api/reports/summary?period=${period}`, as: built.supervisor });
  expect(res.statusCode, res.body).toBe(200);
  const { generatedAt: _, ...rest } = bodyWithoutRequestId(res);
  return rest as { disclosure: { threshold: number } } & Record<string, unknown>;
}

describe('changing the threshold mid-year', () => {
  it('keeps every 2025 report as it was, applies from 2026, and still leaves nothing narrowed', async () => {
    const before = await summary('2025');
    expect(before.disclosure.threshold).toBe(11);
    const res = await t.request({
      method: 'PATCH',
      url: '/api/organisation',
      as: built.admin,
      body: { settings: { smallCellThreshold: 13 } },
    });
    expect(res.statusCode, res.body).toBe(200);

    expect(await summary('2025')).toEqual(before);
    const after = await readEverything(t, built.supervisor, 2025);
    expect(new Set(after.readings.map((r) => r.threshold))).toEqual(new Set([11]));
    expectOneValuePerCell(after);
    await expectNoNarrowing(after);

    clock.advance(Date.parse('2026-01-10T12:00:00Z') - clock.now().getTime());
    built.supervisor = await signIn(t, built.supervisor.email, built.supervisor.password);
    expect(await summary('2025')).toEqual(before);
    expect((await summary('2026-01')).disclosure.threshold).toBe(13);
  });
});
