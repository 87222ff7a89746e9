import { type ReportSummary, zReportSummary } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, invitePerson, type SignedInPerson, type TestApp } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { insertCohort } from './cohort.js';
import { expectPublished, hiddenCell } from './published.js';

/**
 * Supervisors see the median change in each self-check dimension: computed from the published
 * band counts (suppressed, perturbed and audited like every other cell), and hidden with them.
 * - 24 participants of the cast's specialist on 10 March 2026: health 4 → 6, home 5 → 5;
 * - 4 participants of a second specialist on 20 March: purpose 2 → 8 (small cells).
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let second: SignedInPerson;
const note = 'a private note nobody else reads';

beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse('2026-04-02T12:00:00Z')) });
  cast = await createCast(t);
  second = await invitePerson(t, cast.admin, 'specialist', { name: 'Second Specialist' });
  const db = t.testDb.database.db;
  const organisationId = cast.admin.me.organisation.id;
  await insertCohort(db, {
    organisationId,
    specialistId: cast.specialist.me.id,
    participants: 24,
    at: new Date('2026-03-10T15:00:00Z'),
    text: () => note,
    perParticipant: {
      selfChecks: [
        { health: 4, home: 5 },
        { health: 6, home: 5 },
      ],
    },
  });
  await insertCohort(db, {
    organisationId,
    specialistId: second.me.id,
    participants: 4,
    at: new Date('2026-03-20T15:00:00Z'),
    text: () => note,
    perParticipant: { selfChecks: [{ purpose: 2 }, { purpose: 8 }] },
  });
}, 120_000);
afterAll(async () => {
  await t.close();
});

async function report(period: string, specialistId?: string): Promise<ReportSummary> {
  const scope = specialistId ? `&specialistId=${specialistId}` : '';
  const res = await t.request({
    method: 'GET',
    url: `/api/reports/summary?period=${period}${scope}`,
    as: cast.supervisor,
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.body).not.toContain(note);
  return zReportSummary.parse(res.json());
}
const dimension = (r: ReportSummary, d: string) => r.selfCheckChange.find((x) => x.dimension === d);

describe('the median self-check change', () => {
  it('is shown where enough people stand behind it: health higher by 1–2, home the same', async () => {
    const r = await report('2026-Q1');
    expect(dimension(r, 'health')?.medianBand).toBe('higher-1-2');
    expect(dimension(r, 'home')?.medianBand).toBe('same');
    expectPublished(dimension(r, 'health')?.people ?? 0, 24, 'health people');
    expectPublished(dimension(r, 'health')?.byBand['higher-1-2'] ?? 0, 24, 'health up 1-2');
  });

  it('is hidden where the people behind it are fewer than the threshold, or none', async () => {
    const r = await report('2026-Q1');
    expect(dimension(r, 'purpose')?.byBand['higher-3-plus']).toEqual(hiddenCell);
    expect(dimension(r, 'purpose')?.medianBand).toEqual(hiddenCell);
    expect(dimension(r, 'community')?.medianBand).toEqual(hiddenCell);
    const theirs = await report('2026-Q1', second.me.id);
    expect(dimension(theirs, 'purpose')?.people).toEqual(hiddenCell);
    expect(dimension(theirs, 'purpose')?.medianBand).toEqual(hiddenCell);
  });

  it('counts first and latest within the period: one self-check a month is no change in a month', async () => {
    const march = await report('2026-03');
    expect(dimension(march, 'health')?.medianBand).toBe('higher-1-2');
    const april = await report('2026-Q2');
    expect(dimension(april, 'health')?.medianBand).toEqual(hiddenCell);
  });

  it('is in the CSV as a band, never a person', async () => {
    const res = await t.request({ method: 'GET', url: '/api/reports/summary.csv?period=2026-Q1', as: cast.supervisor });
    expect(res.body).toContain('self-check change: health,median band,higher-1-2');
    expect(res.body).not.toContain(note);
  });
});
