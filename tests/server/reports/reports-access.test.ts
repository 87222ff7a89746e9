import { beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../../server/src/db/schema/index.js';
import type { createCast, SignedInPerson, TestApp } from '../../helpers/test-app.js';
import { knownCohortForFile, summaryUrl } from './reports-fixtures.js';

/** Who may see reports, how bad input is refused, and that every view is in the access log. */
const cohort = knownCohortForFile();
const { report } = cohort;
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
let otherOrgSpecialist: SignedInPerson;
beforeAll(() => {
  ({ t, cast, otherOrgSpecialist } = cohort.current());
});

describe('who may see reports', () => {
  it.each(['admin', 'specialist', 'participant'] as const)('a %s gets 403', async (role) => {
    for (const url of [
      summaryUrl('2026-03'),
      '/api/reports/summary.csv?period=2026-03',
      '/api/reports/trend?year=2026',
    ]) {
      const res = await t.request({ method: 'GET', url, as: cast[role] });
      expect(res.statusCode, url).toBe(403);
    }
  });

  it('signed out: 401', async () => {
    const res = await t.request({ method: 'GET', url: summaryUrl('2026-03') });
    expect(res.statusCode).toBe(401);
  });

  it('a specialist of another organisation, a participant or an unknown id: 404', async () => {
    for (const id of [otherOrgSpecialist.me.id, cast.participant.me.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await t.request({
        method: 'GET',
        url: summaryUrl('2026-Q1', id),
        as: cast.supervisor,
      });
      expect(res.statusCode, id).toBe(404);
    }
  });

  it('bad input names the field', async () => {
    const cases: [string, string][] = [
      ['/api/reports/summary?period=2026-13', 'period'],
      ['/api/reports/summary?period=2026-Q5', 'period'],
      ['/api/reports/summary?period=1999', 'period'],
      ['/api/reports/summary?period=2027-01', 'period'], // the test clock is in 2026
      ['/api/reports/summary', 'period'],
      // Arbitrary day ranges are gone: two overlapping ranges could be subtracted.
      ['/api/reports/summary?from=2026-03-01&to=2026-03-31', 'period'],
      [summaryUrl('2026-03', 'not-an-id'), 'specialistId'],
      ['/api/reports/summary?period=2026-03&participantId=x', 'participantId'],
      ['/api/reports/trend?year=2026&by=week', 'by'],
      // One specialist's numbers by month would be mostly hidden: quarters and years only.
      [summaryUrl('2026-03', cast.specialist.me.id), 'period'],
      [`/api/reports/trend?year=2026&by=month&specialistId=${cast.specialist.me.id}`, 'by'],
      ['/api/reports/trend?year=26000', 'year'],
    ];
    for (const [url, field] of cases) {
      const res = await t.request({ method: 'GET', url, as: cast.supervisor });
      expect(res.statusCode, url).toBe(400);
      expect(JSON.stringify(res.json()), url).toContain(field);
    }
  });

  it('a supervisor never reaches a plan, its history, notes or a participant account (404)', async () => {
    const pid = cast.participant.me.id;
    for (const url of [
      `/api/participants/${pid}/plan`,
      `/api/participants/${pid}/plan/history`,
      `/api/participants/${pid}/notes`,
    ]) {
      const res = await t.request({ method: 'GET', url, as: cast.supervisor });
      expect(res.statusCode, url).toBe(404);
    }
    const disable = await t.request({ method: 'POST', url: `/api/users/${pid}/disable`, as: cast.supervisor });
    expect([403, 404]).toContain(disable.statusCode);
  });

  it('each report view is in the access log, naming no participant', async () => {
    const views = async () =>
      (await t.testDb.database.db.select().from(accessLog)).filter((r) => r.action === 'report.view');
    const before = await views();
    await report('2026-03');
    await t.request({
      method: 'GET',
      url: '/api/reports/summary.csv?period=2026-03',
      as: cast.supervisor,
    });
    // A refused attempt is not a view.
    await t.request({ method: 'GET', url: summaryUrl('2026-03'), as: cast.admin });
    const after = await views();
    const added = after.slice(before.length);
    expect(added).toHaveLength(2);
    for (const row of added) {
      expect(row).toMatchObject({
        actorUserId: cast.supervisor.me.id,
        actorRole: 'supervisor',
        organisationId: cast.admin.me.organisation.id,
        participantId: null,
        outcome: 'allowed',
      });
    }
  });
});
