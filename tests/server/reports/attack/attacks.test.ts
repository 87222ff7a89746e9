import type { ReportCount, ReportSummary, ReportTrend } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyWithoutRequestId, createTestApp, type TestApp } from '../../../helpers/test-app.js';
import { TestClock } from '../../../helpers/test-clock.js';
import { expectHonest, expectNoNarrowing, expectOneValuePerCell, orgYearShown } from './attack-checks.js';
import { type Published, readEverything } from './attacker.js';
import { summaryCells } from './cells.js';
import { type BuiltWorld, buildWorld } from './world-db.js';
import { edgeWorld, realisticWorld } from './worlds.js';

/**
 * The attacks, as an attacker would run them: every report a supervisor can ask for about
 * 2025 (17 periods × the organisation and each specialist, and the trends), one linear program of
 * everything read, and for every hidden cell the smallest and largest true count it allows.
 */
const year = 2025;
let t: TestApp;
const worlds: Record<'realistic' | 'edges', { built: BuiltWorld; published: Published }> = {} as never;

beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse('2026-01-15T12:00:00Z')) });
  for (const [name, world] of [
    ['realistic', realisticWorld(year)],
    ['edges', edgeWorld(year)],
  ] as const) {
    const built = await buildWorld(t, world);
    worlds[name] = { built, published: await readEverything(t, built.supervisor, year) };
  }
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe.each(['realistic', 'edges'] as const)('the %s world, attacked', (name) => {
  // One linear program per hidden cell of every family: about 10 s alone, several times that on a busy machine.
  it('no hidden count is pinned or narrowed below five possible values', async () => {
    await expectNoNarrowing(worlds[name].published);
  }, 120_000);

  it('every shown count is within the adjustment of the true count, a zero shown only as 0', () => {
    expectHonest(worlds[name].built, worlds[name].published);
  });

  it('the same cell shows the same number in every answer that holds it (summaries and trends)', () => {
    expectOneValuePerCell(worlds[name].published);
  });
});

describe('the realistic world is still useful', () => {
  it("shows most (at least 60 %) of the organisation's non-zero cells for the year", () => {
    const { nonZero, shown, hiddenAtLeastThreshold } = orgYearShown(worlds.realistic.built, worlds.realistic.published);
    expect(nonZero).toBeGreaterThan(20);
    const why = `${shown} of ${nonZero} shown; hidden though at least the threshold: ${hiddenAtLeastThreshold.join(', ')}`;
    expect(shown / nonZero, why).toBeGreaterThanOrEqual(0.6);
  });

  it('answers the same question twice with the same numbers, and a quarter like its trend point', async () => {
    const { supervisor } = worlds.realistic.built;
    const get = async (url: string) => {
      const res = await t.request({ method: 'GET', url, as: supervisor });
      expect(res.statusCode).toBe(200);
      const { generatedAt: _, ...rest } = bodyWithoutRequestId(res);
      return rest;
    };
    const q1 = await get(`/api/reports/summary?period=${year}-Q1`);
    expect(await get(`/api/reports/summary?period=${year}-Q1`)).toEqual(q1);
    const trend = (await get(`/api/reports/trend?year=${year}&by=quarter`)) as unknown as ReportTrend;
    expect(trend.points[0]?.sessions).toEqual((q1 as unknown as ReportSummary).sessions.total);
    const march = (await get(`/api/reports/summary?period=${year}-03`)) as unknown as ReportSummary;
    const months = (await get(`/api/reports/trend?year=${year}&by=month`)) as unknown as ReportTrend;
    expect(months.points[2]?.stepsCompleted).toEqual(march.stepsCompleted);
  });

  it('serves the same numbers as CSV', async () => {
    const { supervisor } = worlds.realistic.built;
    for (const period of [`${year}`, `${year}-Q2`, `${year}-07`]) {
      const json = await t.request({ method: 'GET', url: `/api/reports/summary?period=${period}`, as: supervisor });
      const csv = await t.request({ method: 'GET', url: `/api/reports/summary.csv?period=${period}`, as: supervisor });
      const s = json.json<ReportSummary>();
      const shown = (v: ReportCount) => (typeof v === 'number' ? String(v) : 'hidden');
      const fromJson = summaryCells(s).map(([, , v]) => shown(v));
      const fromCsv = csv.body
        .trim()
        .split('\r\n')
        .slice(2)
        .filter((line) => !/share|median band/.test(line))
        .map((line) => line.slice(line.lastIndexOf(',') + 1));
      expect(fromCsv.sort(), period).toEqual(fromJson.sort());
    }
  });
});
