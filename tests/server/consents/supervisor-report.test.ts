import type { ReportSummary } from '@alongside/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consents, disclosures } from '../../../server/src/db/schema/index.js';
import { createCast, createTestApp, type TestApp } from '../../helpers/test-app.js';
import { TestClock } from '../../helpers/test-clock.js';
import { insertCohort } from '../reports/cohort.js';
import { expectPublished, hiddenCell } from '../reports/published.js';

/**
 * Supervisors see consents and disclosures as counts only, protected like every report cell:
 * 22 people with an active TPO consent, each disclosed under once; 3 with a revoked specific
 * consent, one disclosure under each (small cells: hidden, and not derivable from the totals).
 */
let t: TestApp;
let cast: Awaited<ReturnType<typeof createCast>>;
const at = new Date('2026-03-10T15:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ clock: new TestClock(Date.parse('2026-04-02T12:00:00Z')) });
  cast = await createCast(t);
  const db = t.testDb.database.db;
  const organisationId = cast.admin.me.organisation.id;
  const specialistId = cast.specialist.me.id;
  const ids = await insertCohort(db, { organisationId, specialistId, participants: 25, at, perParticipant: {} });
  const consent = (participantId: string, kind: 'tpo' | 'specific') => ({
    organisationId,
    participantId,
    kind,
    state: kind === 'tpo' ? ('active' as const) : ('revoked' as const),
    dataClasses: ['all' as const],
    recipientName: kind === 'tpo' ? null : 'Dr. Rivera',
    purpose: kind === 'tpo' ? 'treatment, payment and health care operations' : 'Coordinate care',
    expiryKind: kind === 'tpo' ? ('none' as const) : ('end-of-peer-support' as const),
    draftedBy: participantId,
    draftedAt: at,
  });
  const made = await db
    .insert(consents)
    .values([
      ...ids.slice(0, 22).map((id) => consent(id, 'tpo')),
      ...ids.slice(22).map((id) => consent(id, 'specific')),
    ])
    .returning({ id: consents.id, participantId: consents.participantId });
  await db.insert(disclosures).values(
    made.map((c) => ({
      organisationId,
      participantId: c.participantId,
      consentId: c.id,
      recipientName: 'Eastside Clinic',
      purpose: 'treatment',
      dataClasses: ['plan' as const],
      language: 'en' as const,
      disclosedBy: specialistId,
      disclosedAt: at,
    })),
  );
});
afterAll(() => t.close());

const summary = async (period: string) => {
  const res = await t.request({ method: 'GET', url: `/api/reports/summary?period=${period}`, as: cast.supervisor });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ReportSummary>();
};

describe('consents and disclosures in the supervisor report', () => {
  it('counts consents by kind and state, and hides the small cells', async () => {
    const r = (await summary('2026-03')).consents;
    const tpo = r.rows.find((row) => row.kind === 'tpo');
    const specific = r.rows.find((row) => row.kind === 'specific');
    expectPublished(tpo?.byState.active ?? 0, 22, 'tpo active');
    expect(specific?.byState.revoked).toEqual(hiddenCell);
    expectPublished(r.total, 25, 'consents');
  });

  it('counts disclosures by the kind of consent, and hides the small cell', async () => {
    const r = (await summary('2026-03')).recordDisclosures;
    expectPublished(r.byConsentKind.tpo, 22, 'under TPO');
    expect(r.byConsentKind.specific).toEqual(hiddenCell);
    expectPublished(r.total, 25, 'disclosures');
  });

  it('is in the CSV with the same numbers; a month without any shows zeros', async () => {
    const r = await summary('2026-03');
    const csv = await t.request({ method: 'GET', url: '/api/reports/summary.csv?period=2026-03', as: cast.supervisor });
    const cell = (v: ReportSummary['consents']['total']) => (typeof v === 'number' ? String(v) : 'hidden');
    expect(csv.body).toContain(`consents,total / total,${cell(r.consents.total)}`);
    expect(csv.body).toContain('consents,specific / revoked,hidden');
    expect(csv.body).toContain(`record disclosures,tpo,${cell(r.recordDisclosures.byConsentKind.tpo)}`);
    expect(csv.body).toContain('record disclosures,specific,hidden');
    const february = await summary('2026-02');
    expect(february.consents.total).toBe(0);
    expect(february.recordDisclosures.total).toBe(0);
  });

  it('are not for a specialist or a participant', async () => {
    for (const as of [cast.specialist, cast.participant]) {
      const res = await t.request({ method: 'GET', url: '/api/reports/summary?period=2026-03', as });
      expect(res.statusCode).toBe(403);
    }
  });
});
