import type { ReportSummary } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referrals } from '../../../server/src/db/schema/index.js';
import { createCast, createTestApp, type TestApp } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { insertCohort } from './cohort.js';
import { expectPublished } from './published.js';

let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
const at = new Date('2026-03-10T15:00:00Z');

/**
 * 22 participants, each with a referral they connected with; the first 11 also have one they have
 * contacted; three more participants each have one that did not connect (a small cell).
 */
beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse('2026-04-02T12:00:00Z')) });
  cast = await createCast(t);
  const db = t.testDb.database.db;
  const organisationId = cast.admin.me.organisation.id;
  const ids = await insertCohort(db, {
    organisationId,
    specialistId: cast.specialist.me.id,
    participants: 25,
    at,
    perParticipant: {},
  });
  const referral = (participantId: string, status: 'contacted' | 'connected' | 'not-connected') => ({
    organisationId,
    participantId,
    resourceName: 'Harbor food pantry',
    status,
    createdAt: at,
    updatedAt: at,
  });
  const [main, extra] = [ids.slice(0, 22), ids.slice(22)];
  await db.insert(referrals).values(main.map((id) => referral(id, 'connected')));
  await db.insert(referrals).values(main.slice(0, 11).map((id) => referral(id, 'contacted')));
  await db.insert(referrals).values(extra.map((id) => referral(id, 'not-connected')));
});
afterAll(async () => {
  await t.close();
});

describe('referrals made vs connected in the supervisor report', () => {
  it('counts referrals by status, hides the small cell, and computes the share from what is shown', async () => {
    const res = await t.request({ method: 'GET', url: '/api/reports/summary?period=2026-03', as: cast.supervisor });
    expect(res.statusCode).toBe(200);
    const r = res.json<ReportSummary>().referrals;
    expectPublished(r.byStatus.connected, 22, 'connected');
    expectPublished(r.byStatus.contacted, 11, 'contacted');
    expect(r.byStatus['not-connected']).toEqual({ suppressed: true });
    expectPublished(r.made, 36, 'made');
    if (typeof r.byStatus.connected === 'number' && typeof r.made === 'number') {
      expect(r.connectedShare).toBe(Math.round((100 * r.byStatus.connected) / r.made));
    } else {
      expect(r.connectedShare).toEqual({ suppressed: true });
    }
  });

  it('is in the CSV with the same numbers', async () => {
    const json = await t.request({ method: 'GET', url: '/api/reports/summary?period=2026-03', as: cast.supervisor });
    const r = json.json<ReportSummary>().referrals;
    const res = await t.request({ method: 'GET', url: '/api/reports/summary.csv?period=2026-03', as: cast.supervisor });
    const csv = (v: ReportSummary['referrals']['made']) => (typeof v === 'number' ? String(v) : '<11');
    expect(res.body).toContain(`referrals,connected,${csv(r.byStatus.connected)}`);
    expect(res.body).toContain(`referrals,made,${csv(r.made)}`);
    expect(res.body).toContain('referrals,not-connected,<11');
  });

  it('a month without referrals shows zeros', async () => {
    const res = await t.request({ method: 'GET', url: '/api/reports/summary?period=2026-02', as: cast.supervisor });
    expect(res.json<ReportSummary>().referrals).toMatchObject({ made: 0, byStatus: { connected: 0 } });
  });
});
