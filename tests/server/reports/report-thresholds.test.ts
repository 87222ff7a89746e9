import { type ReportSummary, zReportSummary } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCast, createTestApp, signIn, type TestApp } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { insertCohort } from './cohort.js';
import { expectPublished, hiddenCell } from './published.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
const clock = new TestClock(Date.parse('2024-06-15T12:00:00Z'));

/** 24 people with an in-person session in March 2024, and 24 more in January 2025. */
beforeAll(async () => {
  t = await createTestApp({ clock });
  cast = await createCast(t);
  for (const at of ['2024-03-10T15:00:00Z', '2025-01-12T15:00:00Z']) {
    await insertCohort(t.testDb.database.db, {
      organisationId: cast.admin.me.organisation.id,
      specialistId: cast.specialist.me.id,
      participants: 24,
      at: new Date(at),
      perParticipant: { sessions: ['in-person'] },
    });
  }
});
afterAll(async () => {
  await t.close();
});

async function report(period: string): Promise<ReportSummary> {
  const res = await t.request({ method: 'GET', url: `/api/reports/summary?period=${period}`, as: cast.supervisor });
  expect(res.statusCode, res.body).toBe(200);
  return zReportSummary.parse(res.json());
}
async function setThreshold(smallCellThreshold: number) {
  const res = await t.request({
    method: 'PATCH',
    url: '/api/organisation',
    as: cast.admin,
    body: { settings: { smallCellThreshold } },
  });
  expect(res.statusCode, res.body).toBe(200);
}

describe('changing the small-cell threshold', () => {
  it('takes effect from the next year: two thresholds never apply to one period', async () => {
    expect((await report('2024-03')).disclosure.threshold).toBe(11);
    await setThreshold(30);
    // The same month read again, after the change: the same threshold, the same numbers.
    const march = await report('2024-03');
    expect(march.disclosure.threshold).toBe(11);
    expectPublished(march.sessions.byMode['in-person'], 24, 'March in-person');

    clock.advance(Date.parse('2025-02-01T12:00:00Z') - clock.now().getTime());
    // Months later: everyone signs in again.
    cast.supervisor = await signIn(t, cast.supervisor.email, cast.supervisor.password);
    cast.admin = await signIn(t, cast.admin.email, cast.admin.password);
    const january = await report('2025-01');
    expect(january.disclosure.threshold).toBe(30);
    expect(january.sessions.byMode['in-person']).toEqual(hiddenCell); // 24 < 30
    expect((await report('2024')).disclosure.threshold).toBe(11);

    // A second change, in 2025, waits for 2026; 2025 keeps 30.
    await setThreshold(15);
    expect((await report('2025')).disclosure.threshold).toBe(30);
    expect((await report('2024-Q1')).disclosure.threshold).toBe(11);
  });

  it('the setting an admin sees is the one that starts next year', async () => {
    const res = await t.request({ method: 'GET', url: '/api/organisation', as: cast.admin });
    expect(res.json().settings.smallCellThreshold).toBe(15);
  });
});
